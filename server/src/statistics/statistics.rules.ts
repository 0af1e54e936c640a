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

/**
 * Small-number suppression.
 *
 * Rules, in order:
 * 1. Primary: any count from 1 to k−1 is hidden.
 * 2. A total from 1 to k−1 is hidden, and with it every cell of its breakdown, zeros included
 *    (each cell is then at most the hidden total, so showing any of them would narrow it).
 * 3. Secondary, while the total is shown: hiding must leave every hidden cell with more than one
 *    possible value given the total and the visible cells. One hidden cell alone is always
 *    recoverable (total − visible), so a second is hidden; and when the hidden cells could only
 *    all be 1 or all be k−1 (hidden sum m or m·(k−1)), another is hidden. The next cell hidden is a zero if there is one
 *    (least information lost), otherwise the smallest visible count. Zeros may therefore be hidden
 *    anywhere: readers must take a hidden cell as "0 to any number", which is what keeps it safe.
 * 4. If every cell is hidden and that still pins a value, the total is hidden too. Breakdowns of
 *    the same population share one total, so the caller hides it in all of them (`hideTotal`).
 *
 * Every hidden cell shows the same marker, whichever rule hid it: telling primary from secondary
 * cells apart would let a reader rule out values (see the property test).
 */

/** k below 3 would reveal every hidden value (with k = 2 a hidden count can only be 1). */
export const MIN_K = 3;
/** Shown for every suppressed figure. */
export const SUPPRESSED_MARK = "[c]";

export const effectiveK = (k: number) => Math.max(MIN_K, Math.floor(k));

export interface Cell {
  value: number;
  suppressed: boolean;
}

export interface SuppressedBreakdown {
  cells: Cell[];
  total: Cell;
  /** True when rule 4 hid the total: the caller must hide the shared total everywhere. */
  totalHiddenForSafety: boolean;
}

const isSmall = (v: number, k: number) => v >= 1 && v < k;

/**
 * Would the hidden cells (true values `hidden`) give any of them away, with the total shown?
 * The hidden cells add up to total − visible. A reader may assume each hidden cell is from 0 or
 * from 1 (no zero hidden), with no upper bound or below k; under each assumption every hidden
 * cell has the range [max(lo, sum − (m−1)·hi), min(hi, sum − (m−1)·lo)]. A range of one value
 * that is some cell's true value gives that cell away.
 */
function revealing(hidden: number[], k: number): boolean {
  const m = hidden.length;
  if (m === 0) return false;
  if (m === 1) return true;
  const sum = hidden.reduce((a, b) => a + b, 0);
  for (const lo of [0, 1]) {
    for (const hi of [k - 1, sum]) {
      const from = Math.max(lo, sum - (m - 1) * hi);
      const to = Math.min(hi, sum - (m - 1) * lo);
      if (from === to && hidden.includes(from)) return true;
    }
  }
  return false;
}

/**
 * Suppress one breakdown: `values` are the counts of its categories (all categories, zeros
 * included, in display order); the total is their sum. `hideTotal` forces the total hidden (the
 * shared total was hidden elsewhere); the cells then need only primary suppression.
 */
export function suppressBreakdown(values: readonly number[], kSetting: number, opts: { hideTotal?: boolean } = {}): SuppressedBreakdown {
  for (const v of values) if (!Number.isInteger(v) || v < 0) throw new Error(`counts must be non-negative integers, got ${v}`);
  const k = effectiveK(kSetting);
  const total = values.reduce((a, b) => a + b, 0);
  const hidden = values.map((v) => isSmall(v, k));

  if (isSmall(total, k)) {
    return {
      cells: values.map((value) => ({ value, suppressed: true })),
      total: { value: total, suppressed: true },
      totalHiddenForSafety: false,
    };
  }
  if (opts.hideTotal) {
    return {
      cells: values.map((value, i) => ({ value, suppressed: hidden[i] === true })),
      total: { value: total, suppressed: true },
      totalHiddenForSafety: false,
    };
  }

  let totalHidden = false;
  const hiddenValues = () => values.filter((_, i) => hidden[i]);
  while (revealing(hiddenValues(), k)) {
    const next = nextToHide(values, hidden);
    if (next === -1) {
      totalHidden = true;
      break;
    }
    hidden[next] = true;
  }
  return {
    cells: values.map((value, i) => ({ value, suppressed: hidden[i] === true })),
    total: { value: total, suppressed: totalHidden },
    totalHiddenForSafety: totalHidden,
  };
}

/** The first visible zero, else the smallest visible count (earliest on a tie); −1 when all are hidden. */
function nextToHide(values: readonly number[], hidden: readonly boolean[]): number {
  let best = -1;
  let smallest = Infinity;
  for (const [i, value] of values.entries()) {
    if (hidden[i]) continue;
    if (value === 0) return i;
    if (value < smallest) [best, smallest] = [i, value];
  }
  return best;
}

/** A single published count (not part of a breakdown): primary suppression only. */
export function suppressCount(value: number, kSetting: number): Cell {
  return { value, suppressed: isSmall(value, effectiveK(kSetting)) };
}

/**
 * Suppress breakdowns that share one total (e.g. every referral breakdown counts the same
 * referrals): if any of them has to hide the total, all of them do.
 */
export function suppressFamily(breakdowns: readonly (readonly number[])[], kSetting: number): SuppressedBreakdown[] {
  const first = breakdowns.map((values) => suppressBreakdown(values, kSetting));
  if (!first.some((b) => b.totalHiddenForSafety)) return first;
  return breakdowns.map((values) => suppressBreakdown(values, kSetting, { hideTotal: true }));
}

/**
 * A share `numerator / denominator`: hidden when the denominator is below k, or when either the
 * numerator or the remainder is a small count (95% of 20 would say "exactly one missed").
 */
export function shareIsSuppressed(numerator: number, denominator: number, kSetting: number): boolean {
  const k = effectiveK(kSetting);
  return denominator < k || isSmall(numerator, k) || isSmall(denominator - numerator, k);
}

/** A median or mean over `n` cases: hidden below k cases. */
export const statisticIsSuppressed = (n: number, kSetting: number) => n < effectiveK(kSetting);
