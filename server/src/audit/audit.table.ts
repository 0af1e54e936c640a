import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";

/**
 * Who read or changed which record, and which fields: ids and field names, never values.
 * Append-only: migration 0001 adds a trigger that refuses UPDATE and DELETE.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    actorStaffId: uuid("actor_staff_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: uuid("entity_id"),
    fields: jsonb("fields").$type<string[]>().notNull().default([]),
    correlationId: text("correlation_id"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_events_entity_idx").on(t.serviceId, t.entityType, t.entityId)],
);
