import { createHash } from "node:crypto";
import { and, count, eq, gt } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { theRow } from "../db/rows.js";
import { rateLimitEvents } from "./rate-limit.table.js";
import { DomainError, ErrorCode } from "../core/errors.js";

export interface Limit {
  bucket: string;
  max: number;
  windowMs: number;
  message: string;
}

export const limitsByBucket = {
  /** Per account: ≤ 10 failed sign-ins in 5 minutes. */
  login: { bucket: "login", max: 10, windowMs: 5 * 60_000, message: "Too many sign-in attempts. Try again in a few minutes." },
  /** Per client address: the public form is for families, not scripts. */
  selfReferral: {
    bucket: "self-referral",
    max: 5,
    windowMs: 10 * 60_000,
    message: "We have received several forms from your connection just now. Please wait a few minutes, or call our helpline.",
  },
  /**
   * Per client address: codes that did not work (unknown or already used). A code is 80 random bits
   * (decision 010), so this is defence in depth against scripted guessing; a family mistyping a few times is not stopped,
   * and answers sent with a good code never count (a family centre may help several families).
   */
  evaluation: {
    bucket: "evaluation",
    max: 10,
    windowMs: 10 * 60_000,
    message: "Several codes that did not work have been tried from your connection. Please wait 10 minutes and try again, or phone us.",
  },
} satisfies Record<string, Limit>;

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
