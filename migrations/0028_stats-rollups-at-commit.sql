-- Decision 052: the rollups change at COMMIT, not in the middle of the writing transaction, and an
-- insert adds its counts instead of recounting its day.
-- Until now each rollup trigger recounted the days a statement touched at once, under a per-service
-- advisory lock (stats:<service>) held until COMMIT: every writer of a service waited for the
-- previous writer's whole transaction (audit, checks, read-back, NOTIFY), and each new referral
-- recounted every referral of its day, so a busy day made each insert slower than the last. Under
-- the fault test's load the pools filled with writers waiting on that lock and reads timed out. Now:
-- * inserts (referrals, activities, cases, meetings) write their counts by category to
--   stats_pending_counts; updates and deletes note their (family, service, day) in stats_pending
--   (stats_refresh, which the other triggers and stats_rebuild call, only notes);
-- * a deferred constraint trigger on both tables runs stats_flush at COMMIT: it takes this
--   transaction's rows, the services' locks in order, recounts the noted days (stats_refresh_now:
--   0027's recount, with the referral categories in one function, stats_referral_keys) and adds the
--   inserted counts of every other day, then brings the months those days are in up to date.
-- The lock is held from the flush to the end of COMMIT only; the figures are what a recount gives.
CREATE TABLE "stats_pending" (
	"tx" bigint NOT NULL,
	"family" text NOT NULL,
	"service_id" uuid NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "stats_pending_tx_family_service_id_day_pk" PRIMARY KEY("tx","family","service_id","day")
);
--> statement-breakpoint
CREATE TABLE "stats_pending_counts" (
	"tx" bigint NOT NULL,
	"family" text NOT NULL,
	"service_id" uuid NOT NULL,
	"day" date NOT NULL,
	"metric" text NOT NULL,
	"key" text NOT NULL,
	"n" integer NOT NULL,
	"x" double precision,
	"ks" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "stats_pending_counts_tx_idx" ON "stats_pending_counts" USING btree ("tx");--> statement-breakpoint
-- THE referral categories of the rollups, for a recount and for an insert alike.
CREATE FUNCTION stats_referral_keys(channel text, source text, professional_type text, stage text, how_heard text,
    level text, age int, primary_need text, ethnicity text)
  RETURNS TABLE (metric text, key text) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  VALUES
    ('channel', channel),
    ('source', CASE WHEN source = 'PROFESSIONAL' THEN 'PROFESSIONAL:' || coalesce(professional_type, 'OTHER') ELSE source END),
    ('stage', stage),
    ('howHeard', how_heard),
    ('level', coalesce(level, 'NONE')),
    ('ageBand', CASE WHEN age BETWEEN 0 AND 4 THEN '0-4' WHEN age BETWEEN 5 AND 10 THEN '5-10'
      WHEN age BETWEEN 11 AND 15 THEN '11-15' WHEN age BETWEEN 16 AND 19 THEN '16-19'
      WHEN age BETWEEN 20 AND 25 THEN '20-25' ELSE 'NOT_RECORDED' END),
    ('primaryNeed', coalesce(primary_need, 'NOT_KNOWN')),
    ('ethnicity', CASE
      WHEN ethnicity IS NULL OR btrim(ethnicity) = '' OR ethnicity ~* '(prefer not|declin|refus|not (known|stated|recorded))' THEN 'NOT_RECORDED'
      WHEN ethnicity ~* '(mixed|multiple|dual heritage)' OR ethnicity ~* '^white and ' THEN 'MIXED'
      WHEN ethnicity ~* '(asian|indian|pakistani|bangladeshi|chinese)' THEN 'ASIAN'
      WHEN ethnicity ~* '(black|african|caribbean)' THEN 'BLACK'
      WHEN ethnicity ~* '(white|british|irish|english|scottish|welsh|gypsy|roma|traveller)' THEN 'WHITE'
      ELSE 'OTHER' END)
$$;--> statement-breakpoint
-- The recount of a family's days from the source rows: 0027's stats_refresh, unchanged but for the
-- referral categories, now called only by stats_flush.
CREATE FUNCTION stats_refresh_now(family text, svcs uuid[], days date[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  metrics text[] := case family
    when 'referrals' then array['channel','source','stage','howHeard','level','ageBand','primaryNeed','ethnicity']
    when 'activities' then array['activities']
    when 'cases' then array['casesOpened']
    when 'meetings' then array['meetings'] end;
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
    CROSS JOIN LATERAL stats_referral_keys(r.channel::text, r.source::text, r.professional_type::text, r.current_stage::text,
      r.how_heard::text, r.level::text, r.age_at_referral, ch.primary_need::text, ch.ethnicity) m
    GROUP BY 1, 2, 3, 4;
  ELSIF family = 'cases' THEN
    INSERT INTO stats_daily (service_id, day, metric, key, n, x, ks)
    SELECT k.s, k.d, 'casesOpened', c.level::text, count(*)::int, null, sum(stats_record_key(c.id))::bigint
    FROM stats_keys k
    JOIN cases c ON c.service_id = k.s AND c.opened_at >= k.lo AND c.opened_at < k.hi
    GROUP BY 1, 2, 3, 4;
  ELSIF family = 'meetings' THEN
    INSERT INTO stats_daily (service_id, day, metric, key, n, x, ks)
    SELECT k.s, k.d, 'meetings', mt.status::text, count(*)::int, null, sum(stats_record_key(mt.id))::bigint
    FROM stats_keys k
    JOIN meetings mt ON mt.service_id = k.s AND mt.scheduled_at >= k.lo AND mt.scheduled_at < k.hi
    GROUP BY 1, 2, 3, 4;
  ELSE
    INSERT INTO stats_daily (service_id, day, metric, key, n, x, ks)
    SELECT k.s, k.d, 'activities', a.kind::text, count(*)::int, sum(a.minutes)::float8, sum(stats_record_key(a.id))::bigint
    FROM stats_keys k
    JOIN activities a ON a.service_id = k.s AND a.occurred_at >= k.lo AND a.occurred_at < k.hi AND a.voided_at IS NULL
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
-- What the triggers and stats_rebuild call: note the days to recount at COMMIT.
CREATE OR REPLACE FUNCTION stats_refresh(family text, svcs uuid[], days date[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF family IS NULL OR family NOT IN ('referrals', 'activities', 'cases', 'meetings') THEN
    RAISE EXCEPTION 'unknown statistics family %', family;
  END IF;
  INSERT INTO stats_pending (tx, family, service_id, day)
    SELECT pg_current_xact_id()::text::bigint, family, u.s, u.d
    FROM unnest(svcs, days) u(s, d) WHERE u.s IS NOT NULL AND u.d IS NOT NULL
  ON CONFLICT DO NOTHING;
END;
$$;--> statement-breakpoint
-- Inserted rows: their counts by category, by the local day they count on.
CREATE FUNCTION stats_rows_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  me bigint := pg_current_xact_id()::text::bigint;
BEGIN
  IF TG_TABLE_NAME = 'referrals' THEN
    INSERT INTO stats_pending_counts (tx, family, service_id, day, metric, key, n, x, ks)
    SELECT me, 'referrals', r.service_id, (r.received_at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date,
      m.metric, m.key, count(*)::int, null, sum(stats_record_key(r.id))::bigint
    FROM new_rows r JOIN services sv ON sv.id = r.service_id
    LEFT JOIN children ch ON ch.id = r.child_id
    CROSS JOIN LATERAL stats_referral_keys(r.channel::text, r.source::text, r.professional_type::text, r.current_stage::text,
      r.how_heard::text, r.level::text, r.age_at_referral, ch.primary_need::text, ch.ethnicity) m
    GROUP BY 2, 3, 4, 5, 6;
  ELSIF TG_TABLE_NAME = 'activities' THEN
    INSERT INTO stats_pending_counts (tx, family, service_id, day, metric, key, n, x, ks)
    SELECT me, 'activities', a.service_id, (a.occurred_at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date,
      'activities', a.kind::text, count(*)::int, sum(a.minutes)::float8, sum(stats_record_key(a.id))::bigint
    FROM new_rows a JOIN services sv ON sv.id = a.service_id
    WHERE a.voided_at IS NULL
    GROUP BY 2, 3, 4, 5, 6;
  ELSIF TG_TABLE_NAME = 'cases' THEN
    INSERT INTO stats_pending_counts (tx, family, service_id, day, metric, key, n, x, ks)
    SELECT me, 'cases', c.service_id, (c.opened_at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date,
      'casesOpened', c.level::text, count(*)::int, null, sum(stats_record_key(c.id))::bigint
    FROM new_rows c JOIN services sv ON sv.id = c.service_id
    GROUP BY 2, 3, 4, 5, 6;
  ELSIF TG_TABLE_NAME = 'meetings' THEN
    INSERT INTO stats_pending_counts (tx, family, service_id, day, metric, key, n, x, ks)
    SELECT me, 'meetings', mt.service_id, (mt.scheduled_at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date,
      'meetings', mt.status::text, count(*)::int, null, sum(stats_record_key(mt.id))::bigint
    FROM new_rows mt JOIN services sv ON sv.id = mt.service_id
    GROUP BY 2, 3, 4, 5, 6;
  ELSE
    RAISE EXCEPTION 'stats_rows_inserted: no statistics for table %', TG_TABLE_NAME;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
DROP TRIGGER referrals_stats_insert ON referrals;--> statement-breakpoint
CREATE TRIGGER referrals_stats_insert AFTER INSERT ON referrals REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_rows_inserted();--> statement-breakpoint
DROP TRIGGER activities_stats_insert ON activities;--> statement-breakpoint
CREATE TRIGGER activities_stats_insert AFTER INSERT ON activities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_rows_inserted();--> statement-breakpoint
DROP TRIGGER cases_stats_insert ON cases;--> statement-breakpoint
CREATE TRIGGER cases_stats_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_rows_inserted();--> statement-breakpoint
DROP TRIGGER meetings_stats_insert ON meetings;--> statement-breakpoint
CREATE TRIGGER meetings_stats_insert AFTER INSERT ON meetings REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_rows_inserted();--> statement-breakpoint
-- At COMMIT: everything this transaction noted, under the services' locks. Fires once per pending
-- row; the first firing does it all and the others find nothing left.
CREATE FUNCTION stats_flush() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  me bigint := pg_current_xact_id()::text::bigint;
  fam text;
  fam_svcs uuid[];
  fam_days date[];
BEGIN
  -- The later firings of one COMMIT (a referral notes eight rows) stop here, on two index probes.
  IF NOT EXISTS (SELECT 1 FROM stats_pending WHERE tx = me) AND NOT EXISTS (SELECT 1 FROM stats_pending_counts WHERE tx = me) THEN
    RETURN NULL;
  END IF;
  CREATE TEMP TABLE IF NOT EXISTS stats_flush_days (family text, s uuid, d date) ON COMMIT DELETE ROWS;
  CREATE TEMP TABLE IF NOT EXISTS stats_flush_counts (family text, s uuid, d date, metric text, key text, n int, x float8, ks bigint) ON COMMIT DELETE ROWS;
  WITH gone AS (DELETE FROM stats_pending WHERE tx = me RETURNING family, service_id, day)
    INSERT INTO stats_flush_days SELECT * FROM gone;
  WITH gone AS (DELETE FROM stats_pending_counts WHERE tx = me RETURNING family, service_id, day, metric, key, n, x, ks)
    INSERT INTO stats_flush_counts SELECT * FROM gone;
  -- Every service's lock before anything, in one order, so two commits cannot wait on each other.
  PERFORM pg_advisory_xact_lock(hashtextextended('stats:' || x.s::text, 0))
    FROM (SELECT s FROM stats_flush_days UNION SELECT s FROM stats_flush_counts ORDER BY 1) x;

  FOR fam IN SELECT DISTINCT family FROM stats_flush_days ORDER BY 1 LOOP
    SELECT array_agg(s), array_agg(d) INTO fam_svcs, fam_days FROM stats_flush_days WHERE family = fam;
    PERFORM stats_refresh_now(fam, fam_svcs, fam_days);
  END LOOP;

  -- A recounted day already holds its inserted rows.
  DELETE FROM stats_flush_counts c USING stats_flush_days k WHERE c.family = k.family AND c.s = k.s AND c.d = k.d;
  IF EXISTS (SELECT 1 FROM stats_flush_counts) THEN
    INSERT INTO stats_daily AS t (service_id, day, metric, key, n, x, ks)
      SELECT s, d, metric, key, sum(n)::int, sum(x), sum(ks)::bigint FROM stats_flush_counts
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (service_id, day, metric, key) DO UPDATE SET n = t.n + excluded.n, ks = t.ks + excluded.ks,
      x = CASE WHEN t.x IS NULL AND excluded.x IS NULL THEN NULL ELSE coalesce(t.x, 0) + coalesce(excluded.x, 0) END;
    -- Their months, from the days (as a recount writes them), protected with the service's k.
    INSERT INTO stats_monthly AS t (service_id, month, metric, key, n, x, ks, p, px)
      SELECT m.s, m.m, m.metric, m.key, m.n, m.x, m.ks, stats_perturb(m.n, m.ks, m.k),
        CASE WHEN m.metric = 'activities' THEN stats_perturb_hours(m.x, m.ks, stats_perturb(m.n, m.ks, m.k), m.k) END
      FROM (
        SELECT k.s, k.m, k.metric, k.key, sum(sd.n)::int AS n, sum(sd.x) AS x, sum(sd.ks)::bigint AS ks, greatest(3, sv.suppression_k) AS k
        FROM (SELECT DISTINCT s, date_trunc('month', d)::date AS m, metric, key FROM stats_flush_counts) k
        JOIN services sv ON sv.id = k.s
        JOIN stats_daily sd ON sd.service_id = k.s AND sd.day >= k.m AND sd.day < (k.m + interval '1 month')::date
          AND sd.metric = k.metric AND sd.key = k.key
        GROUP BY 1, 2, 3, 4, sv.suppression_k
      ) m
      ORDER BY 1, 2, 3, 4
    ON CONFLICT (service_id, month, metric, key) DO UPDATE SET n = excluded.n, x = excluded.x, ks = excluded.ks, p = excluded.p, px = excluded.px;
  END IF;
  TRUNCATE stats_flush_days;
  TRUNCATE stats_flush_counts;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER stats_pending_flush AFTER INSERT ON stats_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION stats_flush();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER stats_pending_counts_flush AFTER INSERT ON stats_pending_counts
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION stats_flush();
