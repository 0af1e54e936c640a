import { date, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";
import { staff } from "../staff/staff.table.js";
import { COMPLAINT_OUTCOME, FEEDBACK_KIND } from "../core/vocabulary.js";
import { statsKeyColumn } from "../db/sql.js";

export const feedbackKind = pgEnum("feedback_kind", FEEDBACK_KIND.values);
export const complaintOutcome = pgEnum("complaint_outcome", COMPLAINT_OUTCOME.values);

export const complaints = pgTable(
  "complaints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The record's key for protected statistics (decision 028), stored (decision 066). */
    statsKey: statsKeyColumn(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    kind: feedbackKind("kind").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
    fromWhom: text("from_whom"),
    what: text("what"),
    measuresTaken: text("measures_taken"),
    outcome: complaintOutcome("outcome").notNull().default("OPEN"),
    escalatedTo: text("escalated_to"),
    responseDueOn: date("response_due_on"),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    loggedById: uuid("logged_by_id")
      .notNull()
      .references(() => staff.id),
  },
  (t) => [index("complaints_service_idx").on(t.serviceId, t.receivedAt)],
);
