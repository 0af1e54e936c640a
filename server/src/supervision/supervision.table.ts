import { date, index, jsonb, pgEnum, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";
import { staff } from "../staff/staff.table.js";
import { SUPERVISION_KIND, type SupervisionTopic } from "../core/vocabulary.js";

export const supervisionKind = pgEnum("supervision_kind", SUPERVISION_KIND.values);

export const supervisions = pgTable(
  "supervisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    kind: supervisionKind("kind").notNull(),
    supervisorId: uuid("supervisor_id")
      .notNull()
      .references(() => staff.id),
    heldOn: date("held_on").notNull(),
    topics: jsonb("topics").$type<SupervisionTopic[]>().notNull().default([]),
    /** Visible to the supervisee(s), the supervisor and managers only. */
    notes: text("notes"),
  },
  (t) => [index("supervisions_service_idx").on(t.serviceId, t.heldOn)],
);

export const supervisionAttendees = pgTable(
  "supervision_attendees",
  {
    supervisionId: uuid("supervision_id")
      .notNull()
      .references(() => supervisions.id),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
  },
  (t) => [primaryKey({ columns: [t.supervisionId, t.staffId] }), index("supervision_attendees_staff_idx").on(t.staffId)],
);
