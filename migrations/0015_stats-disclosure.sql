-- Custom SQL migration file, put your code below! --
-- Disclosure control (decision 028): the cell key method, applied to each month.
-- * stats_record_key(id): every counted record's stable random key 0..255, the first byte of the MD5
--   of its random (v4) id; never shown. A set of records' key is the sum of its records' keys mod 256.
-- * stats_perturb(n, ks, k): THE perturbation table (its twin for tests is
--   server/src/statistics/disclosure.ts, checked equal): 0 stays 0; 1..k-1 become 0 or k; k or more
--   move by -2..+2, never below k. stats_perturb_hours: a month's hours, 0 beside a published 0,
--   otherwise whole hours moved by -2..+2.
-- * The rollups keep, next to each count, its key sum (ks), and each month row its protected count
--   (p) and hours (px), computed with the service's k. Protected figures are sums of these monthly
--   figures, so anything a reader can combine is a combination of protected months.
-- stats_refresh and the national triggers are redefined to carry them; a change of a service's k
-- recomputes its months; everything is then rebuilt from the source rows. Runs on PGlite too.

CREATE OR REPLACE FUNCTION stats_record_key(id uuid) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT get_byte(decode(md5(id::text), 'hex'), 0) $$;--> statement-breakpoint
-- Noise for a position 0..255 of the table's row: 20 positions -2, 44 -1, 128 0, 44 +1, 20 +2.
CREATE OR REPLACE FUNCTION stats_noise(pos int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN pos < 20 THEN -2 WHEN pos < 64 THEN -1 WHEN pos < 192 THEN 0 WHEN pos < 236 THEN 1 ELSE 2 END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION stats_perturb(n bigint, ks bigint, k int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE
    WHEN n <= 0 THEN 0
    WHEN n < k THEN CASE WHEN x.pos < (256 * n) / k THEN k ELSE 0 END
    ELSE greatest(k, n + stats_noise(x.pos))
  END)::int
  FROM (SELECT ((((ks % 256) + 256) % 256 + (n % 256) * 167) % 256)::int AS pos) x
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION stats_perturb_hours(minutes float8, ks bigint, published int, k int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN published < k OR minutes IS NULL THEN 0::float8
    ELSE greatest(0, x.h + stats_noise(((((((ks % 256) + 256) % 256) * 73 + 41) % 256 + ((x.h + 1) % 256) * 167) % 256)::int))::float8 END
  FROM (SELECT floor(coalesce(minutes, 0) / 60.0 + 0.5)::bigint AS h) x
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION stats_refresh(family text, svcs uuid[], days date[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  metrics text[] := case family
    when 'referrals' then array['channel','source','stage','howHeard','level','ageBand','primaryNeed','ethnicity']
    when 'activities' then array['activities'] end;
BEGIN
  IF metrics IS NULL THEN RAISE EXCEPTION 'unknown statistics family %', family; END IF;
  IF coalesce(array_length(svcs, 1), 0) = 0 THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('stats:' || s::text, 0))
    FROM (SELECT DISTINCT s FROM unnest(svcs) s ORDER BY s) x;

  CREATE TEMP TABLE IF NOT EXISTS stats_keys (s uuid, d date, lo timestamptz, hi timestamptz) ON COMMIT DELETE ROWS;
  TRUNCATE stats_keys;
  INSERT INTO stats_keys
    SELECT k.s, k.d, (k.d::timestamp AT TIME ZONE tz.z), ((k.d + 1)::timestamp AT TIME ZONE tz.z)
    FROM (SELECT DISTINCT s, d FROM unnest(svcs, days) u(s, d) WHERE s IS NOT NULL AND d IS NOT NULL) k
    JOIN LATERAL (SELECT coalesce(sv.office_hours->>'timeZone', 'Europe/London') AS z FROM services sv WHERE sv.id = k.s) tz ON true;
  ANALYZE stats_keys;

  DELETE FROM stats_daily sd USING stats_keys k
    WHERE sd.service_id = k.s AND sd.day = k.d AND sd.metric = ANY (metrics);

  IF family = 'referrals' THEN
    INSERT INTO stats_daily (service_id, day, metric, key, n, x, ks)
    SELECT k.s, k.d, m.metric, m.key, count(*)::int, null, sum(stats_record_key(r.id))::bigint
    FROM stats_keys k
    JOIN referrals r ON r.service_id = k.s AND r.received_at >= k.lo AND r.received_at < k.hi
    LEFT JOIN children ch ON ch.id = r.child_id
    CROSS JOIN LATERAL (VALUES
      ('channel', r.channel::text),
      ('source', CASE WHEN r.source = 'PROFESSIONAL' THEN 'PROFESSIONAL:' || coalesce(r.professional_type::text, 'OTHER') ELSE r.source::text END),
      ('stage', r.current_stage::text),
      ('howHeard', r.how_heard::text),
      ('level', coalesce(r.level::text, 'NONE')),
      ('ageBand', CASE WHEN r.age_at_referral BETWEEN 0 AND 4 THEN '0-4' WHEN r.age_at_referral BETWEEN 5 AND 10 THEN '5-10'
        WHEN r.age_at_referral BETWEEN 11 AND 15 THEN '11-15' WHEN r.age_at_referral BETWEEN 16 AND 19 THEN '16-19'
        WHEN r.age_at_referral BETWEEN 20 AND 25 THEN '20-25' ELSE 'NOT_RECORDED' END),
      ('primaryNeed', coalesce(ch.primary_need::text, 'NOT_KNOWN')),
      ('ethnicity', CASE
        WHEN ch.ethnicity IS NULL OR btrim(ch.ethnicity) = '' OR ch.ethnicity ~* '(prefer not|declin|refus|not (known|stated|recorded))' THEN 'NOT_RECORDED'
        WHEN ch.ethnicity ~* '(mixed|multiple|dual heritage)' OR ch.ethnicity ~* '^white and ' THEN 'MIXED'
        WHEN ch.ethnicity ~* '(asian|indian|pakistani|bangladeshi|chinese)' THEN 'ASIAN'
        WHEN ch.ethnicity ~* '(black|african|caribbean)' THEN 'BLACK'
        WHEN ch.ethnicity ~* '(white|british|irish|english|scottish|welsh|gypsy|roma|traveller)' THEN 'WHITE'
        ELSE 'OTHER' END)
    ) m(metric, key)
    GROUP BY 1, 2, 3, 4;
  ELSE
    INSERT INTO stats_daily (service_id, day, metric, key, n, x, ks)
    SELECT k.s, k.d, 'activities', a.kind::text, count(*)::int, sum(a.minutes)::float8, sum(stats_record_key(a.id))::bigint
    FROM stats_keys k
    JOIN activities a ON a.service_id = k.s AND a.occurred_at >= k.lo AND a.occurred_at < k.hi
    GROUP BY 1, 2, 3, 4;
  END IF;

  DELETE FROM stats_monthly sm USING (SELECT DISTINCT s, date_trunc('month', d)::date AS m FROM stats_keys) k
    WHERE sm.service_id = k.s AND sm.month = k.m AND sm.metric = ANY (metrics);
  INSERT INTO stats_monthly (service_id, month, metric, key, n, x, ks, p, px)
    SELECT t.s, t.m, t.metric, t.key, t.n, t.x, t.ks, stats_perturb(t.n, t.ks, t.k),
      CASE WHEN t.metric = 'activities' THEN stats_perturb_hours(t.x, t.ks, stats_perturb(t.n, t.ks, t.k), t.k) END
    FROM (
      SELECT k.s, k.m, sd.metric, sd.key, sum(sd.n)::int AS n, sum(sd.x) AS x, sum(sd.ks)::bigint AS ks, greatest(3, sv.suppression_k) AS k
      FROM (SELECT DISTINCT s, date_trunc('month', d)::date AS m FROM stats_keys) k
      JOIN services sv ON sv.id = k.s
      JOIN stats_daily sd ON sd.service_id = k.s AND sd.day >= k.m AND sd.day < (k.m + interval '1 month')::date AND sd.metric = ANY (metrics)
      GROUP BY 1, 2, 3, 4, sv.suppression_k
    ) t;
  TRUNCATE stats_keys;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION stats_national_daily_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('stats:national', 0));
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO stats_national_daily AS t (day, metric, key, n, x, ks)
      SELECT o.day, o.metric, o.key, -sum(o.n), -sum(o.x), -sum(o.ks)
      FROM old_rows o JOIN services s ON s.id = o.service_id AND NOT s.is_demo
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (day, metric, key) DO UPDATE SET n = t.n + excluded.n, ks = t.ks + excluded.ks,
      x = CASE WHEN t.x IS NULL AND excluded.x IS NULL THEN NULL ELSE coalesce(t.x, 0) + coalesce(excluded.x, 0) END;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO stats_national_daily AS t (day, metric, key, n, x, ks)
      SELECT w.day, w.metric, w.key, sum(w.n), sum(w.x), sum(w.ks)
      FROM new_rows w JOIN services s ON s.id = w.service_id AND NOT s.is_demo
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (day, metric, key) DO UPDATE SET n = t.n + excluded.n, ks = t.ks + excluded.ks,
      x = CASE WHEN t.x IS NULL AND excluded.x IS NULL THEN NULL ELSE coalesce(t.x, 0) + coalesce(excluded.x, 0) END;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION stats_national_monthly_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('stats:national', 0));
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO stats_national_monthly AS t (month, metric, key, n, x, ks, p, px)
      SELECT o.month, o.metric, o.key, -sum(o.n), -sum(o.x), -sum(o.ks), -sum(o.p), -sum(o.px)
      FROM old_rows o JOIN services s ON s.id = o.service_id AND NOT s.is_demo
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (month, metric, key) DO UPDATE SET n = t.n + excluded.n, ks = t.ks + excluded.ks, p = t.p + excluded.p,
      x = CASE WHEN t.x IS NULL AND excluded.x IS NULL THEN NULL ELSE coalesce(t.x, 0) + coalesce(excluded.x, 0) END,
      px = CASE WHEN t.px IS NULL AND excluded.px IS NULL THEN NULL ELSE coalesce(t.px, 0) + coalesce(excluded.px, 0) END;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO stats_national_monthly AS t (month, metric, key, n, x, ks, p, px)
      SELECT w.month, w.metric, w.key, sum(w.n), sum(w.x), sum(w.ks), sum(w.p), sum(w.px)
      FROM new_rows w JOIN services s ON s.id = w.service_id AND NOT s.is_demo
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (month, metric, key) DO UPDATE SET n = t.n + excluded.n, ks = t.ks + excluded.ks, p = t.p + excluded.p,
      x = CASE WHEN t.x IS NULL AND excluded.x IS NULL THEN NULL ELSE coalesce(t.x, 0) + coalesce(excluded.x, 0) END,
      px = CASE WHEN t.px IS NULL AND excluded.px IS NULL THEN NULL ELSE coalesce(t.px, 0) + coalesce(excluded.px, 0) END;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- A service that becomes (or stops being) a demo service leaves (or joins) the national sums.
CREATE OR REPLACE FUNCTION stats_national_services_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM old_rows o JOIN new_rows w ON w.id = o.id WHERE o.is_demo IS DISTINCT FROM w.is_demo) THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('stats:national', 0));
  INSERT INTO stats_national_daily AS t (day, metric, key, n, x, ks)
    SELECT d.day, d.metric, d.key, sum(CASE WHEN w.is_demo THEN -d.n ELSE d.n END), sum(CASE WHEN w.is_demo THEN -d.x ELSE d.x END), sum(CASE WHEN w.is_demo THEN -d.ks ELSE d.ks END)
    FROM old_rows o JOIN new_rows w ON w.id = o.id AND o.is_demo IS DISTINCT FROM w.is_demo
    JOIN stats_daily d ON d.service_id = w.id
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (day, metric, key) DO UPDATE SET n = t.n + excluded.n, ks = t.ks + excluded.ks,
    x = CASE WHEN t.x IS NULL AND excluded.x IS NULL THEN NULL ELSE coalesce(t.x, 0) + coalesce(excluded.x, 0) END;
  INSERT INTO stats_national_monthly AS t (month, metric, key, n, x, ks, p, px)
    SELECT d.month, d.metric, d.key, sum(CASE WHEN w.is_demo THEN -d.n ELSE d.n END), sum(CASE WHEN w.is_demo THEN -d.x ELSE d.x END), sum(CASE WHEN w.is_demo THEN -d.ks ELSE d.ks END),
      sum(CASE WHEN w.is_demo THEN -d.p ELSE d.p END), sum(CASE WHEN w.is_demo THEN -d.px ELSE d.px END)
    FROM old_rows o JOIN new_rows w ON w.id = o.id AND o.is_demo IS DISTINCT FROM w.is_demo
    JOIN stats_monthly d ON d.service_id = w.id
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (month, metric, key) DO UPDATE SET n = t.n + excluded.n, ks = t.ks + excluded.ks, p = t.p + excluded.p,
    x = CASE WHEN t.x IS NULL AND excluded.x IS NULL THEN NULL ELSE coalesce(t.x, 0) + coalesce(excluded.x, 0) END,
    px = CASE WHEN t.px IS NULL AND excluded.px IS NULL THEN NULL ELSE coalesce(t.px, 0) + coalesce(excluded.px, 0) END;
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- A new k changes every protected month of the service (and, through the triggers above, the national sums).
CREATE OR REPLACE FUNCTION stats_services_k_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE stats_monthly sm SET p = stats_perturb(sm.n, sm.ks, greatest(3, w.suppression_k)),
      px = CASE WHEN sm.metric = 'activities' THEN stats_perturb_hours(sm.x, sm.ks, stats_perturb(sm.n, sm.ks, greatest(3, w.suppression_k)), greatest(3, w.suppression_k)) END
    FROM old_rows o JOIN new_rows w ON w.id = o.id AND o.suppression_k IS DISTINCT FROM w.suppression_k
    WHERE sm.service_id = w.id;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER services_stats_k_update AFTER UPDATE ON services REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_services_k_changed();--> statement-breakpoint
DROP INDEX IF EXISTS "stats_daily_cover_idx";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "stats_daily_cover_idx" ON "stats_daily" ("service_id", "day") INCLUDE ("metric", "key", "n", "x", "ks");--> statement-breakpoint
SELECT stats_rebuild(null);
