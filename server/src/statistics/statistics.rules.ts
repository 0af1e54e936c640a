import { DateTime } from "luxon";

/*
 * The rules of steering statistics [SPEC §3, 001 Monitoring, 004 2.2B10]. Pure: no database, no GraphQL.
 */

/** The longest period one request may cover, in days (two periods are computed: it and the one before). */
export const MAX_PERIOD_DAYS = 3 * 366;
/** Periods start in 2000 or later. */
export const EARLIEST_PERIOD_START = "2000-01-01";

/**
 * National figures are given only when at least this many services contribute to the period, so
 * that no caller can subtract their own service's figures and be left with one other service's
 * (decision 009).
 */
export const MIN_CONTRIBUTING_SERVICES = 5;

/** k below 3 would leave nothing to protect (with k = 2 a small count can only be 1). */
export const MIN_K = 3;
/** Shown for a share, median, mean or amount that is not given (decision 028: based on too few cases). */
export const SUPPRESSED_MARK = "[c]";

export const effectiveK = (k: number) => Math.max(MIN_K, Math.floor(k));

/**
 * Protected figures are given only for whole months that have ended (decision 028): a period must
 * start on the first day of a month and end on the last day of a month before `today`'s month. A
 * period of arbitrary days would let two answers a day apart be differenced down to one day's
 * families; whole months leave only differences that are themselves whole months, each protected.
 */
export function protectedPeriodProblem(from: string, to: string, today: string): { field: "from" | "to"; message: string } | null {
  const f = DateTime.fromISO(from, { zone: "utc" });
  const t = DateTime.fromISO(to, { zone: "utc" });
  if (f.day !== 1)
    return { field: "from", message: "Protected figures are given for whole months: start the period on the first day of a month." };
  if (!t.plus({ days: 1 }).hasSame(t.plus({ months: 1 }).startOf("month"), "day"))
    return { field: "to", message: "Protected figures are given for whole months: end the period on the last day of a month." };
  if (to >= DateTime.fromISO(today, { zone: "utc" }).startOf("month").toISODate()!)
    return {
      field: "to",
      message: "Protected figures are given for months that have ended: end the period on or before the last day of last month.",
    };
  return null;
}

/** Whether a period is whole months (its previous period is then the same number of months before it). */
export const isWholeMonths = (from: string, to: string) => {
  const t = DateTime.fromISO(to, { zone: "utc" });
  return DateTime.fromISO(from, { zone: "utc" }).day === 1 && t.plus({ days: 1 }).day === 1;
};

/** How many months a trend shows at least: the year up to the period's last month (decision 044). */
export const TREND_MONTHS = 12;

/**
 * The months a trend beside a period's figures shows: the twelve months up to the period's last month,
 * or the period's own months when it is longer. Whole months before the period, so protected figures
 * (whole months that have ended) stay so. Dates are local dates (yyyy-mm-dd), inclusive.
 */
export function trendPeriod(period: { from: string; to: string }): { from: string; to: string } {
  const yearBefore = DateTime.fromISO(period.to, { zone: "utc" })
    .startOf("month")
    .minus({ months: TREND_MONTHS - 1 })
    .toISODate()!;
  return { from: period.from < yearBefore ? period.from : yearBefore, to: period.to };
}

/**
 * The calendar months a period touches, each clipped to the period: a trend's points (decision 044).
 * Dates are local dates (yyyy-mm-dd), inclusive.
 */
export function monthsOf(from: string, to: string): { from: string; to: string }[] {
  const months: { from: string; to: string }[] = [];
  let start = DateTime.fromISO(from, { zone: "utc" });
  const last = DateTime.fromISO(to, { zone: "utc" });
  while (start <= last) {
    const end = DateTime.min(start.endOf("month").startOf("day"), last);
    months.push({ from: start.toISODate()!, to: end.toISODate()! });
    start = start.startOf("month").plus({ months: 1 });
  }
  return months;
}
