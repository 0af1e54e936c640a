import { createHash } from "node:crypto";
import { and, count, eq, gt, sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { executeRows, theRow } from "../db/rows.js";
import { rateLimitCounters, rateLimitEvents } from "./rate-limit.table.js";
import { DomainError, ErrorCode } from "../core/errors.js";
import type { Limit } from "./rate-limit.rules.js";

export const rateLimitKey = (raw: string) => createHash("sha256").update(raw.trim().toLowerCase()).digest("hex");

/**
 * Refuse with RATE_LIMITED when `key` already used up `limit` within its window. Counted in the
 * database so every instance shares the budget (an in-memory limiter would give N instances N×).
 */
export async function assertWithinLimit(opts: { db: Queryable; limit: Limit; key: string; now: Date }) {
  const { used } = theRow(
    await opts.db
      .select({ used: count() })
      .from(rateLimitEvents)
      .where(
        and(
          eq(rateLimitEvents.bucket, opts.limit.bucket),
          eq(rateLimitEvents.key, opts.key),
          eq(rateLimitEvents.counts, true),
          gt(rateLimitEvents.at, new Date(opts.now.getTime() - opts.limit.windowMs)),
        ),
      ),
    "a count",
  );
  if (used >= opts.limit.max) throw new DomainError(ErrorCode.RATE_LIMITED, opts.limit.message);
}

export async function recordAttempt(opts: { db: Queryable; limit: Limit; key: string; now: Date; counts: boolean }) {
  await opts.db.insert(rateLimitEvents).values({ bucket: opts.limit.bucket, key: opts.key, at: opts.now, counts: opts.counts });
}

/**
 * Reserve one attempt of `limit` for `key` in ONE statement, before the work it limits (decision 024):
 * the row lock of `insert … on conflict do update` makes concurrent reservations queue, so however many
 * arrive at once, at most `limit.max` are granted per window. Answers whether this one was.
 */
export async function reserveAttempt(opts: { db: Queryable; limit: Limit; key: string; now: Date }): Promise<boolean> {
  const windowOpenedAfter = new Date(opts.now.getTime() - opts.limit.windowMs).toISOString();
  const now = opts.now.toISOString();
  const rows = await executeRows<{ attempts: number }>(
    opts.db,
    sql`insert into rate_limit_counters as c (bucket, key, window_start, attempts)
      values (${opts.limit.bucket}, ${opts.key}, ${now}::timestamptz, 1)
      on conflict (bucket, key) do update set
        window_start = case when c.window_start <= ${windowOpenedAfter}::timestamptz then excluded.window_start else c.window_start end,
        attempts = case when c.window_start <= ${windowOpenedAfter}::timestamptz then 1 else c.attempts + 1 end
      where c.window_start <= ${windowOpenedAfter}::timestamptz or c.attempts < ${opts.limit.max}
      returning attempts`,
  );
  return rows.length > 0;
}

/** Give back a reservation that turned out not to count (the attempt succeeded, or a later limit refused it). */
export async function releaseAttempt(opts: { db: Queryable; limit: Limit; key: string }) {
  await opts.db
    .update(rateLimitCounters)
    .set({ attempts: sql`greatest(${rateLimitCounters.attempts} - 1, 0)` })
    .where(and(eq(rateLimitCounters.bucket, opts.limit.bucket), eq(rateLimitCounters.key, opts.key)));
}

/** Start `key`'s count afresh (a successful sign-in clears the failures before it). */
export async function resetAttempts(opts: { db: Queryable; limit: Limit; key: string }) {
  await opts.db
    .update(rateLimitCounters)
    .set({ attempts: 0 })
    .where(and(eq(rateLimitCounters.bucket, opts.limit.bucket), eq(rateLimitCounters.key, opts.key)));
}

/** Mark `key` (an account and address) as seen at `now`. */
export async function markKnown(opts: { db: Queryable; bucket: string; key: string; now: Date }) {
  await opts.db
    .insert(rateLimitCounters)
    .values({ bucket: opts.bucket, key: opts.key, windowStart: opts.now, attempts: 0 })
    .onConflictDoUpdate({ target: [rateLimitCounters.bucket, rateLimitCounters.key], set: { windowStart: opts.now } });
}

/** Whether `key` was marked at or after `since`. */
export async function isKnown(opts: { db: Queryable; bucket: string; key: string; since: Date }): Promise<boolean> {
  const rows = await opts.db
    .select({ at: rateLimitCounters.windowStart })
    .from(rateLimitCounters)
    .where(
      and(eq(rateLimitCounters.bucket, opts.bucket), eq(rateLimitCounters.key, opts.key), gt(rateLimitCounters.windowStart, opts.since)),
    );
  return rows.length > 0;
}
