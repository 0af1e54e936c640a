import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";
import { staff } from "../staff/staff.table.js";
import { OVERDUE_KIND } from "../core/vocabulary.js";

export const overdueKind = pgEnum("overdue_kind", OVERDUE_KIND.values);

/** An overdue item: the unique key makes raising idempotent across instances. */
export const overdueItems = pgTable(
  "overdue_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    kind: overdueKind("kind").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    assigneeStaffId: uuid("assignee_staff_id").references(() => staff.id),
    /** The referral the item concerns, if any, for linking from the dashboard. */
    referralId: uuid("referral_id"),
    /** What is due, in words: references and staff names only, never a family's details. */
    label: text("label").notNull().default(""),
    raisedAt: timestamp("raised_at", { withTimezone: true }).notNull(),
    clearedAt: timestamp("cleared_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("overdue_items_key").on(t.kind, t.subjectId, t.dueAt), index("overdue_items_open_idx").on(t.serviceId, t.clearedAt)],
);
