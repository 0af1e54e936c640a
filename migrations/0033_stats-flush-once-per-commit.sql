-- Decision 058: one flush per COMMIT, not one firing per noted row. The deferred constraint
-- triggers of 0028 fired stats_flush once for every row a transaction noted in stats_pending and
-- stats_pending_counts; the first firing did the work and deleted the rows, and every later one
-- probed both tables for rows of its transaction. Those probes walk the index entries of the rows
-- this transaction deleted (dead to it, but not removable before it ends), so each cost grew with
-- the rows noted and a statement noting n rows cost O(n^2) at COMMIT: 2,000 referrals in one INSERT
-- (12,392 noted rows) took 8.4 s to commit, 945,000 never finished. Now the triggers queue an event
-- only for the first row noted since the last flush (WHEN stats_flush_wanted(), a flag local to the
-- transaction), and the flush clears the flag before it takes the rows. The flush is 0031's, with
-- that one change.
CREATE FUNCTION stats_flush_wanted() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('stats.flush_queued', true) = pg_current_xact_id()::text THEN
    RETURN false;
  END IF;
  PERFORM set_config('stats.flush_queued', pg_current_xact_id()::text, true);
  RETURN true;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION stats_flush() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  me bigint := pg_current_xact_id()::text::bigint;
  fam text;
  fam_svcs uuid[];
  fam_days date[];
BEGIN
  -- Rows noted after this point (a later statement, after SET CONSTRAINTS ALL IMMEDIATE) queue a new flush.
  PERFORM set_config('stats.flush_queued', '', true);
  -- Only a flush queued again finds nothing left (once per COMMIT, stats_flush_wanted).
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
DROP TRIGGER stats_pending_flush ON stats_pending;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER stats_pending_flush AFTER INSERT ON stats_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (stats_flush_wanted()) EXECUTE FUNCTION stats_flush();--> statement-breakpoint
DROP TRIGGER stats_pending_counts_flush ON stats_pending_counts;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER stats_pending_counts_flush AFTER INSERT ON stats_pending_counts
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (stats_flush_wanted()) EXECUTE FUNCTION stats_flush();
