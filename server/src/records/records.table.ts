import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";
import { staff } from "../staff/staff.table.js";

/**
 * Corrections with history (issue 19): one row per field changed, with the value before and after,
 * who, when and why. The values are personal data: erasure nulls them with the record they belong
 * to, and subject access exports them.
 */
export const recordCorrections = pgTable(
  "record_corrections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    /** "person", "child", "referral", "activity", "key_date", "consent". */
    entityType: text("entity_type").notNull(),
    entityId: uuid("entity_id").notNull(),
    /** The person the record belongs to, so the family record, erasure and subject access find it. */
    personId: uuid("person_id"),
    field: text("field").notNull(),
    previousValue: jsonb("previous_value"),
    newValue: jsonb("new_value"),
    reason: text("reason"),
    changedById: uuid("changed_by_id")
      .notNull()
      .references(() => staff.id),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("record_corrections_entity_idx").on(t.entityType, t.entityId), index("record_corrections_person_idx").on(t.personId)],
);
