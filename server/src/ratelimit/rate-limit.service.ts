import { createHash } from "node:crypto";
import { and, count, eq, gt } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { theRow } from "../db/rows.js";
import { rateLimitEvents } from "./rate-limit.table.js";
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
