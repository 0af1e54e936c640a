-- Decision 055: the COMMIT-time flush (decision 052) and the recount it calls empty their temporary
-- tables with DELETE instead of TRUNCATE. A TRUNCATE gives a table new storage (a new file) and
-- invalidates the cached plans that read it, on every COMMIT that wrote a referral, activity, case
-- or meeting. Measured on PostgreSQL 15 at the small bench size (p50 of 100 COMMITs, one referral
-- each): a new referral's COMMIT 7.9 -> 2.9-3.9 ms; a changed referral's (its day recounted)
-- 12.3 -> 7.8 ms. The tables stay ON COMMIT DELETE ROWS (emptied at COMMIT, so they never bloat);
-- each function still leaves them empty for a later call in the same COMMIT; the recount keeps its
-- ANALYZE, without which its plans, cached across calls, joined the source tables badly (45 ms).
CREATE OR REPLACE FUNCTION stats_flush() RETURNS trigger LANGUAGE plpgsql AS $$
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
  -- DELETE, not TRUNCATE (decision 055).
  DELETE FROM stats_flush_days;
  DELETE FROM stats_flush_counts;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION stats_refresh_now(family text, svcs uuid[], days date[]) RETURNS void LANGUAGE plpgsql AS $$
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
  -- DELETE, not TRUNCATE (decision 055); the ANALYZE below still plans the recount's joins afresh.
  DELETE FROM stats_keys;
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
  DELETE FROM stats_keys;
END;
$$;
