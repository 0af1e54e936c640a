import { sql } from "drizzle-orm";
import type { Queryable } from "server/db/client.ts";
import { sqlValues } from "server/db/sql.ts";
import { SETTLED_STATUSES } from "server/referral/referral.rules.ts";
import { AGE_BANDS, EVALUATION_KEY_PATTERN, HEARING_KINDS, NOT_RECORDED } from "server/statistics/statistics.catalogue.ts";
import { aggregateRows, type AggregateRow, type PeriodBounds } from "server/statistics/statistics.query.ts";

/*
 * The statistics test oracle: the figures `serviceStats` gives, computed the slow, obvious way from
 * the source tables. The rollups (triggers of migration 0005) and `selectAggregates` must agree with
 * it (tests/api/statistics-rollup.test.ts, statistics-national.test.ts); it is test code, so it lives
 * here and not in the server.
 */

const ageBandSql = sql.raw(
  `case ${AGE_BANDS.map((b) => `when r.age_at_referral between ${b.from} and ${b.to} then '${b.key}'`).join(" ")} else '${NOT_RECORDED}' end`,
);

/** Free-text ethnicity to a census high-level group. Order matters: "Black British" is Black, "White and Asian" Mixed. */
const ethnicGroupSql = sql.raw(`case
  when ch.ethnicity is null or btrim(ch.ethnicity) = '' or ch.ethnicity ~* '(prefer not|declin|refus|not (known|stated|recorded))' then '${NOT_RECORDED}'
  when ch.ethnicity ~* '(mixed|multiple|dual heritage)' or ch.ethnicity ~* '^white and ' then 'MIXED'
  when ch.ethnicity ~* '(asian|indian|pakistani|bangladeshi|chinese)' then 'ASIAN'
  when ch.ethnicity ~* '(black|african|caribbean)' then 'BLACK'
  when ch.ethnicity ~* '(white|british|irish|english|scottish|welsh|gypsy|roma|traveller)' then 'WHITE'
  else 'OTHER' end`);

const hearingKinds = sql.raw(HEARING_KINDS.map((h) => `'${h.key}'`).join(", "));
const settled = sqlValues(SETTLED_STATUSES);

/**
 * The reference computation: every aggregate for both periods in ONE statement straight from the
 * source rows (each branch groups in SQL and returns counts per category, never a row per case).
 * `asOf` caps "so far" measures (a period may run into the future). Production reads
 * `selectAggregates` (rollups, decision 006); the statistics tests compare the two.
 */
export async function selectAggregatesDirect(
  q: Queryable,
  opts: { serviceId: string; current: PeriodBounds; previous: PeriodBounds; asOf: Date },
): Promise<AggregateRow[]> {
  const { serviceId, current: c, previous: v, asOf } = opts;
  const now = sql`${asOf.toISOString()}::timestamptz`;
  const statement = sql`
    with b(p, s, e, df, dt) as (
      values ('cur', ${c.start.toISOString()}::timestamptz, ${c.end.toISOString()}::timestamptz, ${c.from}::date, ${c.to}::date),
             ('prev', ${v.start.toISOString()}::timestamptz, ${v.end.toISOString()}::timestamptz, ${v.from}::date, ${v.to}::date)
    ),
    rr as (
      select b.p, r.id, r.channel, r.source, r.professional_type, r.current_stage, r.how_heard, r.level, r.received_at,
        r.response_target_at, r.response_deadline_at, r.first_responded_at,
        ${ageBandSql} as age_band,
        coalesce(ch.primary_need::text, 'NOT_KNOWN') as primary_need,
        ${ethnicGroupSql} as ethnic_group
      from referrals r
      join b on r.received_at >= b.s and r.received_at < b.e
      left join children ch on ch.id = r.child_id
      where r.service_id = ${serviceId}
    ),
    cc as (
      select c.id, c.level, c.opened_at, c.closed_at from cases c where c.service_id = ${serviceId}
    )
    select 'channel' as m, p, channel::text as k, count(*)::int as n, null::float8 as x, coalesce(sum(stats_record_key(id)), 0)::bigint as ks from rr group by p, channel
    union all
    select 'source', p, case when source = 'PROFESSIONAL' then 'PROFESSIONAL:' || coalesce(professional_type::text, 'OTHER') else source::text end,
      count(*)::int, null, coalesce(sum(stats_record_key(id)), 0)::bigint from rr group by 1, 2, 3
    union all select 'stage', p, current_stage::text, count(*)::int, null, coalesce(sum(stats_record_key(id)), 0)::bigint from rr group by p, current_stage
    union all select 'howHeard', p, how_heard::text, count(*)::int, null, coalesce(sum(stats_record_key(id)), 0)::bigint from rr group by p, how_heard
    union all select 'level', p, coalesce(level::text, 'NONE'), count(*)::int, null, coalesce(sum(stats_record_key(id)), 0)::bigint from rr group by 1, 2, 3
    union all select 'ageBand', p, age_band, count(*)::int, null, coalesce(sum(stats_record_key(id)), 0)::bigint from rr group by p, age_band
    union all select 'primaryNeed', p, primary_need, count(*)::int, null, coalesce(sum(stats_record_key(id)), 0)::bigint from rr group by p, primary_need
    union all select 'ethnicity', p, ethnic_group, count(*)::int, null, coalesce(sum(stats_record_key(id)), 0)::bigint from rr group by p, ethnic_group
    union all
    -- Response clock: judged once answered or once the maximum has passed.
    select 'response', p, 'judged', count(*)::int, null, coalesce(sum(stats_record_key(id)), 0)::bigint from rr
      where first_responded_at is not null or response_deadline_at <= ${now} group by p
    union all select 'response', p, 'withinTarget', count(*)::int, null, coalesce(sum(stats_record_key(id)), 0)::bigint from rr
      where first_responded_at is not null and first_responded_at <= response_target_at group by p
    union all select 'response', p, 'withinMaximum', count(*)::int, null, coalesce(sum(stats_record_key(id)), 0)::bigint from rr
      where first_responded_at is not null and first_responded_at <= response_deadline_at group by p
    union all select 'response', p, 'medianHours', count(*)::int,
      (percentile_cont(0.5) within group (order by extract(epoch from first_responded_at - received_at) / 3600.0))::float8, coalesce(sum(stats_record_key(id)), 0)::bigint
      from rr where first_responded_at is not null group by p
    union all
    select 'anonymous', b.p, 'all', count(a.id)::int, null, coalesce(sum(stats_record_key(a.id)), 0)::bigint from b
      left join anonymous_enquiries a on a.service_id = ${serviceId} and a.received_on between b.df and b.dt group by b.p
    union all
    select 'casesOpened', b.p, cc.level::text, count(*)::int, null, coalesce(sum(stats_record_key(cc.id)), 0)::bigint from cc join b on cc.opened_at >= b.s and cc.opened_at < b.e group by 1, 2, 3
    union all
    -- Every closure (decision 042): the current one, and each one a reopening undid, at the level of the time.
    select 'casesClosed', b.p, x.level::text, count(*)::int,
      (percentile_cont(0.5) within group (order by extract(epoch from x.closed_at - x.opened_at) / 86400.0))::float8, coalesce(sum(stats_record_key(x.id)), 0)::bigint
      from (
        select cc.id, cc.level, cc.opened_at, cc.closed_at from cc
        union all
        select cr.id, coalesce(
            (select lc.to_level from case_level_changes lc where lc.case_id = c.id and lc.changed_at <= cr.previous_closed_at order by lc.changed_at desc limit 1),
            (select lc.from_level from case_level_changes lc where lc.case_id = c.id and lc.changed_at > cr.previous_closed_at order by lc.changed_at limit 1),
            c.level), c.opened_at, cr.previous_closed_at
        from case_reopenings cr join cases c on c.id = cr.case_id where cr.service_id = ${serviceId}
      ) x join b on x.closed_at >= b.s and x.closed_at < b.e group by 1, 2, 3
    union all
    select 'casesOpenAtEnd', b.p, cc.level::text, count(*)::int, null, coalesce(sum(stats_record_key(cc.id)), 0)::bigint from cc
      join b on cc.opened_at < least(b.e, ${now}) and (cc.closed_at is null or cc.closed_at >= least(b.e, ${now}))
      where not exists (select 1 from case_reopenings cr where cr.case_id = cc.id and cr.previous_closed_at < least(b.e, ${now}) and cr.reopened_at >= least(b.e, ${now}))
      group by 1, 2, 3
    union all
    select 'activities', b.p, a.kind::text, count(*)::int, sum(a.minutes)::float8, coalesce(sum(stats_record_key(a.id)), 0)::bigint from activities a
      join b on a.occurred_at >= b.s and a.occurred_at < b.e where a.service_id = ${serviceId} group by 1, 2, 3
    union all
    select 'meetings', b.p, mt.status::text, count(*)::int, null, coalesce(sum(stats_record_key(mt.id)), 0)::bigint from meetings mt
      join b on mt.scheduled_at >= b.s and mt.scheduled_at < b.e where mt.service_id = ${serviceId} group by 1, 2, 3
    union all
    -- Hearings and mediations the service supported: key dates on referrals that became cases.
    select 'hearings', b.p, kd.kind::text, count(*)::int, null, coalesce(sum(stats_record_key(kd.id)), 0)::bigint from key_dates kd
      join b on kd.on between b.df and b.dt
      where kd.service_id = ${serviceId} and kd.kind::text in (${hearingKinds}) and kd.derived_from_id is null
        and exists (select 1 from cases c2 where c2.referral_id = kd.referral_id)
      group by 1, 2, 3
    union all
    -- Evaluations are dated by month only (kept apart from case files): a period counts the months it touches.
    select 'evaluations', b.p, case when ei.returned then 'RETURNED' else 'NOT_RETURNED' end, count(*)::int, null, coalesce(sum(stats_record_key(ei.id)), 0)::bigint
      from evaluation_invitations ei join b on ei.closure_month between date_trunc('month', b.df)::date and b.dt
      where ei.service_id = ${serviceId} group by 1, 2, 3
    union all
    select 'evaluationScore', b.p, ans.key, count(*)::int, avg((ans.value #>> '{}')::float8)::float8, coalesce(sum(stats_record_key(er.id)), 0)::bigint
      from evaluation_responses er join b on er.batch_month between date_trunc('month', b.df)::date and b.dt
      cross join lateral jsonb_each(er.answers) ans
      where er.service_id = ${serviceId} and jsonb_typeof(ans.value) = 'number' and ans.key ~ ${EVALUATION_KEY_PATTERN}
      group by 1, 2, 3
    union all
    select 'feedback', b.p, case when f.kind = 'COMPLAINT' then 'COMPLAINT:' || f.outcome::text else f.kind::text end, count(*)::int, null, coalesce(sum(stats_record_key(f.id)), 0)::bigint
      from complaints f join b on f.received_at >= b.s and f.received_at < b.e where f.service_id = ${serviceId} group by 1, 2, 3
    union all
    select 'safeguarding', b.p, 'all', count(sc.id)::int, null, coalesce(sum(stats_record_key(sc.id)), 0)::bigint from b
      left join safeguarding_concerns sc on sc.service_id = ${serviceId} and sc.raised_at >= b.s and sc.raised_at < b.e group by b.p
    union all
    -- Service deficit: referrals whose response maximum fell in the period (and has passed) without a response by then.
    select 'deficit', b.p, 'maximumBreached', count(r.id)::int, null, coalesce(sum(stats_record_key(r.id)), 0)::bigint from b
      left join referrals r on r.service_id = ${serviceId} and r.response_deadline_at >= b.s and r.response_deadline_at < least(b.e, ${now})
        and (r.first_responded_at is null or r.first_responded_at > r.response_deadline_at)
      group by b.p
    union all
    select 'deficit', b.p, 'waitingAtEnd', count(r.id)::int, null, coalesce(sum(stats_record_key(r.id)), 0)::bigint from b
      left join referrals r on r.service_id = ${serviceId} and r.received_at < least(b.e, ${now})
        and not exists (select 1 from cases c3 where c3.referral_id = r.id and c3.opened_at < least(b.e, ${now}))
        and not (r.status in (${settled}) and coalesce(r.triaged_at, r.updated_at) < least(b.e, ${now}))
      group by b.p
    union all
    select 'deficit', b.p, 'peakWaiting', count(w.waiting)::int, max(w.waiting)::float8, 0::bigint from b
      left join waiting_list_snapshots w on w.service_id = ${serviceId} and w.taken_on between b.df and b.dt
      group by b.p`;
  return aggregateRows(q, statement);
}
