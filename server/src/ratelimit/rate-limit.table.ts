import { bigserial, boolean, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

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

/**
 * Attempt counters reserved atomically before the work they limit (decision 024): one row per
 * `bucket` and `key` (a hash), counting the attempts of the window that began at `windowStart`. The
 * sign-in limits live here; bucket "login-known" marks an address an account signed in from
 * (`windowStart` is the last time).
 */
export const rateLimitCounters = pgTable(
  "rate_limit_counters",
  {
    bucket: text("bucket").notNull(),
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    attempts: integer("attempts").notNull(),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.key] })],
);
