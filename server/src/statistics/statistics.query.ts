import { DateTime } from "luxon";
import { sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { executeRows } from "../db/rows.js";
import { sqlValues } from "../db/sql.js";
import { SETTLED_STATUSES } from "../referral/referral.rules.js";
import { EVALUATION_KEY_PATTERN, HEARING_KINDS } from "./statistics.catalogue.js";

export type PeriodKey = "cur" | "prev";

export interface PeriodBounds {
  /** First instant of the period (local midnight of `from`) and the first instant after it. */
  start: Date;
  end: Date;
  from: string;
  to: string;
}

/** One aggregate: metric, period, category key, a count `n` and (for medians, means, sums) `x`. */
export interface AggregateRow {
  m: string;
  p: PeriodKey;
  k: string;
  n: number;
  x: number | null;
}

const hearingKinds = sql.raw(HEARING_KINDS.map((h) => `'${h.key}'`).join(", "));
/** Settled referrals, written as the partial indexes referrals_stats_(un)settled_idx are, so the planner matches them. */
const settled = sqlValues(SETTLED_STATUSES);

/** Rows of an aggregate statement, with numbers as numbers whichever driver read them. */
export async function aggregateRows(q: Queryable, statement: SQL): Promise<AggregateRow[]> {
  const rows = await executeRows<AggregateRow>(q, statement);
  return rows.map((r) => ({ m: r.m, p: r.p, k: String(r.k), n: Number(r.n), x: r.x === null ? null : Number(r.x) }));
}

/** Half-open [lo, hi) ranges of local dates: whole months read from stats_monthly, the ragged ends from stats_daily. */
export function rollupRanges(from: string, to: string): { days: [string, string][]; months: [string, string][] } {
  const f = DateTime.fromISO(from, { zone: "utc" });
  const end = DateTime.fromISO(to, { zone: "utc" }).plus({ days: 1 });
  const firstFull = f.day === 1 ? f : f.startOf("month").plus({ months: 1 });
  const afterFull = end.startOf("month");
  const iso = (d: DateTime) => d.toISODate()!;
  if (firstFull >= afterFull) return { days: [[iso(f), iso(end)]], months: [] };
  const days: [string, string][] = [];
  if (f < firstFull) days.push([iso(f), iso(firstFull)]);
  if (afterFull < end) days.push([iso(afterFull), iso(end)]);
  return { days, months: [[iso(firstFull), iso(afterFull)]] };
}

/**
 * The CTEs `rd(p, lo, hi)` and `rm(p, lo, hi)`: the [lo, hi) date ranges of both periods to read
 * from stats_daily and stats_monthly respectively (either may be empty).
 */
function rollupRangeCtes(c: PeriodBounds, v: PeriodBounds): SQL {
  const ranges = (level: "days" | "months") =>
    (
      [
        ["cur", c],
        ["prev", v],
      ] as const
    ).flatMap(([p, b]) => rollupRanges(b.from, b.to)[level].map(([lo, hi]) => sql`(${p}, ${lo}::date, ${hi}::date)`));
  const valuesOrEmpty = (rows: SQL[]) =>
    rows.length ? sql`values ${sql.join(rows, sql`, `)}` : sql`select null::text, null::date, null::date where false`;
  return sql`rd(p, lo, hi) as (${valuesOrEmpty(ranges("days"))}),
    rm(p, lo, hi) as (${valuesOrEmpty(ranges("months"))})`;
}

/**
 * Every aggregate for both periods, equal to the test oracle (tests/support/statistics-oracle.ts), in
 * three statements sent together: referral breakdowns and activities from the rollups (stats_daily / stats_monthly, kept by
 * triggers), the rest — medians, and measures that depend on `asOf` — from bounded index scans of one
 * service's rows in the period (never a scan of the service's whole history).
 */
export async function selectAggregates(
  q: Queryable,
  opts: { serviceId: string; current: PeriodBounds; previous: PeriodBounds; asOf: Date },
): Promise<AggregateRow[]> {
  const { serviceId, current: c, previous: v, asOf } = opts;
  const now = sql`${asOf.toISOString()}::timestamptz`;
  const periods = sql`b(p, s, e, df, dt, cut) as (
      values ('cur', ${c.start.toISOString()}::timestamptz, ${c.end.toISOString()}::timestamptz, ${c.from}::date, ${c.to}::date, least(${c.end.toISOString()}::timestamptz, ${now})),
             ('prev', ${v.start.toISOString()}::timestamptz, ${v.end.toISOString()}::timestamptz, ${v.from}::date, ${v.to}::date, least(${v.end.toISOString()}::timestamptz, ${now}))
    )`;
  // Three statements of similar cost, sent at once on separate connections of the pool, so the
  // database plans and runs them side by side (one statement did the same work on one core: ~30 ms
  // against ~20 at 10M activities). Each family of figures that is suppressed together comes from
  // one statement, so it is consistent within itself. On PGlite they run one after the other.
  const statements = [
    // The rollups, and the response clock from the period's referrals.
    sql`
    with ${periods},
    ${rollupRangeCtes(c, v)},
    roll as (
      select rd.p, d.metric, d.key, d.n, d.x from rd join stats_daily d on d.service_id = ${serviceId} and d.day >= rd.lo and d.day < rd.hi
      union all
      select rm.p, mo.metric, mo.key, mo.n, mo.x from rm join stats_monthly mo on mo.service_id = ${serviceId} and mo.month >= rm.lo and mo.month < rm.hi
    ),
    answered as (
      select b.p, count(*)::int as n,
        count(*) filter (where r.first_responded_at <= r.response_target_at)::int as within_target,
        count(*) filter (where r.first_responded_at <= r.response_deadline_at)::int as within_maximum,
        (percentile_cont(0.5) within group (order by extract(epoch from r.first_responded_at - r.received_at) / 3600.0))::float8 as median
      from b join referrals r on r.service_id = ${serviceId} and r.received_at >= b.s and r.received_at < b.e and r.first_responded_at is not null
      group by b.p
    ),
    unanswered_past_maximum as (
      select b.p, count(*)::int as n from b
        join referrals r on r.service_id = ${serviceId} and r.received_at >= b.s and r.received_at < b.e and r.first_responded_at is null
          and r.response_deadline_at <= ${now}
      group by b.p
    )
    select metric as m, p, key as k, sum(n)::int as n, sum(x)::float8 as x from roll group by 1, 2, 3
    union all
    select 'response', b.p, 'judged', (coalesce(a.n, 0) + coalesce(u.n, 0))::int, null from b
      left join answered a on a.p = b.p left join unanswered_past_maximum u on u.p = b.p
      where coalesce(a.n, 0) + coalesce(u.n, 0) > 0
    union all select 'response', p, 'withinTarget', within_target, null from answered where within_target > 0
    union all select 'response', p, 'withinMaximum', within_maximum, null from answered where within_maximum > 0
    union all select 'response', p, 'medianHours', n, median from answered`,
    // Counts of the service's smaller tables, and the service deficit.
    sql`
    with ${periods}
    select 'anonymous' as m, b.p, 'all' as k, count(a.id)::int as n, null::float8 as x from b
      left join anonymous_enquiries a on a.service_id = ${serviceId} and a.received_on between b.df and b.dt group by b.p
    union all
    select 'feedback', b.p, case when f.kind = 'COMPLAINT' then 'COMPLAINT:' || f.outcome::text else f.kind::text end, count(*)::int, null
      from complaints f join b on f.received_at >= b.s and f.received_at < b.e where f.service_id = ${serviceId} group by 1, 2, 3
    union all
    select 'safeguarding', b.p, 'all', count(sc.id)::int, null from b
      left join safeguarding_concerns sc on sc.service_id = ${serviceId} and sc.raised_at >= b.s and sc.raised_at < b.e group by b.p
    union all
    select 'deficit', b.p, 'maximumBreached', count(r.id)::int, null from b
      left join referrals r on r.service_id = ${serviceId} and r.response_deadline_at >= b.s and r.response_deadline_at < b.cut
        and (r.first_responded_at is null or r.first_responded_at > r.response_deadline_at)
      group by b.p
    union all
    -- Waiting at the cut: not settled (no case, not signposted or closed) by then. Only referrals still
    -- unsettled, or settled since the cut, can qualify: two bounded index scans instead of the whole history.
    select 'deficit', b.p, 'waitingAtEnd', count(w.id)::int, null from b
      left join lateral (
        select r.id from referrals r
          where r.service_id = ${serviceId} and r.status not in (${settled}) and r.received_at < b.cut
        union all
        select r.id from referrals r
          where r.service_id = ${serviceId} and r.status in (${settled}) and coalesce(r.triaged_at, r.updated_at) >= b.cut
            and r.received_at < b.cut
      ) w on not exists (select 1 from cases c3 where c3.referral_id = w.id and c3.opened_at < b.cut)
      group by b.p
    union all
    select 'deficit', b.p, 'peakWaiting', count(w.waiting)::int, max(w.waiting)::float8 from b
      left join waiting_list_snapshots w on w.service_id = ${serviceId} and w.taken_on between b.df and b.dt
      group by b.p`,
    // Cases, meetings, hearings and evaluations.
    sql`
    with ${periods}
    select 'casesOpened' as m, b.p, c.level::text as k, count(*)::int as n, null::float8 as x from b
      join cases c on c.service_id = ${serviceId} and c.opened_at >= b.s and c.opened_at < b.e group by 1, 2, 3
    union all
    select 'casesClosed', b.p, c.level::text, count(*)::int,
      (percentile_cont(0.5) within group (order by extract(epoch from c.closed_at - c.opened_at) / 86400.0))::float8
      from b join cases c on c.service_id = ${serviceId} and c.closed_at >= b.s and c.closed_at < b.e group by 1, 2, 3
    union all
    -- Open at the cut: still open now, or closed since the cut (both bounded by the live caseload and the period).
    select 'casesOpenAtEnd', x.p, x.level::text, count(*)::int, null from (
      select b.p, c.level from b join cases c on c.service_id = ${serviceId} and c.closed_at is null and c.opened_at < b.cut
      union all
      select b.p, c.level from b join cases c on c.service_id = ${serviceId} and c.closed_at >= b.cut and c.opened_at < b.cut
    ) x group by 1, 2, 3
    union all
    select 'meetings', b.p, mt.status::text, count(*)::int, null from meetings mt
      join b on mt.service_id = ${serviceId} and mt.scheduled_at >= b.s and mt.scheduled_at < b.e group by 1, 2, 3
    union all
    select 'hearings', b.p, kd.kind::text, count(*)::int, null from key_dates kd
      join b on kd.on between b.df and b.dt
      where kd.service_id = ${serviceId} and kd.kind::text in (${hearingKinds}) and kd.derived_from_id is null
        and exists (select 1 from cases c2 where c2.referral_id = kd.referral_id)
      group by 1, 2, 3
    union all
    select 'evaluations', b.p, case when ei.returned then 'RETURNED' else 'NOT_RETURNED' end, count(*)::int, null
      from evaluation_invitations ei join b on ei.closure_month between date_trunc('month', b.df)::date and b.dt
      where ei.service_id = ${serviceId} group by 1, 2, 3
    union all
    select 'evaluationScore', b.p, ans.key, count(*)::int, avg((ans.value #>> '{}')::float8)::float8
      from evaluation_responses er join b on er.closure_month between date_trunc('month', b.df)::date and b.dt
      cross join lateral jsonb_each(er.answers) ans
      where er.service_id = ${serviceId} and jsonb_typeof(ans.value) = 'number' and ans.key ~ ${EVALUATION_KEY_PATTERN}
      group by 1, 2, 3`,
  ];
  return (await Promise.all(statements.map((statement) => aggregateRows(q, statement)))).flat();
}

/**
 * The rollup figures of both periods summed over every service, in ONE statement that reads only
 * stats_daily, stats_monthly and services (never a source table). Besides the sums it returns, per
 * period, how many services contribute to each rollup family (m = 'contributing', k = 'referrals' |
 * 'activities'; the families of migration 0005), and the deployment's highest suppression
 * threshold (m = 'deployment', k = 'suppressionK', x). Rows are never grouped by service on the way
 * out: a per-service figure does not leave the database. Demo services are left out: their figures
 * are invented, and anyone with the published demo sign-ins could subtract them.
 * Each service's rollups are kept in its own local days, so a period is the same local dates everywhere.
 */
export async function selectNationalAggregates(
  q: Queryable,
  opts: { current: PeriodBounds; previous: PeriodBounds },
): Promise<AggregateRow[]> {
  // The sums come from the deployment-wide rollups (a few thousand rows whatever the number of
  // services); only the count of contributing services touches per-service rows, by index probes.
  const statement = sql`
    with ${rollupRangeCtes(opts.current, opts.previous)},
    real_services as (select id, suppression_k from services where not is_demo),
    roll as (
      select rd.p, d.metric, d.key, d.n, d.x from rd join stats_national_daily d on d.day >= rd.lo and d.day < rd.hi
      union all
      select rm.p, mo.metric, mo.key, mo.n, mo.x from rm join stats_national_monthly mo on mo.month >= rm.lo and mo.month < rm.hi
    ),
    -- A service contributes a family of figures to a period when it has any row of it there (every
    -- referral has a channel row, every activity an activities row): one primary-key probe per
    -- service, period and family.
    periods(p) as (select p from rd union select p from rm),
    contributing as (
      select b.p, f.metric, count(*)::int as n
      from real_services s cross join periods b cross join (values ('channel'), ('activities')) f(metric)
      where exists (select 1 from rm join stats_monthly mo on mo.service_id = s.id and mo.month >= rm.lo and mo.month < rm.hi and mo.metric = f.metric where rm.p = b.p)
         or exists (select 1 from rd join stats_daily d on d.service_id = s.id and d.day >= rd.lo and d.day < rd.hi and d.metric = f.metric where rd.p = b.p)
      group by 1, 2
    )
    select metric as m, p, key as k, sum(n)::int as n, sum(x)::float8 as x from roll group by 1, 2, 3 having sum(n) <> 0
    union all
    select 'contributing', p, case metric when 'channel' then 'referrals' else 'activities' end, n, null from contributing
    union all
    select 'deployment', 'cur', 'suppressionK', count(*)::int, max(suppression_k)::float8 from real_services`;
  return aggregateRows(q, statement);
}
