/*
 * The names of what a statistics statement reads, for its versions (decisions 059, 060, 063).
 *
 * A change is noted against a source: a table's name, a month of a rollup table (`stats_daily:2026-11`,
 * the local month of the rows it touched, migration 0035), or a month of referrals received
 * (`referrals:2026-11`, UTC, of the old and new rows, migration 0037). A statement names the sources it
 * reads; a range `referrals:..2026-11` names every month of referrals up to and including that one,
 * and its version is the highest of theirs: one service's versions follow its commits (migration 0037),
 * so a change to any month in the range raises it.
 */

/** The version source of one month of a rollup table: a write today leaves earlier months' figures kept. */
export const rollupSource = (table: "stats_daily" | "stats_monthly", day: string) => `${table}:${day.slice(0, 7)}`;

const utcMonth = (at: Date) => at.toISOString().slice(0, 7);

/** The version source of the referrals received in the UTC month of `at`, as the referrals' triggers note a change. */
export const referralMonthSource = (at: Date) => `referrals:${utcMonth(at)}`;

/**
 * Every month of referrals received before `end`: a statement whose figures count only referrals
 * received before its periods end (the response clock's) is kept while referrals received later come in.
 */
export const referralsReceivedBefore = (end: Date) => `referrals:..${utcMonth(new Date(end.getTime() - 1))}`;

/**
 * The start of the UTC month of referrals received last before `end` (that of `referralsReceivedBefore(end)`'s
 * last month): a statement split there reads the months before it as `referralsReceivedBefore` of it, and
 * that month alone as `referralMonthSource` of it.
 */
export const latestMonthStart = (end: Date) => new Date(`${utcMonth(new Date(end.getTime() - 1))}-01T00:00:00.000Z`);

/** The sources a source stands for, as a closed range of names `[lo, hi]` (a source alone: `lo = hi`). */
export function sourceRange(source: string): [string, string] {
  const at = source.indexOf(":..");
  if (at < 0) return [source, source];
  const table = source.slice(0, at);
  return [`${table}:`, `${table}:${source.slice(at + 3)}`];
}

/** A source's version in a service's versions: the highest of those its range holds (0: none changed). */
export function versionOf(versions: ReadonlyMap<string, number>, source: string): number {
  const [lo, hi] = sourceRange(source);
  if (lo === hi) return versions.get(source) ?? 0;
  let version = 0;
  for (const [name, v] of versions) if (name >= lo && name <= hi && v > version) version = v;
  return version;
}
