import { bigserial, boolean, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Attempts counted for rate limiting, shared by every instance: `bucket` names the limit
 * ("login", "self-referral"), `key` is a hash of the account or client address.
 */
export const rateLimitEvents = pgTable(
  "rate_limit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    bucket: text("bucket").notNull(),
    key: text("key").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    /** Whether this attempt counts against the limit (a successful sign-in does not). */
    counts: boolean("counts").notNull(),
  },
  (t) => [index("rate_limit_events_key_idx").on(t.bucket, t.key, t.at)],
);
