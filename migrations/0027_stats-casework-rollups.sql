-- Custom SQL migration (issue 23, decision 050): two more figures of serviceStats come from the
-- rollups instead of the source rows on every request, exactly as they were counted:
-- * casesOpened: cases by their level now, on the local day they were opened (family 'cases');
-- * meetings: meetings by status, on the local day they are scheduled (family 'meetings').
-- stats_refresh is 0021's with the two families; triggers on cases and meetings refresh the days of
-- inserted and deleted rows and of rows whose counted columns changed (a level change, a corrected
-- opening time, a meeting's outcome). stats_rebuild (a time zone change) rebuilds them too. The
-- monthly rows carry the protected counts like every other family (decision 028), and the
-- deployment-wide rollups receive them through their generic triggers.
-- stats_monthly gets a covering index, so the report reads its month rows index-only.
-- Backfill: two set-based INSERTs (daily from the source rows, then the months).
CREATE OR REPLACE FUNCTION stats_refresh(family text, svcs uuid[], days date[]) RETURNS void LANGUAGE plpgsql AS $$
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
  ELSIF family = 'cases' THEN
    -- Cases opened, by the case's level now (as the report has always counted them).
    INSERT INTO stats_daily (service_id, day, metric, key, n, x, ks)
    SELECT k.s, k.d, 'casesOpened', c.level::text, count(*)::int, null, sum(stats_record_key(c.id))::bigint
    FROM stats_keys k
    JOIN cases c ON c.service_id = k.s AND c.opened_at >= k.lo AND c.opened_at < k.hi
    GROUP BY 1, 2, 3, 4;
  ELSIF family = 'meetings' THEN
    -- Meetings by outcome, on the day they were (or are) scheduled.
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
-- Cases: the days of inserted and deleted cases, and of cases whose service, opening time or level changed.
CREATE OR REPLACE FUNCTION stats_cases_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s uuid[];
  d date[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(y.service_id), array_agg(y.day) INTO s, d FROM (
      SELECT DISTINCT x.service_id, (x.at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day
      FROM (SELECT service_id, opened_at AS at FROM new_rows) x JOIN services sv ON sv.id = x.service_id) y;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(y.service_id), array_agg(y.day) INTO s, d FROM (
      SELECT DISTINCT x.service_id, (x.at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day
      FROM (SELECT service_id, opened_at AS at FROM old_rows) x JOIN services sv ON sv.id = x.service_id) y;
  ELSE
    SELECT array_agg(y.service_id), array_agg(y.day) INTO s, d FROM (
      SELECT DISTINCT x.service_id, (x.at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day
      FROM (
        SELECT unnest(array[o.service_id, n.service_id]) AS service_id, unnest(array[o.opened_at, n.opened_at]) AS at
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE (o.service_id, o.opened_at, o.level) IS DISTINCT FROM (n.service_id, n.opened_at, n.level)
      ) x JOIN services sv ON sv.id = x.service_id) y;
  END IF;
  PERFORM stats_refresh('cases', coalesce(s, '{}'), coalesce(d, '{}'));
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- Meetings: the same, by the day scheduled, on a change of service, time or status.
CREATE OR REPLACE FUNCTION stats_meetings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s uuid[];
  d date[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(y.service_id), array_agg(y.day) INTO s, d FROM (
      SELECT DISTINCT x.service_id, (x.at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day
      FROM (SELECT service_id, scheduled_at AS at FROM new_rows) x JOIN services sv ON sv.id = x.service_id) y;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(y.service_id), array_agg(y.day) INTO s, d FROM (
      SELECT DISTINCT x.service_id, (x.at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day
      FROM (SELECT service_id, scheduled_at AS at FROM old_rows) x JOIN services sv ON sv.id = x.service_id) y;
  ELSE
    SELECT array_agg(y.service_id), array_agg(y.day) INTO s, d FROM (
      SELECT DISTINCT x.service_id, (x.at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day
      FROM (
        SELECT unnest(array[o.service_id, n.service_id]) AS service_id, unnest(array[o.scheduled_at, n.scheduled_at]) AS at
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE (o.service_id, o.scheduled_at, o.status) IS DISTINCT FROM (n.service_id, n.scheduled_at, n.status)
      ) x JOIN services sv ON sv.id = x.service_id) y;
  END IF;
  PERFORM stats_refresh('meetings', coalesce(s, '{}'), coalesce(d, '{}'));
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- One family's days for a service (or all): every local day that has a case opened or a meeting scheduled.
CREATE OR REPLACE FUNCTION stats_rebuild_family(svc uuid, family text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  s uuid[];
  d date[];
BEGIN
  IF family = 'cases' THEN
    SELECT array_agg(x.service_id), array_agg(x.day) INTO s, d FROM (
      SELECT DISTINCT c.service_id, (c.opened_at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day
      FROM cases c JOIN services sv ON sv.id = c.service_id WHERE svc IS NULL OR c.service_id = svc) x;
  ELSIF family = 'meetings' THEN
    SELECT array_agg(x.service_id), array_agg(x.day) INTO s, d FROM (
      SELECT DISTINCT mt.service_id, (mt.scheduled_at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day
      FROM meetings mt JOIN services sv ON sv.id = mt.service_id WHERE svc IS NULL OR mt.service_id = svc) x;
  ELSE
    RAISE EXCEPTION 'unknown statistics family %', family;
  END IF;
  PERFORM stats_refresh(family, coalesce(s, '{}'), coalesce(d, '{}'));
END;
$$;--> statement-breakpoint
-- A service's (or every service's) rollups from scratch: 0005's, with the two new families.
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
  PERFORM stats_rebuild_family(svc, 'cases');
  PERFORM stats_rebuild_family(svc, 'meetings');
END;
$$;--> statement-breakpoint
CREATE TRIGGER cases_stats_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_cases_changed();--> statement-breakpoint
CREATE TRIGGER cases_stats_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_cases_changed();--> statement-breakpoint
CREATE TRIGGER cases_stats_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_cases_changed();--> statement-breakpoint
CREATE TRIGGER meetings_stats_insert AFTER INSERT ON meetings REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_meetings_changed();--> statement-breakpoint
CREATE TRIGGER meetings_stats_update AFTER UPDATE ON meetings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_meetings_changed();--> statement-breakpoint
CREATE TRIGGER meetings_stats_delete AFTER DELETE ON meetings REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_meetings_changed();--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "stats_monthly_cover_idx" ON "stats_monthly" ("service_id", "month") INCLUDE ("metric", "key", "n", "x", "ks", "p", "px");--> statement-breakpoint
-- Backfill in two set-based statements (stats_refresh day by day would probe every day of every service):
-- the daily rows straight from the source rows, then their months with the protected counts.
INSERT INTO stats_daily (service_id, day, metric, key, n, x, ks)
SELECT x.service_id, x.day, x.metric, x.key, count(*)::int, null, sum(stats_record_key(x.id))::bigint
FROM (
  SELECT c.service_id, (c.opened_at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date AS day,
    'casesOpened' AS metric, c.level::text AS key, c.id
  FROM cases c JOIN services sv ON sv.id = c.service_id
  UNION ALL
  SELECT mt.service_id, (mt.scheduled_at AT TIME ZONE coalesce(sv.office_hours->>'timeZone', 'Europe/London'))::date,
    'meetings', mt.status::text, mt.id
  FROM meetings mt JOIN services sv ON sv.id = mt.service_id
) x
GROUP BY 1, 2, 3, 4;--> statement-breakpoint
INSERT INTO stats_monthly (service_id, month, metric, key, n, x, ks, p, px)
SELECT t.service_id, t.month, t.metric, t.key, t.n, null, t.ks, stats_perturb(t.n, t.ks, t.k), null
FROM (
  SELECT sd.service_id, date_trunc('month', sd.day)::date AS month, sd.metric, sd.key, sum(sd.n)::int AS n, sum(sd.ks)::bigint AS ks,
    greatest(3, sv.suppression_k) AS k
  FROM stats_daily sd JOIN services sv ON sv.id = sd.service_id
  WHERE sd.metric IN ('casesOpened', 'meetings')
  GROUP BY 1, 2, 3, 4, sv.suppression_k
) t;
