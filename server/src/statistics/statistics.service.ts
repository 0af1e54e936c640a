import { DateTime } from "luxon";
import { localDate } from "../clock/calendar-date.js";
import type { z } from "zod";
import type { Queryable } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { parseInput } from "../core/input.js";
import { getService } from "../service/service.service.js";
import * as C from "./statistics.catalogue.js";
import { selectAggregates, selectNationalAggregates, type AggregateRow, type PeriodBounds, type PeriodKey } from "./statistics.query.js";
import {
  MIN_K,
  SUPPRESSED_MARK,
  effectiveK,
  shareIsSuppressed,
  statisticIsSuppressed,
  suppressCount,
  suppressFamily,
  type SuppressedBreakdown,
  MIN_CONTRIBUTING_SERVICES,
} from "./statistics.rules.js";
import { periodSchema } from "./statistics.validation.js";
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
} from "./statistics.model.js";

const parsePeriod = (p: z.input<typeof periodSchema>) => parseInput(periodSchema, { from: p.from, to: p.to }, "");

/** The period as asked and the one before it, of the same number of days, in the service's time zone. */
export function periodsOf(from: string, to: string, timeZone: string): { current: PeriodBounds; previous: PeriodBounds } {
  const f = DateTime.fromISO(from, { zone: timeZone }).startOf("day");
  const t = DateTime.fromISO(to, { zone: timeZone }).startOf("day");
  const days = Math.round(t.diff(f, "days").days) + 1;
  const pf = f.minus({ days });
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
  keys(m: string, p: PeriodKey) {
    return [...this.byKey.values()].filter((r) => r.m === m && r.p === p).map((r) => r.k);
  }
}

const cellOf = (key: string, label: string, c: { value: number; suppressed: boolean }): StatCell => ({
  key,
  label,
  value: c.suppressed ? null : c.value,
  suppressed: c.suppressed,
  display: c.suppressed ? SUPPRESSED_MARK : String(c.value),
});

/** The suppressed cell of the breakdown's `i`th category (suppression keeps one cell per category, in order). */
function cellAt(s: SuppressedBreakdown, i: number) {
  const cell = s.cells[i];
  if (!cell) throw new Error(`no suppressed cell for category ${i}`);
  return cell;
}

const breakdownOf = (key: string, title: string, categories: C.Category[], s: SuppressedBreakdown): StatBreakdown => ({
  key,
  title,
  cells: categories.map((cat, i) => cellOf(cat.key, cat.label, cellAt(s, i))),
  total: cellOf("TOTAL", "Total", s.total),
});

const formatNumber = (v: number, unit: string) =>
  unit === "%" ? `${v.toFixed(1)}%` : unit === "score" ? v.toFixed(2) : unit === "hours" || unit === "days" ? v.toFixed(1) : String(v);

const measureOf = (key: string, label: string, unit: string, value: number | null, suppressed: boolean): StatMeasure => {
  const hide = suppressed && value !== null;
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
] as const;

type BreakdownDefinition = (typeof BREAKDOWNS)[number];
type BreakdownField = BreakdownDefinition["field"];

/** The breakdowns of `definitions` for one period, each family (sharing one total) suppressed together. */
function breakdownsOf(a: Aggregates, p: PeriodKey, k: number, definitions: readonly BreakdownDefinition[]) {
  const suppressed = new Map<BreakdownField, SuppressedBreakdown>();
  for (const family of new Set(definitions.map((b) => b.family))) {
    const members = definitions.filter((b) => b.family === family);
    const results = suppressFamily(
      members.map((b) => b.categories.map((cat) => a.n(b.metric, p, cat.key))),
      k,
    );
    members.forEach((b, i) => {
      const result = results[i];
      if (!result) throw new Error(`no suppressed breakdown for ${b.field}`);
      suppressed.set(b.field, result);
    });
  }
  const suppressedOf = (field: BreakdownField) => {
    const result = suppressed.get(field);
    if (!result) throw new Error(`${field} was not computed`);
    return result;
  };
  const breakdowns = Object.fromEntries(
    definitions.map((b) => [b.field, breakdownOf(b.field, b.title, [...b.categories], suppressedOf(b.field))]),
  ) as Record<BreakdownField, StatBreakdown>;
  return { breakdowns, suppressedOf };
}

/** The families the rollups hold (decision 006): what national figures can be made of. */
const ROLLUP_BREAKDOWNS = BREAKDOWNS.filter((b) => b.family === "referrals" || b.family === "activities");

/** Referrals received, the referral breakdowns, activities and hours by kind: the figures kept in the rollups. */
function rollupFigures(a: Aggregates, p: PeriodKey, k: number, definitions: readonly BreakdownDefinition[] = ROLLUP_BREAKDOWNS) {
  const { breakdowns, suppressedOf } = breakdownsOf(a, p, k, definitions);
  // Hours by kind are hidden with the count of the same kind (and the total with the total).
  const activities = suppressedOf("activitiesByKind");
  const minutesOf = (kind: string) => a.x("activities", p, kind) ?? 0;
  const hoursByKind = C.ACTIVITY_KINDS.map((cat, i) =>
    measureOf(cat.key, cat.label, "hours", minutesOf(cat.key) / 60, cellAt(activities, i).suppressed),
  );
  const totalMinutes = C.ACTIVITY_KINDS.reduce((sum, cat) => sum + minutesOf(cat.key), 0);
  return {
    suppressedOf,
    figures: {
      ...breakdowns,
      referralsReceived: { ...breakdowns.referralsByChannel.total, key: "REFERRALS", label: "Referrals received" },
      activityHoursByKind: [...hoursByKind, measureOf("TOTAL", "Total", "hours", totalMinutes / 60, activities.total.suppressed)],
    } satisfies RollupFigureFields,
  };
}

function periodFigures(a: Aggregates, p: PeriodKey, bounds: PeriodBounds, k: number): PeriodStats {
  const { suppressedOf, figures } = rollupFigures(a, p, k, BREAKDOWNS);
  const count = (key: string, label: string, value: number) => cellOf(key, label, suppressCount(value, k));

  const judged = a.n("response", p, "judged");
  const share = (key: string, label: string, numerator: number, denominator: number) =>
    measureOf(key, label, "%", denominator ? (100 * numerator) / denominator : null, shareIsSuppressed(numerator, denominator, k));
  const responded = a.n("response", p, "medianHours");

  const closed = suppressedOf("casesClosedByLevel");
  const evaluation = suppressedOf("evaluations");
  const sent = evaluation.total.value;
  const returned = cellAt(
    evaluation,
    C.EVALUATION_RETURNS.findIndex((c) => c.key === "RETURNED"),
  ).value;
  const peak = a.n("deficit", p, "peakWaiting") ? a.x("deficit", p, "peakWaiting") : null;

  return {
    from: bounds.from,
    to: bounds.to,
    ...figures,
    anonymousEnquiries: count("ANONYMOUS_ENQUIRIES", "Anonymous enquiries", a.n("anonymous", p, "all")),
    responseTimes: [
      share("WITHIN_TARGET", "First response within the target", a.n("response", p, "withinTarget"), judged),
      share("WITHIN_MAXIMUM", "First response within the maximum", a.n("response", p, "withinMaximum"), judged),
      measureOf(
        "MEDIAN_HOURS",
        "Median hours to first response",
        "hours",
        a.x("response", p, "medianHours"),
        statisticIsSuppressed(responded, k),
      ),
    ],
    caseDurationByLevel: C.LEVELS.map((l, i) =>
      measureOf(
        l.key,
        l.label,
        "days",
        a.x("casesClosed", p, l.key),
        statisticIsSuppressed(a.n("casesClosed", p, l.key), k) || cellAt(closed, i).suppressed,
      ),
    ),
    evaluationResponseRate: share("RESPONSE_RATE", "Evaluations returned", returned, sent),
    evaluationScores: a
      .keys("evaluationScore", p)
      .sort()
      .map((key) =>
        measureOf(
          key,
          C.evaluationKeyLabel(key),
          "score",
          a.x("evaluationScore", p, key),
          statisticIsSuppressed(a.n("evaluationScore", p, key), k),
        ),
      ),
    safeguardingConcerns: count("SAFEGUARDING_CONCERNS", "Safeguarding concerns raised", a.n("safeguarding", p, "all")),
    responseMaximumBreached: count(
      "MAXIMUM_BREACHED",
      "Referrals past the response maximum without a response",
      a.n("deficit", p, "maximumBreached"),
    ),
    waitingAtPeriodEnd: count("WAITING_AT_END", "Waiting at the end of the period", a.n("deficit", p, "waitingAtEnd")),
    peakWaitingList:
      peak === null
        ? { key: "PEAK_WAITING", label: "Longest daily waiting list", value: null, suppressed: false, display: "–" }
        : count("PEAK_WAITING", "Longest daily waiting list", peak),
  };
}

interface StatsOptions {
  db: Queryable;
  viewer: Viewer;
  from: string;
  to: string;
  now: Date;
}

/**
 * Steering statistics for the caller's service: the period asked for and the one before it,
 * aggregated in SQL and suppressed here. Callers are managers and steering members (resolver).
 */
export async function getServiceStats(opts: StatsOptions): Promise<ServiceStats & { serviceName: string; timeZone: string }> {
  const period = parsePeriod(opts);
  const service = await getService(opts.db, opts.viewer.serviceId);
  const k = effectiveK(service.suppressionK);
  const { current, previous } = periodsOf(period.from, period.to, service.officeHours.timeZone);
  const rows = await selectAggregates(opts.db, { serviceId: service.id, current, previous, asOf: opts.now });
  const a = new Aggregates(rows);
  return {
    serviceName: service.name,
    timeZone: service.officeHours.timeZone,
    suppressionThreshold: k,
    suppressionMark: SUPPRESSED_MARK,
    current: periodFigures(a, "cur", current, k),
    previous: periodFigures(a, "prev", previous, k),
  };
}

/** The same figures as CSV (breakdown, key, label, this period, previous period). */
export async function getServiceStatsCsv(opts: StatsOptions): Promise<string> {
  return statsToCsv(await getServiceStats(opts));
}

/** The same figures as a printable, self-contained HTML monitoring report. */
export async function getServiceStatsReport(opts: StatsOptions): Promise<string> {
  const stats = await getServiceStats(opts);
  const generatedOn = localDate(opts.now, stats.timeZone);
  return statsToHtml(stats, { serviceName: stats.serviceName, generatedOn });
}

/**
 * The rollup figures (referral breakdowns, activities) summed over every service of the deployment,
 * for the period and the one before it, in one statement over the rollups. Nothing is broken down
 * by service; suppression is serviceStats's, with the highest k any service sets (the same figures
 * for every caller). With fewer than `MIN_CONTRIBUTING_SERVICES` contributing to the period there are
 * no figures, only the state.
 */
export async function getNationalStats(opts: { db: Queryable; from: string; to: string }): Promise<NationalStats> {
  const period = parsePeriod(opts);
  // The rollups are kept in each service's local days: only the dates of the periods are used.
  const { current, previous } = periodsOf(period.from, period.to, "UTC");
  const a = new Aggregates(await selectNationalAggregates(opts.db, { current, previous }));
  const k = effectiveK(a.x("deployment", "cur", "suppressionK") ?? MIN_K);
  const contributing = (p: PeriodKey) => Math.min(a.n("contributing", p, "referrals"), a.n("contributing", p, "activities"));
  const figures = (p: PeriodKey, bounds: PeriodBounds): NationalPeriodStats | null =>
    contributing(p) < MIN_CONTRIBUTING_SERVICES
      ? null
      : { from: bounds.from, to: bounds.to, contributingServices: contributing(p), ...rollupFigures(a, p, k).figures };
  const available = contributing("cur") >= MIN_CONTRIBUTING_SERVICES;
  return {
    available,
    reason: available
      ? null
      : `Figures across all services are given only when at least ${MIN_CONTRIBUTING_SERVICES} services have referrals and activities in the period; ${contributing("cur")} do.`,
    minimumServices: MIN_CONTRIBUTING_SERVICES,
    contributingServices: contributing("cur"),
    suppressionThreshold: k,
    suppressionMark: SUPPRESSED_MARK,
    current: available ? figures("cur", current) : null,
    previous: available ? figures("prev", previous) : null,
  };
}
