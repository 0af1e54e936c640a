import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";
import { referrals } from "../referral/referral.table.js";
import { staff } from "../staff/staff.table.js";
import { statsKeyColumn } from "../db/sql.js";

export const safeguardingConcerns = pgTable(
  "safeguarding_concerns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The record's key for protected statistics (decision 028), stored (decision 066). */
    statsKey: statsKeyColumn(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    referralId: uuid("referral_id")
      .notNull()
      .references(() => referrals.id),
    raisedById: uuid("raised_by_id")
      .notNull()
      .references(() => staff.id),
    raisedAt: timestamp("raised_at", { withTimezone: true }).notNull(),
    summary: text("summary"),
    acknowledgedById: uuid("acknowledged_by_id").references(() => staff.id),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    outcome: text("outcome"),
  },
  (t) => [index("safeguarding_service_idx").on(t.serviceId, t.acknowledgedAt), index("safeguarding_stats_idx").on(t.serviceId, t.raisedAt)],
);
