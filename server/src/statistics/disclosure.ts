/*
 * Disclosure control for steering and national statistics (decision 028): the cell key method
 * (ONS, Census 2021), applied to each month of each figure. Pure: no database, no GraphQL. The
 * perturbation itself runs in SQL (`stats_perturb`, migration 0011) next to the counting; this is
 * its twin, for tests and for reading the method (a test checks the two agree everywhere).
 *
 * Every counted record has a stable random record key from 0 to 255 (`stats_record_key(id)` in
 * SQL: the first byte of the MD5 of its random id; never shown). A published cell's key is the sum
 * of its records' keys mod 256, so the same set of records always gets the same key and therefore
 * the same figure, and a set that differs by one record gets an unrelated one: differencing two
 * answers yields noise, not people. The perturbation table maps (cell key, true count) to the
 * published count:
 *
 * - 0 stays 0 (a cell with no records has no key).
 * - 1 to k−1 become 0 or k, never anything in between; k with probability count/k, so the figure
 *   is unbiased on average.
 * - k or more move by −2 to +2 (half of them move; mean absolute change 0.66), never below k.
 *
 * A protected figure is the SUM of its months' perturbed counts (periods are whole months): every
 * figure a reader can see, totals and national sums included, is a sum of protected months, so no
 * combination of answers says more than the protected months themselves do (the attack suite).
 * A new figure counts its records per month in SQL with `protectedCount` (statistics.query.ts),
 * which applies `stats_perturb` to each month; the service then picks `disclose(figures, c)`.
 */

import type { StatFigures } from "../core/vocabulary.js";

/** Record keys are 0..255; a cell key is the sum of its records' keys mod this. */
export const CELL_KEY_RANGE = 256;

/** Noise for counts of k or more, and how many of the 256 cell keys get each (the perturbation table's rows). */
export const NOISE_VALUES = [-2, -1, 0, 1, 2] as const;
export const NOISE_WEIGHTS = [20, 44, 128, 44, 20] as const;
/** The most a count of k or more can move either way. */
export const MAX_NOISE = 2;

/**
 * A statistic over a population (share, median, mean) is shown only when the population's
 * published count is at least k², decided on published figures only, so whether it is shown says
 * nothing the counts do not. A published month is at most k times its true count (a true 1 can be
 * shown as k), so a published k² or more means at least k true cases.
 */
export const measureThreshold = (k: number) => k * k;

/** A cell key from a sum of record keys (which may be any non-negative integer, or a string from SQL). */
export const cellKeyOf = (keySum: number | bigint | string) => Number(BigInt(keySum) % BigInt(CELL_KEY_RANGE));

/**
 * Where in the table's row a cell key falls for a count: shifted by the count so that a count
 * differing by one does not get the same noise from the same key.
 */
const positionOf = (cellKey: number, count: number) => (cellKey + Math.imul(count % CELL_KEY_RANGE, 167)) % CELL_KEY_RANGE;

const NOISE_BY_POSITION: readonly number[] = NOISE_VALUES.flatMap((e, i) => Array<number>(NOISE_WEIGHTS[i]!).fill(e));
if (NOISE_BY_POSITION.length !== CELL_KEY_RANGE) throw new Error("the perturbation table's weights must add up to 256");

/** The published count for a true count and its cell key, with threshold k (the perturbation table). */
export function perturb(count: number, cellKey: number, k: number): number {
  if (!Number.isInteger(count) || count < 0) throw new Error(`counts must be non-negative integers, got ${count}`);
  if (count === 0) return 0;
  const position = positionOf(((cellKey % CELL_KEY_RANGE) + CELL_KEY_RANGE) % CELL_KEY_RANGE, count);
  if (count < k) return position < Math.floor((CELL_KEY_RANGE * count) / k) ? k : 0;
  return Math.max(k, count + NOISE_BY_POSITION[position]!);
}

/** The true counts a published count can come from (what an attacker who knows this table can infer). */
export function possibleCounts(published: number, k: number): { min: number; max: number } {
  if (published === 0) return { min: 0, max: k - 1 };
  if (published === k) return { min: 1, max: k + MAX_NOISE };
  return { min: Math.max(k, published - MAX_NOISE), max: published + MAX_NOISE };
}

/**
 * A month's hours of one kind of activity (twin of SQL `stats_perturb_hours`): 0 beside a
 * published count below k, otherwise whole hours moved by up to ±MAX_NOISE from a second position
 * of the cell key.
 */
export function perturbHours(minutes: number | null, cellKey: number, published: number, k: number): number {
  if (published < k || minutes === null) return 0;
  const h = Math.floor(minutes / 60 + 0.5);
  const start = (((((cellKey % CELL_KEY_RANGE) + CELL_KEY_RANGE) % CELL_KEY_RANGE) * 73 + 41) % CELL_KEY_RANGE) as number;
  return Math.max(0, h + NOISE_BY_POSITION[positionOf(start, h + 1)]!);
}

/** One figure: its true count and its protected count (the sum of its months' perturbed counts, from SQL). */
export interface DisclosedCount {
  n: number;
  published: number;
}

/** Which of the two a reader gets: exact figures as they are, protected ones as published. */
export const disclose = (figures: StatFigures, c: DisclosedCount) => (figures === "EXACT" ? c.n : c.published);

/** A statistic over a population: shown, or hidden (`null`) when its published population is too small. */
export function discloseMeasure(figures: StatFigures, value: number | null, publishedPopulation: number, k: number): number | null {
  if (value === null || figures === "EXACT") return value;
  return publishedPopulation >= measureThreshold(k) ? value : null;
}
