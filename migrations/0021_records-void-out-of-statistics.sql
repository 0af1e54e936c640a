-- Custom SQL migration (issue 19, decision 033): an activity entered in error is voided, kept for
-- audit with voided_at set, and the rollups count only activities that are not voided. stats_refresh is
-- migration 0015's (disclosure control, decision 028) with "AND a.voided_at IS NULL" on its activities
-- join; stats_activities_changed treats a change of voided_at as a change.
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
        WHERE (o.service_id, o.occurred_at, o.kind, o.minutes, o.voided_at) IS DISTINCT FROM (n.service_id, n.occurred_at, n.kind, n.minutes, n.voided_at)
      ) x JOIN services sv ON sv.id = x.service_id) y;
  END IF;
  PERFORM stats_refresh('activities', coalesce(s, '{}'), coalesce(d, '{}'));
  RETURN NULL;
END;
$$;
