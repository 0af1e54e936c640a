import { date, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";

export const personRole = pgEnum("person_role", ["PARENT_CARER", "YOUNG_PERSON"]);
export const contactMethod = pgEnum("contact_method", ["PHONE", "EMAIL", "TEXT", "LETTER"]);
export const accessibilityNeed = ["LARGE_PRINT", "EASY_READ", "INTERPRETER", "BSL"] as const;
export type AccessibilityNeed = (typeof accessibilityNeed)[number];

/**
 * A parent/carer or young person the service works with. Every text column here is personal
 * data: erasure nulls them and stamps `erased_at`.
 */
export const people = pgTable(
  "people",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    role: personRole("role").notNull(),
    fullName: text("full_name"),
    email: text("email"),
    phone: text("phone"),
    address: text("address"),
    postcode: text("postcode"),
    preferredContact: contactMethod("preferred_contact"),
    accessibilityNeeds: jsonb("accessibility_needs").$type<AccessibilityNeed[]>().notNull().default([]),
    interpreterLanguage: text("interpreter_language"),
    ethnicity: text("ethnicity"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    erasedAt: timestamp("erased_at", { withTimezone: true }),
  },
  (t) => [index("people_service_idx").on(t.serviceId)],
);

export const diagnosisStatus = pgEnum("diagnosis_status", ["NONE", "BEING_ASSESSED", "DIAGNOSED"]);
export const primaryNeed = pgEnum("primary_need", [
  "COMMUNICATION_INTERACTION",
  "COGNITION_LEARNING",
  "SOCIAL_EMOTIONAL_MENTAL_HEALTH",
  "SENSORY_PHYSICAL",
  "NOT_KNOWN",
]);

/** The child or young person (0–25) a referral is about. */
export const children = pgTable(
  "children",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    fullName: text("full_name"),
    dateOfBirth: date("date_of_birth"),
    educationSetting: text("education_setting"),
    needsOverview: text("needs_overview"),
    diagnosisStatus: diagnosisStatus("diagnosis_status").notNull().default("NONE"),
    primaryNeed: primaryNeed("primary_need").notNull().default("NOT_KNOWN"),
    ethnicity: text("ethnicity"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    erasedAt: timestamp("erased_at", { withTimezone: true }),
  },
  (t) => [index("children_service_idx").on(t.serviceId)],
);
