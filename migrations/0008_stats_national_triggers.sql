-- Custom SQL migration file, put your code below! --
-- Deployment-wide rollups for nationalStats (decision 009): stats_national_daily / _monthly hold, per
-- day / month, metric and key, the sum over every real (non-demo) service of stats_daily /
-- stats_monthly. Statement-level triggers on those tables add what a statement inserted and subtract
-- what it deleted. The deltas commute, and one transaction advisory lock (taken before the first
-- national change, held to commit) orders concurrent writers, so two services writing the same month
-- can neither lose an update nor deadlock on the shared rows.

CREATE OR REPLACE FUNCTION stats_national_daily_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('stats:national', 0));
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO stats_national_daily AS t (day, metric, key, n, x)
      SELECT o.day, o.metric, o.key, -sum(o.n), -sum(o.x)
      FROM old_rows o JOIN services s ON s.id = o.service_id AND NOT s.is_demo
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (day, metric, key) DO UPDATE SET n = t.n + excluded.n,
      x = CASE WHEN t.x IS NULL AND excluded.x IS NULL THEN NULL ELSE coalesce(t.x, 0) + coalesce(excluded.x, 0) END;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO stats_national_daily AS t (day, metric, key, n, x)
      SELECT w.day, w.metric, w.key, sum(w.n), sum(w.x)
      FROM new_rows w JOIN services s ON s.id = w.service_id AND NOT s.is_demo
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (day, metric, key) DO UPDATE SET n = t.n + excluded.n,
      x = CASE WHEN t.x IS NULL AND excluded.x IS NULL THEN NULL ELSE coalesce(t.x, 0) + coalesce(excluded.x, 0) END;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION stats_national_monthly_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('stats:national', 0));
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO stats_national_monthly AS t (month, metric, key, n, x)
      SELECT o.month, o.metric, o.key, -sum(o.n), -sum(o.x)
      FROM old_rows o JOIN services s ON s.id = o.service_id AND NOT s.is_demo
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (month, metric, key) DO UPDATE SET n = t.n + excluded.n,
      x = CASE WHEN t.x IS NULL AND excluded.x IS NULL THEN NULL ELSE coalesce(t.x, 0) + coalesce(excluded.x, 0) END;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO stats_national_monthly AS t (month, metric, key, n, x)
      SELECT w.month, w.metric, w.key, sum(w.n), sum(w.x)
      FROM new_rows w JOIN services s ON s.id = w.service_id AND NOT s.is_demo
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (month, metric, key) DO UPDATE SET n = t.n + excluded.n,
      x = CASE WHEN t.x IS NULL AND excluded.x IS NULL THEN NULL ELSE coalesce(t.x, 0) + coalesce(excluded.x, 0) END;
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
  INSERT INTO stats_national_daily AS t (day, metric, key, n, x)
    SELECT d.day, d.metric, d.key, sum(CASE WHEN w.is_demo THEN -d.n ELSE d.n END), sum(CASE WHEN w.is_demo THEN -d.x ELSE d.x END)
    FROM old_rows o JOIN new_rows w ON w.id = o.id AND o.is_demo IS DISTINCT FROM w.is_demo
    JOIN stats_daily d ON d.service_id = w.id
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (day, metric, key) DO UPDATE SET n = t.n + excluded.n,
    x = CASE WHEN t.x IS NULL AND excluded.x IS NULL THEN NULL ELSE coalesce(t.x, 0) + coalesce(excluded.x, 0) END;
  INSERT INTO stats_national_monthly AS t (month, metric, key, n, x)
    SELECT d.month, d.metric, d.key, sum(CASE WHEN w.is_demo THEN -d.n ELSE d.n END), sum(CASE WHEN w.is_demo THEN -d.x ELSE d.x END)
    FROM old_rows o JOIN new_rows w ON w.id = o.id AND o.is_demo IS DISTINCT FROM w.is_demo
    JOIN stats_monthly d ON d.service_id = w.id
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (month, metric, key) DO UPDATE SET n = t.n + excluded.n,
    x = CASE WHEN t.x IS NULL AND excluded.x IS NULL THEN NULL ELSE coalesce(t.x, 0) + coalesce(excluded.x, 0) END;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER stats_daily_national_insert AFTER INSERT ON stats_daily REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_national_daily_changed();--> statement-breakpoint
CREATE TRIGGER stats_daily_national_update AFTER UPDATE ON stats_daily REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_national_daily_changed();--> statement-breakpoint
CREATE TRIGGER stats_daily_national_delete AFTER DELETE ON stats_daily REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_national_daily_changed();--> statement-breakpoint
CREATE TRIGGER stats_monthly_national_insert AFTER INSERT ON stats_monthly REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_national_monthly_changed();--> statement-breakpoint
CREATE TRIGGER stats_monthly_national_update AFTER UPDATE ON stats_monthly REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_national_monthly_changed();--> statement-breakpoint
CREATE TRIGGER stats_monthly_national_delete AFTER DELETE ON stats_monthly REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_national_monthly_changed();--> statement-breakpoint
-- Named to fire before services_stats_update (a time-zone regroup), so a service changing both its
-- demo flag and its time zone in one statement is counted once, regrouped.
CREATE TRIGGER services_stats_national_update AFTER UPDATE ON services REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_national_services_changed();--> statement-breakpoint
-- Backfill from the per-service rollups already there.
INSERT INTO stats_national_daily (day, metric, key, n, x)
  SELECT d.day, d.metric, d.key, sum(d.n), sum(d.x) FROM stats_daily d JOIN services s ON s.id = d.service_id AND NOT s.is_demo GROUP BY 1, 2, 3;--> statement-breakpoint
INSERT INTO stats_national_monthly (month, metric, key, n, x)
  SELECT d.month, d.metric, d.key, sum(d.n), sum(d.x) FROM stats_monthly d JOIN services s ON s.id = d.service_id AND NOT s.is_demo GROUP BY 1, 2, 3;
