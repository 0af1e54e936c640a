import { date, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";
import { CONTACT_METHOD, DIAGNOSIS_STATUS, PERSON_ROLE, PRIMARY_NEED, type AccessibilityNeed } from "../core/vocabulary.js";

export const personRole = pgEnum("person_role", PERSON_ROLE.values);
export const contactMethod = pgEnum("contact_method", CONTACT_METHOD.values);

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
    /** A duplicate merged into another record (issue 19): its referrals now point there; kept for audit. */
    mergedIntoId: uuid("merged_into_id"),
    mergedAt: timestamp("merged_at", { withTimezone: true }),
  },
  (t) => [index("people_service_idx").on(t.serviceId)],
);

export const diagnosisStatus = pgEnum("diagnosis_status", DIAGNOSIS_STATUS.values);
export const primaryNeed = pgEnum("primary_need", PRIMARY_NEED.values);

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

/**
 * Every distinct lower-cased word of a parent's, young person's or child's name, for records search
 * (decision 053): small enough that its trigram index finds the words like a typed word in a
 * millisecond, where the names' own trigram indexes took ~50 ms at 1M people. Written only by the
 * database: triggers on `people` and `children` add a name's new words and drop words no name uses
 * any more (so erasure leaves none behind); see migration 0029.
 */
export const nameWords = pgTable("name_words", {
  word: text("word").primaryKey(),
});
