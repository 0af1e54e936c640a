import { index, pgTable, text, timestamp, uuid, bigserial, boolean } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";
import { staff } from "../staff/staff.table.js";

/** Opaque session tokens; only a SHA-256 of the token is stored. */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("sessions_staff_idx").on(t.staffId)],
);

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
