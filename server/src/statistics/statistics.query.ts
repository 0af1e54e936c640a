import { DateTime } from "luxon";
import { sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { executeRows } from "../db/rows.js";
import { sqlValues } from "../db/sql.js";
import { statementTemplate } from "../db/fixed-statement.js";
import { SETTLED_STATUSES } from "../referral/referral.rules.js";
import { EVALUATION_KEY_PATTERN, HEARING_KINDS } from "./statistics.catalogue.js";
import { latestMonthStart, referralMonthSource, referralsReceivedBefore, rollupSource, sourceRange } from "./statistics.sources.js";

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
  /** Sum of the counted records' keys (decision 028): the cell key is this mod 256. */
  ks: number;
  /** The protected count: the sum of the months' perturbed counts (0 when not protecting). */
  pn: number;
  /** Activities: the protected hours (sum of the months'). */
  px: number | null;
}

/** A case's level at an instant: the last change before it, else the first change's starting level, else its level now. */
const levelAtSql = (c: SQL, at: SQL) => sql`coalesce(
  (select lc.to_level from case_level_changes lc where lc.case_id = ${c}.id and lc.changed_at <= ${at} order by lc.changed_at desc limit 1),
  (select lc.from_level from case_level_changes lc where lc.case_id = ${c}.id and lc.changed_at > ${at} order by lc.changed_at limit 1),
  ${c}.level)`;

const hearingKinds = sql.raw(HEARING_KINDS.map((h) => `'${h.key}'`).join(", "));
/** Settled referrals, written as the partial indexes referrals_stats_(un)settled_idx are, so the planner matches them. */
const settled = sqlValues(SETTLED_STATUSES);

/** Rows of an aggregate statement, with numbers as numbers whichever driver read them. */
export async function aggregateRows(q: Queryable, statement: SQL): Promise<AggregateRow[]> {
  const rows = await executeRows<AggregateRow>(q, statement);
  return rows.map((r) => ({
    m: r.m,
    p: r.p,
    k: String(r.k),
    n: Number(r.n),
    x: r.x === null ? null : Number(r.x),
    ks: r.ks === null || r.ks === undefined ? 0 : Number(r.ks),
    pn: r.pn === null || r.pn === undefined ? 0 : Number(r.pn),
    px: r.px === null || r.px === undefined ? null : Number(r.px),
  }));
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

/** A date range [lo, hi) of one period, read from stats_daily (`days`) or stats_monthly (`months`). */
interface RollupRange {
  p: PeriodKey;
  level: "days" | "months";
  lo: string;
  hi: string;
}

/** Both periods' rollup ranges (`rollupRanges` of each), daily and monthly. */
function periodRollupRanges(c: PeriodBounds, v: PeriodBounds): RollupRange[] {
  return (
    [
      ["cur", c],
      ["prev", v],
    ] as const
  ).flatMap(([p, b]) => {
    const r = rollupRanges(b.from, b.to);
    return (["days", "months"] as const).flatMap((level) => r[level].map(([lo, hi]) => ({ p, level, lo, hi }) as RollupRange));
  });
}

/** The `(p, lo, hi)` rows of the ranges of one level, for a VALUES list. */
const rangeRows = (ranges: RollupRange[], level: RollupRange["level"]) =>
  ranges.filter((r) => r.level === level).map(({ p, lo, hi }) => sql`(${p}, ${lo}::date, ${hi}::date)`);

/** The rollup sources a range reads: one per local month it touches. */
function rollupSources({ level, lo, hi }: RollupRange): string[] {
  const table = level === "days" ? "stats_daily" : "stats_monthly";
  const last = DateTime.fromISO(hi, { zone: "utc" }).minus({ days: 1 });
  const sources: string[] = [];
  for (let m = DateTime.fromISO(lo, { zone: "utc" }).startOf("month"); m <= last; m = m.plus({ months: 1 }))
    sources.push(rollupSource(table, m.toISODate()!));
  return sources;
}

/**
 * The rollup statements: both periods' ranges, cut at the first day of the latest month either
 * period reaches (month boundaries, so whole months stay whole). Writes land in the current month,
 * so the statement over the earlier months (most of the rows) is kept while they come in, and only
 * the one over the latest month is computed again (decision 060). Their rows are added together
 * (`additive`): a figure of a period is the sum over both.
 */
function rollupParts(serviceId: string, c: PeriodBounds, v: PeriodBounds): StatisticsPart[] {
  const ranges = periodRollupRanges(c, v);
  const cut = (c.to > v.to ? c.to : v.to).slice(0, 8) + "01";
  const clip = (r: RollupRange, lo?: string, hi?: string): RollupRange[] => {
    const from = lo && lo > r.lo ? lo : r.lo;
    const to = hi && hi < r.hi ? hi : r.hi;
    return from < to ? [{ ...r, lo: from, hi: to }] : [];
  };
  return [ranges.flatMap((r) => clip(r, undefined, cut)), ranges.flatMap((r) => clip(r, cut))]
    .filter((slice) => slice.length > 0)
    .map((slice) => ({
      sources: [...new Set(slice.flatMap(rollupSources))],
      additive: true,
      statement: rollupStatement(serviceId, slice),
    }));
}

/** The sums of the rollups over the given ranges, by metric, period and key (a table is read only when a range needs it). */
function rollupStatement(serviceId: string, ranges: RollupRange[]): SQL {
  const values = (level: RollupRange["level"]) => sql.join(rangeRows(ranges, level), sql`, `);
  const branches: SQL[] = [];
  if (ranges.some((r) => r.level === "days"))
    branches.push(sql`select rd.p as p, d.metric, d.key, d.n, d.x, d.ks, 0 as pn, null::float8 as px
      from (values ${values("days")}) rd(p, lo, hi) join stats_daily d on d.service_id = ${serviceId} and d.day >= rd.lo and d.day < rd.hi`);
  if (ranges.some((r) => r.level === "months"))
    branches.push(sql`select rm.p as p, mo.metric, mo.key, mo.n, mo.x, mo.ks, mo.p as pn, mo.px
      from (values ${values("months")}) rm(p, lo, hi) join stats_monthly mo on mo.service_id = ${serviceId} and mo.month >= rm.lo and mo.month < rm.hi`);
  return sql`
    select metric as m, p, key as k, sum(n)::int as n, sum(x)::float8 as x, sum(ks)::bigint as ks, sum(pn)::int as pn, sum(px)::float8 as px
      from (${sql.join(branches, sql` union all `)}) roll group by 1, 2, 3`;
}

/**
 * The CTEs `rd(p, lo, hi)` and `rm(p, lo, hi)`: the [lo, hi) date ranges of both periods to read
 * from stats_daily and stats_monthly respectively (either may be empty).
 */
function rollupRangeCtes(c: PeriodBounds, v: PeriodBounds): SQL {
  const ranges = periodRollupRanges(c, v);
  const valuesOf = (level: RollupRange["level"]) => {
    const rows = rangeRows(ranges, level);
    return rows.length ? sql`values ${sql.join(rows, sql`, `)}` : sql`select null::text, null::date, null::date where false`;
  };
  return sql`rd(p, lo, hi) as (${valuesOf("days")}),
    rm(p, lo, hi) as (${valuesOf("months")})`;
}

/**
 * How counts are protected in a statement (decision 028). With `protect`, every count is also
 * counted per local month (`monthOf`), each month perturbed by `stats_perturb` with the sum of its
 * records' keys, and the months' perturbed counts summed (`pn`). Without it (a manager's exact
 * figures) no key is computed and `pn` is 0.
 */
export interface Protection {
  protect: boolean;
  k: number;
  timeZone: string;
}

/**
 * The first instants of the local months from the one the earlier period starts in to the first
 * after the later one ends, as a PostgreSQL array literal: `width_bucket` over them numbers every
 * instant of either period by its local month (decision 067).
 */
export function localMonthStarts(c: PeriodBounds, v: PeriodBounds, timeZone: string): string {
  const first = DateTime.fromJSDate(c.start < v.start ? c.start : v.start, { zone: timeZone }).startOf("month");
  const end = (c.end > v.end ? c.end : v.end).getTime();
  const starts: string[] = [];
  let m = first;
  for (; m.toMillis() < end; m = m.plus({ months: 1 })) starts.push(m.toUTC().toISO()!);
  starts.push(m.toUTC().toISO()!);
  return `{${starts.join(",")}}`;
}

function protectionSql({ protect, k, timeZone }: Protection, c: PeriodBounds, v: PeriodBounds) {
  const monthStarts = protect ? localMonthStarts(c, v, timeZone) : "";
  return {
    /** The key of the record under `alias` (its stored `stats_key`, decision 066; 0 when not protecting: no cost). */
    key: (alias: string) => (protect ? sql.raw(`${alias}.stats_key`) : sql`0`),
    /**
     * The local month of an instant in either period, as its number among `localMonthStarts` (one
     * constant group when not protecting). A month only groups records, so its number serves as well
     * as its date, and a binary search of the month starts costs less than a time zone conversion of
     * every record (decision 067).
     */
    month: (at: SQL) => (protect ? sql`width_bucket(${at}, ${monthStarts}::timestamptz[])` : sql`'-infinity'::timestamp`),
    /** The month of a date column. */
    monthOfDate: (on: SQL) => (protect ? sql`date_trunc('month', ${on}::timestamp)` : sql`'-infinity'::timestamp`),
    /** THE perturbation of one month's count: `protectedCount` sums it over the months. */
    perturb: (n: SQL, ks: SQL) => (protect ? sql`stats_perturb(${n}, ${ks}, ${k}::int)` : sql`0`),
  };
}

/**
 * Every aggregate for both periods, equal to the test oracle (tests/support/statistics-oracle.ts), in
 * the statements of `statisticsParts` sent together: referral breakdowns, activities, cases opened
 * and meetings from the rollups (stats_daily / stats_monthly, kept by triggers), the rest — medians,
 * and measures that depend on `asOf` — from bounded index scans of one service's rows in the period
 * (never a scan of the service's whole history). Each row also carries
 * the sum of its records' keys (`ks`) and, when protecting, its protected count (`pn`: the sum of
 * its months' perturbed counts; a count at one instant, such as cases open at the end, is one
 * set) and, for activities, protected hours (`px`).
 */
export async function selectAggregates(q: Queryable, opts: AggregateOptions): Promise<AggregateRow[]> {
  return rowsOfParts((await selectVersionedAggregates(q, opts)).parts);
}

export interface AggregateOptions {
  serviceId: string;
  current: PeriodBounds;
  previous: PeriodBounds;
  asOf: Date;
  protection?: Protection;
}

/** One statistics statement and the tables it reads: its figures hold while their versions do (decision 059). */
export interface StatisticsPart {
  /** Tables, months of a rollup table, or a range of months of referrals (statistics.sources.ts). */
  sources: readonly string[];
  statement: SQL;
  /** Its rows are added to those of the other additive parts with the same metric, period and key (the rollups, split by months). */
  additive?: boolean;
}

/** One statement's rows, and the version of each table it reads as its snapshot saw them (0: never changed). */
export interface ComputedPart {
  rows: AggregateRow[];
  versions: Record<string, number>;
  additive?: boolean;
}

const addNullable = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

/**
 * The aggregate rows of computed parts: an additive part's rows summed with the other additive
 * parts' rows of the same metric, period and key, as one statement over all their ranges would
 * (sums of counts, keys, protected counts and hours; null only where every part has null).
 */
export function rowsOfParts(parts: readonly (ComputedPart | undefined)[]): AggregateRow[] {
  const rows: AggregateRow[] = [];
  const sums = new Map<string, AggregateRow>();
  for (const part of parts)
    for (const r of part?.rows ?? []) {
      if (!part!.additive) {
        rows.push(r);
        continue;
      }
      const key = `${r.m}|${r.p}|${r.k}`;
      const sum = sums.get(key);
      if (!sum) {
        // A copy: a kept part's rows are never changed.
        const copy = { ...r };
        sums.set(key, copy);
        rows.push(copy);
      } else {
        sum.n += r.n;
        sum.x = addNullable(sum.x, r.x);
        sum.ks += r.ks;
        sum.pn += r.pn;
        sum.px = addNullable(sum.px, r.px);
      }
    }
  return rows;
}

/** What `selectVersionedAggregates` computed (decisions 057, 059). */
export interface VersionedAggregates {
  /** Indexed as `statisticsParts`; undefined for a statement not run. */
  parts: (ComputedPart | undefined)[];
  /**
   * With the horizon part: epoch ms of the first instant from `asOf` on at which a figure could change
   * with no write (the next response deadline of an unanswered referral, or any time the figures
   * compare with the clock that is not in the past: one equal to `asOf` changes a figure the next
   * moment, so figures computed then are not kept); Infinity when there is none.
   */
  validUntil?: number;
}

/** What a set of statistics statements is built from besides `asOf`: the service, both periods and the protection. */
export function aggregateShapeKey(o: Omit<AggregateOptions, "asOf">): string {
  const p = o.protection;
  const period = (b: PeriodBounds) => `${b.start.getTime()}|${b.end.getTime()}|${b.from}|${b.to}`;
  return [o.serviceId, period(o.current), period(o.previous), p?.protect ? `protect:${p.k}:${p.timeZone}` : "exact"].join("|");
}

/** The instant the statements are built for once per shape: its text is no other parameter's. */
const AS_OF_SENTINEL = "1901-02-03T04:05:06.789Z";

/** Statement sets by shape (`aggregateShapeKey`), most recently used last: a few periods for each service. */
const shapes = new Map<string, { sources: readonly string[]; additive?: boolean; bind: (values: { asOf: string }) => SQL }[]>();
const SHAPES_KEPT = 256;

/**
 * The statistics statements of `selectAggregates`, each with the tables it reads (decision 059); the
 * last is the figures' clock horizon: the first instant from `asOf` on at which a figure could change
 * with no write. Built and rendered once per service, periods and protection, and bound to `asOf` on
 * each call: building the statements' drizzle trees (and the rollups' months with luxon) cost
 * ~0.65 ms and rendering them ~0.3 ms of every request that computes a figure (decision 064).
 */
export function statisticsParts(opts: AggregateOptions): StatisticsPart[] {
  const key = aggregateShapeKey(opts);
  let shape = shapes.get(key);
  if (shape) shapes.delete(key);
  else
    shape = composeStatisticsParts({ ...opts, asOf: new Date(AS_OF_SENTINEL) }).map(({ sources, additive, statement }) => ({
      sources,
      additive,
      bind: statementTemplate(statement, { asOf: AS_OF_SENTINEL }),
    }));
  shapes.set(key, shape);
  if (shapes.size > SHAPES_KEPT) shapes.delete(shapes.keys().next().value!);
  const values = { asOf: opts.asOf.toISOString() };
  return shape.map(({ sources, additive, bind }) => ({ sources, additive, statement: bind(values) }));
}

/** `statisticsParts` built afresh for one `asOf` (what it binds; a test compares the two). */
export function composeStatisticsParts(opts: AggregateOptions): StatisticsPart[] {
  const { serviceId, current: c, previous: v, asOf } = opts;
  const P = protectionSql(opts.protection ?? { protect: false, k: 3, timeZone: "UTC" }, c, v);
  const now = sql`${asOf.toISOString()}::timestamptz`;
  // Every figure from referrals counts only those received before a period's end (a response deadline
  // falls after its referral's receipt): referrals received later, today's when both periods have
  // ended, leave the statements that read them kept (decision 063).
  const latestEnd = new Date(Math.max(c.end.getTime(), v.end.getTime()));
  const referralsRead = referralsReceivedBefore(latestEnd);
  const periods = sql`b(p, s, e, df, dt, cut) as (
      values ('cur', ${c.start.toISOString()}::timestamptz, ${c.end.toISOString()}::timestamptz, ${c.from}::date, ${c.to}::date, least(${c.end.toISOString()}::timestamptz, ${now})),
             ('prev', ${v.start.toISOString()}::timestamptz, ${v.end.toISOString()}::timestamptz, ${v.from}::date, ${v.to}::date, least(${v.end.toISOString()}::timestamptz, ${now}))
    )`;
  /** Sum the months of an inner query with columns p, k, n, ks (one row per period, key and month). */
  const protectedCount = (metric: string, inner: SQL) => sql`
    select ${metric}::text as m, t.p, t.k, sum(t.n)::int as n, null::float8 as x, sum(t.ks)::bigint as ks,
      sum(${P.perturb(sql`t.n`, sql`t.ks`)})::int as pn, null::float8 as px
    from (${inner}) t group by t.p, t.k`;
  /** The closures' count and median days by period and level, from the closures statement's `closed`. */
  const closedMedians = sql`select p, k, count(*)::int as n, (percentile_cont(0.5) within group (order by days))::float8 as x from closed group by 1, 2`;
  // Statements sent at once on separate connections of the pool, so the database plans and runs them
  // side by side (one statement did the same work on one core: ~30 ms against ~20 at 10M activities);
  // on PGlite they run one after the other. Each names the tables it reads (`sources`): its figures
  // hold while their versions do, so a change recomputes only the statements that read its table
  // (decision 059; a test checks every table a statement reads is named). No statement carries more
  // than a few milliseconds at 10M activities, so two cores share them evenly (decision 064).
  // The response clock's answered referrals: by period and month with their keys (protected), or in
  // one pass by period (exact: no keys, one group per period, no rows kept between).
  // Hours as float8 (date_part): extract() gives numeric, which is ~2.5× dearer to compute and sort,
  // and percentile_cont takes float8 anyway (decision 050).
  const answeredFrom = (received: SQL) =>
    sql`from b join referrals r on r.service_id = ${serviceId} and r.received_at >= b.s and r.received_at < b.e and r.first_responded_at is not null and ${received}`;
  const inTarget = sql`r.first_responded_at <= r.response_target_at`;
  const inMaximum = sql`r.first_responded_at <= r.response_deadline_at`;
  const hours = sql`date_part('epoch', r.first_responded_at - r.received_at) / 3600.0`;
  const protect = opts.protection?.protect === true;
  const answeredCtes = (received: SQL) =>
    protect
      ? sql`answered as materialized (
      select b.p, ${P.month(sql`r.received_at`)} as mo, ${P.key("r")} as rk, ${inTarget} as in_target, ${inMaximum} as in_maximum, ${hours} as hours
      ${answeredFrom(received)}
    ),
    answered_m as (
      select p, mo, count(*)::int as n, sum(rk)::bigint as ks,
        count(*) filter (where in_target)::int as nt, coalesce(sum(rk) filter (where in_target), 0)::bigint as kt,
        count(*) filter (where in_maximum)::int as nm, coalesce(sum(rk) filter (where in_maximum), 0)::bigint as km
      from answered group by p, mo
    )`
      : sql`answered_m as (
      select b.p, ${P.month(sql`r.received_at`)} as mo, count(*)::int as n, 0::bigint as ks,
        count(*) filter (where ${inTarget})::int as nt, 0::bigint as kt, count(*) filter (where ${inMaximum})::int as nm, 0::bigint as km
      ${answeredFrom(received)} group by b.p
    )`;
  const protectedMedianHours = sql`select 'response', a.p, 'medianHours', a.n, a.median, m.ks, m.pn, null from
      (select p, count(*)::int as n, (percentile_cont(0.5) within group (order by hours))::float8 as median from answered group by p) a
      join (select p, sum(ks)::bigint as ks, sum(${P.perturb(sql`n`, sql`ks`)})::int as pn from answered_m group by p) m on m.p = a.p`;
  /**
   * The response clock from the period's referrals: answered in time, the median, late and waiting.
   * Not cases: a referral carries its case's opening (decision 062), so casework leaves it kept.
   * Protected, one statement. Exact (a manager's), its counts in two additive statements by the UTC
   * month referrals were received in — those before the latest month either period reaches, and those
   * in it — and the median over both in a third: a referral arriving, or answered, this month leaves
   * the earlier months' counts kept, as the rollups are split (decision 065).
   */
  const responseClockParts = (): StatisticsPart[] => {
    const statement = (received: SQL) => sql`
    with ${periods},
    ${answeredCtes(received)},
    unanswered_past_maximum as (
      select b.p, ${P.month(sql`r.received_at`)} as mo, count(*)::int as n, sum(${P.key("r")})::bigint as ks from b
        join referrals r on r.service_id = ${serviceId} and r.received_at >= b.s and r.received_at < b.e and r.first_responded_at is null
          and r.response_deadline_at <= ${now} and ${received}
      group by 1, 2
    ),
    judged as (
      select coalesce(a.p, u.p) as p, coalesce(a.n, 0) + coalesce(u.n, 0) as n, coalesce(a.ks, 0) + coalesce(u.ks, 0) as ks
      from answered_m a full join unanswered_past_maximum u on u.p = a.p and u.mo = a.mo
    ),
    -- Each candidate's case opening comes with it (case_opened_at, kept by a trigger on cases, decision 062).
    waiting_candidates as materialized (
      select null::text as p, r.id, ${P.key("r")} as stats_key, r.received_at, r.case_opened_at from referrals r
        where r.service_id = ${serviceId} and r.status not in (${settled}) and r.received_at < (select max(cut) from b) and ${received}
      union all
      select b.p, r.id, r.stats_key, r.received_at, r.case_opened_at from b cross join lateral (
        select r.id, ${P.key("r")} as stats_key, r.received_at, r.case_opened_at from referrals r
        where r.service_id = ${serviceId} and r.status in (${settled}) and coalesce(r.triaged_at, r.updated_at) >= b.cut and r.received_at < b.cut and ${received}
        offset 0 -- an index scan per period (not flattened into a join the planner may turn into a scan)
      ) r
    )
    ${protectedCount(
      "deficit",
      sql`select b.p, 'maximumBreached' as k, ${P.month(sql`r.response_deadline_at`)} as mo, count(r.id)::int as n,
          coalesce(sum(${P.key("r")}), 0)::bigint as ks from b
        left join referrals r on r.service_id = ${serviceId} and r.response_deadline_at >= b.s and r.response_deadline_at < b.cut
          and (r.first_responded_at is null or r.first_responded_at > r.response_deadline_at) and ${received}
        group by 1, 2, 3`,
    )}
    union all
    -- Waiting at the cut: not settled (no case, not signposted or closed) by then. Only referrals still
    -- unsettled (read once for both periods, p null), or settled since the period's cut (p), can
    -- qualify: bounded index scans instead of the whole history, each with when its case opened (decision 062).
    -- A count at one instant: one set of records, protected as one.
    ${protectedCount(
      "deficit",
      sql`select b.p, 'waitingAtEnd' as k, count(w.id)::int as n, coalesce(sum(${P.key("w")}), 0)::bigint as ks from b
      left join waiting_candidates w on (w.p is null or w.p = b.p) and w.received_at < b.cut
        and (w.case_opened_at is null or w.case_opened_at >= b.cut)
      group by 1, 2`,
    )}
    union all
    select 'response', p, 'judged', sum(n)::int, null, sum(ks)::bigint, sum(${P.perturb(sql`n`, sql`ks`)})::int, null
      from judged group by p having sum(n) > 0
    union all
    select 'response', p, 'withinTarget', sum(nt)::int, null, sum(kt)::bigint, sum(${P.perturb(sql`nt`, sql`kt`)})::int, null
      from answered_m group by p having sum(nt) > 0
    union all
    select 'response', p, 'withinMaximum', sum(nm)::int, null, sum(km)::bigint, sum(${P.perturb(sql`nm`, sql`km`)})::int, null
      from answered_m group by p having sum(nm) > 0
    ${protect ? sql`union all ${protectedMedianHours}` : sql``}`;
    if (protect) return [{ sources: [referralsRead], statement: statement(sql`true`) }];
    const boundary = latestMonthStart(latestEnd);
    const since = sql`r.received_at >= ${boundary.toISOString()}::timestamptz`;
    const before = sql`r.received_at < ${boundary.toISOString()}::timestamptz`;
    return [
      { sources: [referralsReceivedBefore(boundary)], additive: true, statement: statement(before) },
      { sources: [referralMonthSource(boundary)], additive: true, statement: statement(since) },
      {
        sources: [referralsRead],
        statement: sql`
    with ${periods}
    select 'response'::text as m, b.p, 'medianHours'::text as k, count(*)::int as n,
      (percentile_cont(0.5) within group (order by ${hours}))::float8 as x, 0::bigint as ks, 0::int as pn, null::float8 as px
    ${answeredFrom(sql`true`)} group by b.p`,
      },
    ];
  };
  const parts: StatisticsPart[] = [
    // The rollups: referral breakdowns, activities, cases opened, meetings (earlier months and the latest apart).
    ...rollupParts(serviceId, c, v),
    ...responseClockParts(),
    {
      // The service's smaller tables: enquiries, feedback, concerns, group work, monitoring, the daily
      // waiting lists and evaluations (a statement of their own, so casework and referrals leave it kept).
      sources: [
        "anonymous_enquiries",
        "complaints",
        "safeguarding_concerns",
        "group_sessions",
        "session_evaluations",
        "monitoring_notes",
        "waiting_list_snapshots",
        "evaluation_invitations",
        "evaluation_responses",
      ],
      statement: sql`
    with ${periods}
    ${protectedCount(
      "anonymous",
      sql`select b.p, 'all' as k, ${P.monthOfDate(sql`a.received_on`)} as mo, count(a.id)::int as n, coalesce(sum(${P.key("a")}), 0)::bigint as ks from b
        left join anonymous_enquiries a on a.service_id = ${serviceId} and a.received_on between b.df and b.dt group by 1, 2, 3`,
    )}
    union all
    ${protectedCount(
      "feedback",
      sql`select b.p, case when f.kind = 'COMPLAINT' then 'COMPLAINT:' || f.outcome::text else f.kind::text end as k,
          ${P.month(sql`f.received_at`)} as mo, count(*)::int as n, sum(${P.key("f")})::bigint as ks
        from complaints f join b on f.received_at >= b.s and f.received_at < b.e where f.service_id = ${serviceId} group by 1, 2, 3`,
    )}
    union all
    ${protectedCount(
      "safeguarding",
      sql`select b.p, 'all' as k, ${P.month(sql`sc.raised_at`)} as mo, count(sc.id)::int as n, coalesce(sum(${P.key("sc")}), 0)::bigint as ks from b
        left join safeguarding_concerns sc on sc.service_id = ${serviceId} and sc.raised_at >= b.s and sc.raised_at < b.e group by 1, 2, 3`,
    )}
    union all
    -- Group work and monitoring inputs (decision 042): sessions and attendance by topic and kind, anonymised notes.
    ${protectedCount(
      "sessions",
      sql`select b.p, gs.topic::text as k, ${P.monthOfDate(sql`gs.held_on`)} as mo, count(*)::int as n, sum(${P.key("gs")})::bigint as ks
        from group_sessions gs join b on gs.held_on between b.df and b.dt where gs.service_id = ${serviceId} group by 1, 2, 3`,
    )}
    union all
    ${protectedCount(
      "sessionKinds",
      sql`select b.p, gs.kind::text as k, ${P.monthOfDate(sql`gs.held_on`)} as mo, count(*)::int as n, sum(${P.key("gs")})::bigint as ks
        from group_sessions gs join b on gs.held_on between b.df and b.dt where gs.service_id = ${serviceId} group by 1, 2, 3`,
    )}
    union all
    -- Attendance is a sum of people, keyed by the sessions that make it.
    ${protectedCount(
      "sessionAttendance",
      sql`select b.p, gs.topic::text as k, ${P.monthOfDate(sql`gs.held_on`)} as mo, sum(gs.attendance)::int as n, sum(${P.key("gs")})::bigint as ks
        from group_sessions gs join b on gs.held_on between b.df and b.dt where gs.service_id = ${serviceId} group by 1, 2, 3`,
    )}
    union all
    select 'sessionScore', t.p, t.k, sum(t.n)::int, (sum(t.total) / sum(t.n))::float8, sum(t.ks)::bigint,
      sum(${P.perturb(sql`t.n`, sql`t.ks`)})::int, null from (
      select b.p, sc.k, ${P.monthOfDate(sql`gs.held_on`)} as mo, count(*)::int as n, sum(sc.v)::float8 as total, sum(${P.key("se")})::bigint as ks
      from session_evaluations se join group_sessions gs on gs.id = se.session_id join b on gs.held_on between b.df and b.dt
      cross join lateral (values ('usefulness', se.usefulness), ('impartiality', se.impartiality)) sc(k, v)
      where se.service_id = ${serviceId} group by 1, 2, 3
    ) t group by t.p, t.k
    union all
    ${protectedCount(
      "monitoring",
      sql`select b.p, case when mn.kind = 'POOR_PRACTICE' then coalesce(mn.category::text, 'OTHER') else 'POSITIVE_OUTCOME' end as k,
          ${P.monthOfDate(sql`mn.month`)} as mo, count(*)::int as n, sum(${P.key("mn")})::bigint as ks
        from monitoring_notes mn join b on mn.month between date_trunc('month', b.df)::date and b.dt where mn.service_id = ${serviceId} group by 1, 2, 3`,
    )}
    union all
    -- The longest daily list is one day's count, not a set of records: its key is taken from its value.
    select 'deficit', b.p, 'peakWaiting', count(w.waiting)::int, max(w.waiting)::float8, 0::bigint,
      coalesce(${P.perturb(sql`max(w.waiting)`, sql`max(w.waiting) * 131`)}, 0)::int, null from b
      left join waiting_list_snapshots w on w.service_id = ${serviceId} and w.taken_on between b.df and b.dt
      group by b.p
    union all
    ${protectedCount(
      "evaluations",
      sql`select b.p, case when ei.returned then 'RETURNED' else 'NOT_RETURNED' end as k, ei.closure_month as mo, count(*)::int as n,
          sum(${P.key("ei")})::bigint as ks
        from evaluation_invitations ei join b on ei.closure_month between date_trunc('month', b.df)::date and b.dt
        where ei.service_id = ${serviceId} group by 1, 2, 3`,
    )}
    union all
    select 'evaluationScore', t.p, t.k, sum(t.n)::int, (sum(t.total) / sum(t.n))::float8, sum(t.ks)::bigint,
      sum(${P.perturb(sql`t.n`, sql`t.ks`)})::int, null from (
      select b.p, ans.key as k, er.batch_month as mo, count(*)::int as n, sum((ans.value #>> '{}')::float8) as total,
        sum(${P.key("er")})::bigint as ks
      from evaluation_responses er join b on er.batch_month between date_trunc('month', b.df)::date and b.dt
      cross join lateral jsonb_each(er.answers) ans
      where er.service_id = ${serviceId} and jsonb_typeof(ans.value) = 'number' and ans.key ~ ${EVALUATION_KEY_PATTERN}
      group by 1, 2, 3
    ) t group by t.p, t.k`,
    },
    {
      // Cases closed and their medians (decision 042), apart from the caseload below: the two statements
      // run side by side (decision 064; cases opened and meetings come from the rollups, decision 050).
      sources: ["cases", "case_reopenings", "case_level_changes"],
      statement: sql`
    with ${periods},
    -- Every closure in the period (decision 042): a case's current one, and any it had before a reopening
    -- (case_reopenings keeps it), at the level the case had then; its days count from the case's opening.
    closed as materialized (
      select b.p, c.level::text as k, ${P.month(sql`c.closed_at`)} as mo, ${P.key("c")} as rk,
        date_part('epoch', c.closed_at - c.opened_at) / 86400.0 as days
      from b join cases c on c.service_id = ${serviceId} and c.closed_at >= b.s and c.closed_at < b.e
      union all
      select b.p, ${levelAtSql(sql`c`, sql`cr.previous_closed_at`)}::text, ${P.month(sql`cr.previous_closed_at`)}, ${P.key("cr")},
        date_part('epoch', cr.previous_closed_at - c.opened_at) / 86400.0
      from b join case_reopenings cr on cr.service_id = ${serviceId} and cr.previous_closed_at >= b.s and cr.previous_closed_at < b.e
        join cases c on c.id = cr.case_id
    )
    ${
      protect
        ? sql`select 'casesClosed'::text as m, a.p, a.k, a.n, a.x, m.ks, m.pn, null::float8 as px from (${closedMedians}) a
      join (select p, k, sum(ks)::bigint as ks, sum(${P.perturb(sql`n`, sql`ks`)})::int as pn
        from (select p, k, mo, count(*)::int as n, sum(rk)::bigint as ks from closed group by 1, 2, 3) cm group by 1, 2) m on m.p = a.p and m.k = a.k`
        : // Exact figures have no keys and no protected counts (both 0): one pass, no grouping by month.
          sql`select 'casesClosed'::text as m, a.p, a.k, a.n, a.x, 0::bigint as ks, 0::int as pn, null::float8 as px from (${closedMedians}) a`
    }`,
    },
    {
      // The caseload: cases open at the end, reopened, level changes, and hearings of cases.
      sources: ["cases", "case_reopenings", "case_level_changes", "key_dates"],
      statement: sql`
    with ${periods},
    -- Open now (read once for both periods, p null), or closed since the period's cut (p) (decision 050).
    open_candidates as materialized (
      select null::text as p, c.id, ${P.key("c")} as stats_key, c.level, c.opened_at from cases c
        where c.service_id = ${serviceId} and c.closed_at is null and c.opened_at < (select max(cut) from b)
      union all
      select b.p, c.id, c.stats_key, c.level, c.opened_at from b cross join lateral (
        select c.id, ${P.key("c")} as stats_key, c.level, c.opened_at from cases c where c.service_id = ${serviceId} and c.closed_at >= b.cut and c.opened_at < b.cut
        offset 0 -- an index scan per period
      ) c
    )
    -- Open at the cut: still open now, or closed since the cut (both bounded by the live caseload and the period).
    ${protectedCount(
      "casesOpenAtEnd",
      sql`select x.p, x.level::text as k, count(*)::int as n, sum(${P.key("x")})::bigint as ks from (
        select b.p, c.level, c.id, c.stats_key, b.cut from b join open_candidates c on (c.p is null or c.p = b.p) and c.opened_at < b.cut
      ) x
      -- Closed at the cut and reopened since: not open then (decision 042).
      where not exists (select 1 from case_reopenings cr where cr.case_id = x.id and cr.previous_closed_at < x.cut and cr.reopened_at >= x.cut)
      group by 1, 2`,
    )}
    union all
    ${protectedCount(
      "casesReopened",
      sql`select b.p, 'all' as k, ${P.month(sql`cr.reopened_at`)} as mo, count(*)::int as n, sum(${P.key("cr")})::bigint as ks
        from case_reopenings cr join b on cr.reopened_at >= b.s and cr.reopened_at < b.e where cr.service_id = ${serviceId} group by 1, 2, 3`,
    )}
    union all
    ${protectedCount(
      "levelChanges",
      sql`select b.p, case when lc.to_level > lc.from_level then 'ESCALATED' else 'DE_ESCALATED' end as k, ${P.month(sql`lc.changed_at`)} as mo,
          count(*)::int as n, sum(${P.key("lc")})::bigint as ks
        from case_level_changes lc join b on lc.changed_at >= b.s and lc.changed_at < b.e where lc.service_id = ${serviceId} group by 1, 2, 3`,
    )}
    union all
    ${protectedCount(
      "hearings",
      sql`select b.p, kd.kind::text as k, ${P.monthOfDate(sql`kd.on`)} as mo, count(*)::int as n, sum(${P.key("kd")})::bigint as ks
        from key_dates kd join b on kd.on between b.df and b.dt
        where kd.service_id = ${serviceId} and kd.kind::text in (${hearingKinds}) and kd.derived_from_id is null and kd.voided_at is null
          and exists (select 1 from cases c2 where c2.referral_id = kd.referral_id)
        group by 1, 2, 3`,
    )}`,
    },
  ];
  // Every time a figure compares with the clock (the cut, response deadlines), at or after `asOf`: a
  // record received, opened or settled at `asOf` itself counts at any cut a moment later.
  // A referral matters only when received before a period's end (as `referralsRead` says): a deadline
  // is counted late in the period its referral was received in.
  const receivedInTime = sql`r.received_at < ${latestEnd.toISOString()}::timestamptz`;
  // Each table under an alias of its own (a test reads which columns of cases the statements use).
  const later = (column: SQL, from: SQL, alias: SQL, where: SQL = sql`true`) =>
    sql`(select min(${column}) from ${from} where ${alias}.service_id = ${serviceId} and ${where} and ${column} >= ${now})`;
  parts.push({
    sources: [referralsRead, "cases", "case_reopenings"],
    statement: sql`
    select 'horizon'::text as m, 'cur'::text as p, ''::text as k, 0::int as n, null::float8 as x, 0::bigint as ks, 0::int as pn,
      (extract(epoch from least(
        ${later(sql`r.response_deadline_at`, sql`referrals r`, sql`r`, sql`r.first_responded_at is null and ${receivedInTime}`)},
        ${later(sql`r.received_at`, sql`referrals r`, sql`r`, receivedInTime)},
        ${later(sql`coalesce(r.triaged_at, r.updated_at)`, sql`referrals r`, sql`r`, sql`r.status in (${settled}) and ${receivedInTime}`)},
        ${later(sql`c.opened_at`, sql`cases c`, sql`c`)},
        ${later(sql`c.closed_at`, sql`cases c`, sql`c`)},
        ${later(sql`cr.previous_closed_at`, sql`case_reopenings cr`, sql`cr`)},
        ${later(sql`cr.reopened_at`, sql`case_reopenings cr`, sql`cr`)}
      )) * 1000)::float8 as px`,
  });
  return parts.map(({ sources, statement, additive }) => ({
    sources,
    additive,
    // Each statement also reports the versions of its sources its snapshot saw (a change and its versions
    // commit together): a range's is the highest of its months' (statistics.sources.ts).
    statement: sql`${statement}
    union all
    select 'version'::text, 'cur'::text, s.source, 0::int, coalesce(sv.version, 0)::float8, 0::bigint, 0::int, null::float8
      from (values ${sql.join(
        sources.map((source) => {
          const [lo, hi] = sourceRange(source);
          return sql`(${source}::text, ${lo}::text, ${hi}::text)`;
        }),
        sql`, `,
      )}) s(source, lo, hi) cross join lateral (
        select max(sv.version) as version from stats_source_versions sv where sv.service_id = ${serviceId} and sv.source between s.lo and s.hi
      ) sv`,
  }));
}

/**
 * Runs the statements of `statisticsParts` (all, or those `only` lists), sent together, each on a
 * connection of its own where the pool has them. Every part comes back with the versions its snapshot
 * saw of the tables it reads; the horizon part (the last) also gives `validUntil`.
 */
export async function selectVersionedAggregates(
  q: Queryable,
  opts: AggregateOptions,
  only?: readonly number[],
): Promise<VersionedAggregates> {
  const all = statisticsParts(opts);
  const wanted = only ?? all.map((_, i) => i);
  const results = await Promise.all(wanted.map((i) => aggregateRows(q, all[i]!.statement)));
  const parts: (ComputedPart | undefined)[] = all.map(() => undefined);
  let validUntil: number | undefined;
  wanted.forEach((i, n) => {
    const part: ComputedPart = { rows: [], versions: {}, additive: all[i]!.additive };
    for (const r of results[n]!) {
      if (r.m === "version") part.versions[r.k] = r.x ?? 0;
      else if (r.m === "horizon") validUntil = r.px ?? Infinity;
      else part.rows.push(r);
    }
    parts[i] = part;
  });
  return { parts, validUntil };
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
      select rd.p, d.metric, d.key, d.n, d.x, d.ks, 0 as pn, null::float8 as px from rd join stats_national_daily d on d.day >= rd.lo and d.day < rd.hi
      union all
      select rm.p, mo.metric, mo.key, mo.n, mo.x, mo.ks, mo.p, mo.px from rm join stats_national_monthly mo on mo.month >= rm.lo and mo.month < rm.hi
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
    select metric as m, p, key as k, sum(n)::int as n, sum(x)::float8 as x, sum(ks)::bigint as ks, sum(pn)::int as pn, sum(px)::float8 as px
      from roll group by 1, 2, 3 having sum(n) <> 0
    union all
    select 'contributing', p, case metric when 'channel' then 'referrals' else 'activities' end, n, null, 0::bigint, 0, null from contributing
    union all
    select 'deployment', 'cur', 'suppressionK', count(*)::int, max(suppression_k)::float8, 0::bigint, 0, null from real_services`;
  return aggregateRows(q, statement);
}
