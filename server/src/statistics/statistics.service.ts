import { DateTime } from "luxon";
import { localDate } from "../clock/calendar-date.js";
import type { z } from "zod";
import type { Queryable } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { parseInput } from "../core/input.js";
import { getService } from "../service/service.service.js";
import * as C from "./statistics.catalogue.js";
import { selectNationalAggregates, type AggregateRow, type PeriodBounds, type PeriodKey } from "./statistics.query.js";
import {
  MIN_K,
  SUPPRESSED_MARK,
  effectiveK,
  MIN_CONTRIBUTING_SERVICES,
  isWholeMonths,
  monthsOf,
  protectedPeriodProblem,
  trendPeriod,
} from "./statistics.rules.js";
import { disclose, discloseMeasure, measureThreshold, MAX_NOISE, type DisclosedCount } from "./disclosure.js";
import { badInput } from "../core/errors.js";
import { can, Permission } from "../core/permissions.js";
import type { StatFigures } from "../core/vocabulary.js";
import { periodSchema } from "./statistics.validation.js";
import { cachedAggregates, currentVersions, type StatisticsVersions } from "./statistics.cache.js";
import { statsToCsv, statsToHtml } from "./statistics.export.js";
import type {
  NationalPeriodStats,
  NationalStats,
  PeriodStats,
  RollupFigureFields,
  ServiceStats,
  StatBreakdown,
  StatCell,
  StatMeasure,
  StatsTrend,
} from "./statistics.model.js";

const parsePeriod = (p: z.input<typeof periodSchema>) => parseInput(periodSchema, { from: p.from, to: p.to }, "");

type Periods = { current: PeriodBounds; previous: PeriodBounds };

/** Answers of `periodsOf` by period and time zone (shared by every caller, so never changed). */
const periodsKept = new Map<string, Readonly<Periods>>();
const PERIODS_KEPT = 512;

/**
 * The period as asked and the one before it, of the same number of days, in the service's time zone.
 * A pure function kept by its arguments: working it out with luxon's time zones took ~0.3 ms, a
 * twelfth of a statistics request answered from kept figures.
 */
export function periodsOf(from: string, to: string, timeZone: string): Readonly<Periods> {
  const key = `${from}|${to}|${timeZone}`;
  let periods = periodsKept.get(key);
  if (!periods) {
    periods = workOutPeriods(from, to, timeZone);
    periodsKept.set(key, periods);
    if (periodsKept.size > PERIODS_KEPT) periodsKept.delete(periodsKept.keys().next().value!);
  }
  return periods;
}

function workOutPeriods(from: string, to: string, timeZone: string): Periods {
  const f = DateTime.fromISO(from, { zone: timeZone }).startOf("day");
  const t = DateTime.fromISO(to, { zone: timeZone }).startOf("day");
  const days = Math.round(t.diff(f, "days").days) + 1;
  const months = Math.round(t.plus({ days: 1 }).diff(f, "months").months);
  // Whole months are compared with the same number of whole months before them (decision 028).
  const pf = isWholeMonths(from, to) ? f.minus({ months }) : f.minus({ days });
  const bounds = (a: DateTime, lastDay: DateTime): PeriodBounds => ({
    start: a.toJSDate(),
    end: lastDay.plus({ days: 1 }).toJSDate(),
    from: a.toISODate()!,
    to: lastDay.toISODate()!,
  });
  return { current: bounds(f, t), previous: bounds(pf, f.minus({ days: 1 })) };
}

/** Counts for one metric and period, by key. */
class Aggregates {
  private readonly byKey = new Map<string, AggregateRow>();
  constructor(rows: AggregateRow[]) {
    for (const r of rows) this.byKey.set(`${r.m}|${r.p}|${r.k}`, r);
  }
  n(m: string, p: PeriodKey, k: string) {
    return this.byKey.get(`${m}|${p}|${k}`)?.n ?? 0;
  }
  x(m: string, p: PeriodKey, k: string) {
    return this.byKey.get(`${m}|${p}|${k}`)?.x ?? null;
  }
  /** The true count and the protected one (the sum of its months' perturbed counts). */
  count(m: string, p: PeriodKey, k: string): DisclosedCount {
    const r = this.byKey.get(`${m}|${p}|${k}`);
    return { n: r?.n ?? 0, published: r?.pn ?? 0 };
  }
  /** Protected hours (activities). */
  px(m: string, p: PeriodKey, k: string) {
    return this.byKey.get(`${m}|${p}|${k}`)?.px ?? 0;
  }
  keys(m: string, p: PeriodKey) {
    return [...this.byKey.values()].filter((r) => r.m === m && r.p === p).map((r) => r.k);
  }
}

const cellOf = (key: string, label: string, value: number): StatCell => ({
  key,
  label,
  value,
  suppressed: false,
  display: String(value),
});

const formatNumber = (v: number, unit: string) =>
  unit === "%" ? `${v.toFixed(1)}%` : unit === "score" ? v.toFixed(2) : unit === "hours" || unit === "days" ? v.toFixed(1) : String(v);

/** A measure: `value` null means no data ("–"); `hidden` means not given (the mark). */
const measureOf = (key: string, label: string, unit: string, value: number | null, hidden = false): StatMeasure => {
  const hide = hidden && value !== null;
  const rounded = value === null ? null : Math.round(value * 100) / 100;
  return {
    key,
    label,
    unit,
    value: hide ? null : rounded,
    suppressed: hide,
    display: hide ? SUPPRESSED_MARK : rounded === null ? "–" : formatNumber(rounded, unit),
  };
};

/** How the figures of one answer are disclosed: exact, or protected with threshold k (decision 028). */
interface Disclosure {
  figures: StatFigures;
  k: number;
}

/** A count as this reader gets it. */
const countOf = (d: Disclosure, c: DisclosedCount) => disclose(d.figures, c);

/** A statistic over a population whose true count is `population`: hidden when its published count is too small. */
function statisticOf(d: Disclosure, key: string, label: string, unit: string, value: number | null, population: DisclosedCount) {
  const shown = discloseMeasure(d.figures, value, countOf(d, population), d.k);
  return measureOf(key, label, unit, value, value !== null && shown === null);
}

/** A share of two counts, each disclosed on its own (protected shares are of published counts). */
function shareOf(d: Disclosure, key: string, label: string, numerator: DisclosedCount, denominator: DisclosedCount) {
  const num = countOf(d, numerator);
  const den = countOf(d, denominator);
  const value = den ? (100 * Math.min(num, den)) / den : null;
  return measureOf(key, label, "%", value, value !== null && discloseMeasure(d.figures, value, den, d.k) === null);
}

/** A total: protected figures add up (each is a sum of protected months). */
const sumCounts = (counts: DisclosedCount[]): DisclosedCount => ({
  n: counts.reduce((sum, c) => sum + c.n, 0),
  published: counts.reduce((sum, c) => sum + c.published, 0),
});

/** Definitions of the breakdowns: metric in the SQL, field name, title, categories, and the population they share. */
const BREAKDOWNS = [
  { family: "referrals", metric: "channel", field: "referralsByChannel", title: "Referrals by channel", categories: C.CHANNELS },
  { family: "referrals", metric: "source", field: "referralsBySource", title: "Referrals by source", categories: C.SOURCES },
  { family: "referrals", metric: "stage", field: "referralsByStage", title: "Referrals by current stage", categories: C.STAGES },
  {
    family: "referrals",
    metric: "howHeard",
    field: "referralsByHowHeard",
    title: "Referrals by how they heard of us",
    categories: C.HOW_HEARD_CATEGORIES,
  },
  {
    family: "referrals",
    metric: "level",
    field: "referralsByLevel",
    title: "Referrals by level of intervention",
    categories: C.REFERRAL_LEVELS,
  },
  {
    family: "referrals",
    metric: "ageBand",
    field: "referralsByAgeBand",
    title: "Referrals by age at referral",
    categories: C.AGE_BAND_CATEGORIES,
  },
  {
    family: "referrals",
    metric: "primaryNeed",
    field: "referralsByPrimaryNeed",
    title: "Referrals by primary need",
    categories: C.PRIMARY_NEEDS,
  },
  { family: "referrals", metric: "ethnicity", field: "referralsByEthnicity", title: "Referrals by ethnicity", categories: C.ETHNIC_GROUPS },
  { family: "casesOpened", metric: "casesOpened", field: "casesOpenedByLevel", title: "Cases opened by level", categories: C.LEVELS },
  { family: "casesClosed", metric: "casesClosed", field: "casesClosedByLevel", title: "Cases closed by level", categories: C.LEVELS },
  {
    family: "casesOpenAtEnd",
    metric: "casesOpenAtEnd",
    field: "casesOpenAtEndByLevel",
    title: "Cases open at the end of the period by level",
    categories: C.LEVELS,
  },
  { family: "activities", metric: "activities", field: "activitiesByKind", title: "Activities by kind", categories: C.ACTIVITY_KINDS },
  { family: "meetings", metric: "meetings", field: "meetingsByStatus", title: "Meetings by outcome", categories: C.MEETING_STATUSES },
  {
    family: "hearings",
    metric: "hearings",
    field: "hearingsSupported",
    title: "Hearings and mediations supported",
    categories: C.HEARING_KINDS,
  },
  { family: "evaluations", metric: "evaluations", field: "evaluations", title: "Evaluations sent", categories: C.EVALUATION_RETURNS },
  { family: "feedback", metric: "feedback", field: "feedback", title: "Complaints, comments and compliments", categories: C.FEEDBACK },
  // Casework part 3 (decision 042).
  {
    family: "casework",
    metric: "levelChanges",
    field: "levelChanges",
    title: "Level changes after allocation",
    categories: C.LEVEL_CHANGES,
  },
  {
    family: "groupwork",
    metric: "sessions",
    field: "sessionsByTopic",
    title: "Information and training sessions by topic",
    categories: C.SESSION_TOPICS,
  },
  { family: "groupwork", metric: "sessionKinds", field: "sessionsByKind", title: "Sessions by kind", categories: C.SESSION_KINDS },
  {
    family: "groupwork",
    metric: "sessionAttendance",
    field: "sessionAttendanceByTopic",
    title: "Attendance at sessions by topic",
    categories: C.SESSION_TOPICS,
  },
  {
    family: "monitoring",
    metric: "monitoring",
    field: "poorPracticeByCategory",
    title: "Poor practice challenged, by kind (anonymised)",
    categories: C.POOR_PRACTICE_CATEGORIES,
  },
] as const;

type BreakdownDefinition = (typeof BREAKDOWNS)[number];
type BreakdownField = BreakdownDefinition["field"];

/** One breakdown: every category's count and the total, which is their sum (protected ones too). */
function breakdownOf(a: Aggregates, p: PeriodKey, d: Disclosure, b: BreakdownDefinition): StatBreakdown {
  const counts = b.categories.map((cat) => a.count(b.metric, p, cat.key));
  return {
    key: b.field,
    title: b.title,
    cells: b.categories.map((cat, i) => cellOf(cat.key, cat.label, countOf(d, counts[i]!))),
    total: cellOf("TOTAL", "Total", countOf(d, sumCounts(counts))),
  };
}

function breakdownsOf(a: Aggregates, p: PeriodKey, d: Disclosure, definitions: readonly BreakdownDefinition[]) {
  return Object.fromEntries(definitions.map((b) => [b.field, breakdownOf(a, p, d, b)])) as Record<BreakdownField, StatBreakdown>;
}

/** The families the rollups hold (decision 006): what national figures can be made of. */
const ROLLUP_BREAKDOWNS = BREAKDOWNS.filter((b) => b.family === "referrals" || b.family === "activities");

/** Referrals received, the referral breakdowns, activities and hours by kind: the figures kept in the rollups. */
function rollupFigures(a: Aggregates, p: PeriodKey, d: Disclosure, definitions: readonly BreakdownDefinition[] = ROLLUP_BREAKDOWNS) {
  const breakdowns = breakdownsOf(a, p, d, definitions);
  // Hours by kind: protected hours are each month's whole hours, 0 beside a published 0, moved a little (SQL).
  const hoursOf = (kind: string) => (d.figures === "EXACT" ? (a.x("activities", p, kind) ?? 0) / 60 : a.px("activities", p, kind));
  const hoursByKind = C.ACTIVITY_KINDS.map((cat) => measureOf(cat.key, cat.label, "hours", hoursOf(cat.key)));
  const totalHours = C.ACTIVITY_KINDS.reduce((sum, cat) => sum + hoursOf(cat.key), 0);
  return {
    ...breakdowns,
    referralsReceived: { ...breakdowns.referralsByChannel.total, key: "REFERRALS", label: "Referrals received" },
    activityHoursByKind: [...hoursByKind, measureOf("TOTAL", "Total", "hours", totalHours)],
  } satisfies RollupFigureFields;
}

function periodFigures(a: Aggregates, p: PeriodKey, bounds: PeriodBounds, d: Disclosure): PeriodStats {
  const figures = rollupFigures(a, p, d, BREAKDOWNS);
  const count = (key: string, label: string, c: DisclosedCount) => cellOf(key, label, countOf(d, c));
  const judged = a.count("response", p, "judged");
  const evaluationCounts = C.EVALUATION_RETURNS.map((c) => a.count("evaluations", p, c.key));
  const peak = a.n("deficit", p, "peakWaiting") ? a.x("deficit", p, "peakWaiting") : null;

  return {
    from: bounds.from,
    to: bounds.to,
    ...figures,
    anonymousEnquiries: count("ANONYMOUS_ENQUIRIES", "Anonymous enquiries", a.count("anonymous", p, "all")),
    responseTimes: [
      shareOf(d, "WITHIN_TARGET", "First response within the target", a.count("response", p, "withinTarget"), judged),
      shareOf(d, "WITHIN_MAXIMUM", "First response within the maximum", a.count("response", p, "withinMaximum"), judged),
      statisticOf(
        d,
        "MEDIAN_HOURS",
        "Median hours to first response",
        "hours",
        a.x("response", p, "medianHours"),
        a.count("response", p, "medianHours"),
      ),
    ],
    caseDurationByLevel: C.LEVELS.map((l) =>
      statisticOf(d, l.key, l.label, "days", a.x("casesClosed", p, l.key), a.count("casesClosed", p, l.key)),
    ),
    evaluationResponseRate: shareOf(
      d,
      "RESPONSE_RATE",
      "Evaluations returned",
      a.count("evaluations", p, "RETURNED"),
      sumCounts(evaluationCounts),
    ),
    evaluationScores: a
      .keys("evaluationScore", p)
      .sort()
      .map((key) =>
        statisticOf(d, key, C.evaluationKeyLabel(key), "score", a.x("evaluationScore", p, key), a.count("evaluationScore", p, key)),
      ),
    safeguardingConcerns: count("SAFEGUARDING_CONCERNS", "Safeguarding concerns raised", a.count("safeguarding", p, "all")),
    casesReopened: count("CASES_REOPENED", "Cases reopened", a.count("casesReopened", p, "all")),
    positiveOutcomes: count("POSITIVE_OUTCOMES", "Positive outcomes recorded", a.count("monitoring", p, "POSITIVE_OUTCOME")),
    sessionEvaluationScores: C.SESSION_SCORES.map((c) =>
      statisticOf(d, c.key, c.label, "score", a.x("sessionScore", p, c.key), a.count("sessionScore", p, c.key)),
    ),
    responseMaximumBreached: count(
      "MAXIMUM_BREACHED",
      "Referrals past the response maximum without a response",
      a.count("deficit", p, "maximumBreached"),
    ),
    waitingAtPeriodEnd: count("WAITING_AT_END", "Waiting at the end of the period", a.count("deficit", p, "waitingAtEnd")),
    peakWaitingList:
      peak === null
        ? { key: "PEAK_WAITING", label: "Longest daily waiting list", value: null, suppressed: false, display: "–" }
        : count("PEAK_WAITING", "Longest daily waiting list", { n: peak, published: a.count("deficit", p, "peakWaiting").published }),
  };
}

/** What a reader needs to know about the figures on screen (every form shows them). */
export function footnotesFor(d: Disclosure): string[] {
  if (d.figures === "EXACT")
    return [
      "Exact figures for your own service, for managers. Do not share them outside the service: steering members and figures across services see protected figures.",
    ];
  return [
    `Protected figures: each month's count from 1 to ${d.k - 1} is shown as 0 or ${d.k}, and other counts may have been moved up or down by up to ${MAX_NOISE}, so that no family can be identified. The same records always give the same figure.`,
    "A figure for several months is the sum of its months' protected figures, and each table's total is the sum of its rows, so every table adds up. Two tables of the same referrals may therefore show slightly different totals.",
    `${SUPPRESSED_MARK}: a percentage, median or mean is shown only when it is based on at least ${measureThreshold(d.k)} cases (as published). Percentages are worked out from the published counts; hours are whole hours per month, moved by up to ${MAX_NOISE}.`,
    "Protected figures are given for whole months that have ended.",
  ];
}

interface StatsOptions {
  db: Queryable;
  viewer: Viewer;
  from: string;
  to: string;
  now: Date;
}

/** A trend's options: `trailingYear` widens the period to the year up to its last month (`trendPeriod`). */
type TrendOptions = StatsOptions & { trailingYear?: boolean };

/** Refuse a period protected figures are not given for (whole months that have ended, decision 028). */
function assertProtectedPeriod(from: string, to: string, today: string) {
  const problem = protectedPeriodProblem(from, to, today);
  if (problem) throw badInput(problem.field, problem.message);
}

/**
 * The period asked for, the caller's service, and how its figures are disclosed to the caller:
 * managers exact; everyone else with `ReadStats` protected, for whole months that have ended.
 */
async function disclosureFor(opts: TrendOptions) {
  const asked = parsePeriod(opts);
  const period = opts.trailingYear ? trendPeriod(asked) : asked;
  // The statistics versions are read beside the service's settings (one round trip less a request).
  const versions: Promise<StatisticsVersions> = currentVersions(opts.db, opts.viewer.serviceId);
  // Awaited later, or never when this request is refused: its failure is the request's only there.
  versions.catch(() => {});
  const service = await getService(opts.db, opts.viewer.serviceId);
  const figures: StatFigures = can(opts.viewer.role, Permission.ReadExactStats) ? "EXACT" : "PROTECTED";
  // The period asked for is checked: a trend's widening adds whole months before it, never a ragged one.
  if (figures === "PROTECTED") assertProtectedPeriod(asked.from, asked.to, localDate(opts.now, service.officeHours.timeZone));
  const d: Disclosure = { figures, k: effectiveK(service.suppressionK) };
  const protection = { protect: figures === "PROTECTED", k: d.k, timeZone: service.officeHours.timeZone };
  return { period, service, figures, d, protection, versions };
}

/**
 * Statistics for the caller's service: the period asked for and the one before it, aggregated in
 * SQL and disclosed here. Managers get exact figures (they can read the records); everyone else
 * with `ReadStats` (steering members) gets protected figures, for whole months that have ended.
 */
export async function getServiceStats(opts: StatsOptions): Promise<ServiceStats & { serviceName: string; timeZone: string }> {
  const { period, service, figures, d, protection, versions } = await disclosureFor(opts);
  const { current, previous } = periodsOf(period.from, period.to, service.officeHours.timeZone);
  const rows = await cachedAggregates(opts.db, { serviceId: service.id, current, previous, asOf: opts.now, protection }, versions);
  const a = new Aggregates(rows);
  return {
    serviceName: service.name,
    timeZone: service.officeHours.timeZone,
    figures,
    footnotes: footnotesFor(d),
    suppressionThreshold: d.k,
    suppressionMark: SUPPRESSED_MARK,
    current: periodFigures(a, "cur", current, d),
    previous: periodFigures(a, "prev", previous, d),
  };
}

/**
 * The caller's service month by month (decision 044): every calendar month the period touches, clipped
 * to it, each with the figures `serviceStats` gives for that month alone, so a chart and the month's
 * own report always agree. Protected figures: whole months that have ended only, each month protected
 * on its own (the months of a longer period add up to its figures). Months are computed two at a time
 * (the statistics statement reads two periods).
 */
export async function getServiceStatsTrend(opts: TrendOptions): Promise<StatsTrend> {
  const { period, service, figures, d, protection, versions } = await disclosureFor(opts);
  const bounds = monthsOf(period.from, period.to).map((m) => periodsOf(m.from, m.to, service.officeHours.timeZone).current);
  const pairs: [PeriodBounds, PeriodBounds | undefined][] = [];
  for (let i = 0; i < bounds.length; i += 2) pairs.push([bounds[i]!, bounds[i + 1]]);
  const months = (
    await Promise.all(
      pairs.map(async ([first, second]) => {
        const rows = await cachedAggregates(
          opts.db,
          {
            serviceId: service.id,
            current: first,
            previous: second ?? first,
            asOf: opts.now,
            protection,
          },
          versions,
        );
        const a = new Aggregates(rows);
        return second ? [periodFigures(a, "cur", first, d), periodFigures(a, "prev", second, d)] : [periodFigures(a, "cur", first, d)];
      }),
    )
  ).flat();
  return { figures, footnotes: footnotesFor(d), suppressionThreshold: d.k, suppressionMark: SUPPRESSED_MARK, months };
}

/** The same figures as CSV (breakdown, key, label, this period, previous period), then the footnotes. */
export async function getServiceStatsCsv(opts: StatsOptions): Promise<string> {
  return statsToCsv(await getServiceStats(opts));
}

/** The same figures as a printable, self-contained HTML monitoring report. */
export async function getServiceStatsReport(opts: StatsOptions): Promise<string> {
  const stats = await getServiceStats(opts);
  const generatedOn = localDate(opts.now, stats.timeZone);
  // Month by month, as the dashboard's charts show them.
  const trend = await getServiceStatsTrend({ ...opts, trailingYear: true });
  return statsToHtml(stats, { serviceName: stats.serviceName, generatedOn, trend: trend.months });
}

/**
 * The rollup figures (referral breakdowns, activities) summed over every service of the deployment,
 * for the period and the one before it, in one statement over the rollups. Nothing is broken down
 * by service; figures are always protected (decision 028), with the highest k any service sets
 * (the same figures for every caller), for whole months that have ended. With fewer than
 * `MIN_CONTRIBUTING_SERVICES` contributing to the period there are no figures, only the state.
 */
export async function getNationalStats(opts: { db: Queryable; from: string; to: string; now: Date }): Promise<NationalStats> {
  const period = parsePeriod(opts);
  assertProtectedPeriod(period.from, period.to, opts.now.toISOString().slice(0, 10));
  // The rollups are kept in each service's local days: only the dates of the periods are used.
  const { current, previous } = periodsOf(period.from, period.to, "UTC");
  const a = new Aggregates(await selectNationalAggregates(opts.db, { current, previous }));
  const d: Disclosure = { figures: "PROTECTED", k: effectiveK(a.x("deployment", "cur", "suppressionK") ?? MIN_K) };
  const contributing = (p: PeriodKey) => Math.min(a.n("contributing", p, "referrals"), a.n("contributing", p, "activities"));
  const figures = (p: PeriodKey, bounds: PeriodBounds): NationalPeriodStats | null =>
    contributing(p) < MIN_CONTRIBUTING_SERVICES
      ? null
      : { from: bounds.from, to: bounds.to, contributingServices: contributing(p), ...rollupFigures(a, p, d) };
  const available = contributing("cur") >= MIN_CONTRIBUTING_SERVICES;
  return {
    available,
    reason: available
      ? null
      : `Figures across all services are given only when at least ${MIN_CONTRIBUTING_SERVICES} services have referrals and activities in the period; ${contributing("cur")} do.`,
    minimumServices: MIN_CONTRIBUTING_SERVICES,
    contributingServices: contributing("cur"),
    figures: d.figures,
    footnotes: footnotesFor(d),
    suppressionThreshold: d.k,
    suppressionMark: SUPPRESSED_MARK,
    current: available ? figures("cur", current) : null,
    previous: available ? figures("prev", previous) : null,
  };
}
