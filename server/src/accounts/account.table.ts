import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";
import { staff } from "../staff/staff.table.js";

/**
 * One-time links to set a password: for a new account, or after an administrator resets one. Only a
 * SHA-256 of the token is stored; the administrator passes the link on and never sees a password.
 */
export const passwordLinks = pgTable(
  "password_links",
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
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** When it was used, or replaced by a newer link: either way it no longer works. */
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("password_links_staff_idx").on(t.staffId)],
);
