-- Custom SQL migration file, put your code below! --
-- Statistics rollups (decision 006). stats_daily / stats_monthly hold counts per service per
-- local day / month for the referral breakdowns and activities. They are recomputed from the
-- source rows, for exactly the (service, day) pairs a statement touched, by the statement-level
-- triggers below, in the same transaction as the write. Writes of one service that touch the
-- rollups are serialised by a transaction advisory lock per service, so a recompute always sees
-- every committed row of the days it rewrites. The definitions must match the reference
-- computation in server/src/statistics/statistics.query.ts (a property test compares them).

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
    INSERT INTO stats_daily (service_id, day, metric, key, n, x)
    SELECT k.s, k.d, m.metric, m.key, count(*)::int, null
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
    INSERT INTO stats_daily (service_id, day, metric, key, n, x)
    SELECT k.s, k.d, 'activities', a.kind::text, count(*)::int, sum(a.minutes)::float8
    FROM stats_keys k
    JOIN activities a ON a.service_id = k.s AND a.occurred_at >= k.lo AND a.occurred_at < k.hi
    GROUP BY 1, 2, 3, 4;
  END IF;

  DELETE FROM stats_monthly sm USING (SELECT DISTINCT s, date_trunc('month', d)::date AS m FROM stats_keys) k
    WHERE sm.service_id = k.s AND sm.month = k.m AND sm.metric = ANY (metrics);
  INSERT INTO stats_monthly (service_id, month, metric, key, n, x)
    SELECT k.s, k.m, sd.metric, sd.key, sum(sd.n)::int, sum(sd.x)
    FROM (SELECT DISTINCT s, date_trunc('month', d)::date AS m FROM stats_keys) k
    JOIN stats_daily sd ON sd.service_id = k.s AND sd.day >= k.m AND sd.day < (k.m + interval '1 month')::date AND sd.metric = ANY (metrics)
    GROUP BY 1, 2, 3, 4;
  TRUNCATE stats_keys;
END;
$$;--> statement-breakpoint

-- Every rollup of one service (or of all services), from scratch: the backfill, and a time zone change.
CREATE OR REPLACE FUNCTION stats_rebuild(svc uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  s uuid[];
  d date[];
BEGIN
  DELETE FROM stats_daily WHERE svc IS NULL OR service_id = svc;
  DELETE FROM stats_monthly WHERE svc IS NULL OR service_id = svc;
  SELECT array_agg(x.service_id), array_agg(x.day) INTO s, d FROM (
    SELECT DISTINCT r.service_id, (r.received_at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day
    FROM referrals r JOIN services sv ON sv.id = r.service_id WHERE svc IS NULL OR r.service_id = svc) x;
  PERFORM stats_refresh('referrals', coalesce(s, '{}'), coalesce(d, '{}'));
  SELECT array_agg(x.service_id), array_agg(x.day) INTO s, d FROM (
    SELECT DISTINCT a.service_id, (a.occurred_at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day
    FROM activities a JOIN services sv ON sv.id = a.service_id WHERE svc IS NULL OR a.service_id = svc) x;
  PERFORM stats_refresh('activities', coalesce(s, '{}'), coalesce(d, '{}'));
END;
$$;--> statement-breakpoint

-- Referrals: the days of inserted and deleted rows, and of updated rows whose statistical columns
-- changed (erasure changes none of them, so it never touches the rollups).
CREATE OR REPLACE FUNCTION stats_referrals_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s uuid[];
  d date[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(y.service_id), array_agg(y.day) INTO s, d FROM (
      SELECT DISTINCT x.service_id, (x.at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day
      FROM (SELECT service_id, received_at AS at FROM new_rows) x JOIN services sv ON sv.id = x.service_id) y;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(y.service_id), array_agg(y.day) INTO s, d FROM (
      SELECT DISTINCT x.service_id, (x.at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day
      FROM (SELECT service_id, received_at AS at FROM old_rows) x JOIN services sv ON sv.id = x.service_id) y;
  ELSE
    SELECT array_agg(y.service_id), array_agg(y.day) INTO s, d FROM (
      SELECT DISTINCT x.service_id, (x.at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day
      FROM (
        SELECT unnest(array[o.service_id, n.service_id]) AS service_id, unnest(array[o.received_at, n.received_at]) AS at
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE (o.service_id, o.received_at, o.channel, o.source, o.professional_type, o.current_stage, o.how_heard, o.level, o.age_at_referral, o.child_id) IS DISTINCT FROM (n.service_id, n.received_at, n.channel, n.source, n.professional_type, n.current_stage, n.how_heard, n.level, n.age_at_referral, n.child_id)
      ) x JOIN services sv ON sv.id = x.service_id) y;
  END IF;
  PERFORM stats_refresh('referrals', coalesce(s, '{}'), coalesce(d, '{}'));
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- Activities: the same, by the day the activity took place.
CREATE OR REPLACE FUNCTION stats_activities_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s uuid[];
  d date[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(y.service_id), array_agg(y.day) INTO s, d FROM (
      SELECT DISTINCT x.service_id, (x.at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day
      FROM (SELECT service_id, occurred_at AS at FROM new_rows) x JOIN services sv ON sv.id = x.service_id) y;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(y.service_id), array_agg(y.day) INTO s, d FROM (
      SELECT DISTINCT x.service_id, (x.at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day
      FROM (SELECT service_id, occurred_at AS at FROM old_rows) x JOIN services sv ON sv.id = x.service_id) y;
  ELSE
    SELECT array_agg(y.service_id), array_agg(y.day) INTO s, d FROM (
      SELECT DISTINCT x.service_id, (x.at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day
      FROM (
        SELECT unnest(array[o.service_id, n.service_id]) AS service_id, unnest(array[o.occurred_at, n.occurred_at]) AS at
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE (o.service_id, o.occurred_at, o.kind, o.minutes) IS DISTINCT FROM (n.service_id, n.occurred_at, n.kind, n.minutes)
      ) x JOIN services sv ON sv.id = x.service_id) y;
  END IF;
  PERFORM stats_refresh('activities', coalesce(s, '{}'), coalesce(d, '{}'));
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- A child's primary need or ethnicity changes the breakdowns of the days its referrals were received.
CREATE OR REPLACE FUNCTION stats_children_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s uuid[];
  d date[];
BEGIN
  SELECT array_agg(y.service_id), array_agg(y.day) INTO s, d FROM (
    SELECT DISTINCT r.service_id, (r.received_at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day
    FROM referrals r JOIN services sv ON sv.id = r.service_id
    WHERE r.child_id IN (
      SELECT o.id FROM old_rows o LEFT JOIN new_rows n ON n.id = o.id
      WHERE n.id IS NULL OR (o.primary_need, o.ethnicity) IS DISTINCT FROM (n.primary_need, n.ethnicity))) y;
  PERFORM stats_refresh('referrals', coalesce(s, '{}'), coalesce(d, '{}'));
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- Days are local to the service: a new time zone regroups every row of the service.
CREATE OR REPLACE FUNCTION stats_services_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  svc uuid;
BEGIN
  FOR svc IN SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.office_hours->>'timeZone') IS DISTINCT FROM (n.office_hours->>'timeZone') LOOP
    PERFORM stats_rebuild(svc);
  END LOOP;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER referrals_stats_insert AFTER INSERT ON referrals REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_referrals_changed();--> statement-breakpoint
CREATE TRIGGER referrals_stats_update AFTER UPDATE ON referrals REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_referrals_changed();--> statement-breakpoint
CREATE TRIGGER referrals_stats_delete AFTER DELETE ON referrals REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_referrals_changed();--> statement-breakpoint
CREATE TRIGGER activities_stats_insert AFTER INSERT ON activities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_activities_changed();--> statement-breakpoint
CREATE TRIGGER activities_stats_update AFTER UPDATE ON activities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_activities_changed();--> statement-breakpoint
CREATE TRIGGER activities_stats_delete AFTER DELETE ON activities REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_activities_changed();--> statement-breakpoint
CREATE TRIGGER children_stats_update AFTER UPDATE ON children REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_children_changed();--> statement-breakpoint
CREATE TRIGGER children_stats_delete AFTER DELETE ON children REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_children_changed();--> statement-breakpoint
CREATE TRIGGER services_stats_update AFTER UPDATE ON services REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_services_changed();--> statement-breakpoint
-- Backfill from the rows already there.
SELECT stats_rebuild(null);
