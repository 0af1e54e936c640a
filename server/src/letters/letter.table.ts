import { boolean, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";
import { staff } from "../staff/staff.table.js";

/** A service's own wording for a letter kind (decision 039); without a row the default wording applies. */
export const letterTemplates = pgTable(
  "letter_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    kind: text("kind").notNull(),
    easyRead: boolean("easy_read").notNull(),
    body: text("body").notNull(),
    updatedById: uuid("updated_by_id")
      .notNull()
      .references(() => staff.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("letter_templates_kind_key").on(t.serviceId, t.kind, t.easyRead)],
);
