import { sql } from "drizzle-orm";
import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";
import { CONFLICT_KIND, STAFF_ROLE, TRAINING_KIND } from "../core/vocabulary.js";

export const staffRole = pgEnum("staff_role", STAFF_ROLE.values);

export const staff = pgTable(
  "staff",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    role: staffRole("role").notNull(),
    passwordHash: text("password_hash").notNull(),
    /** Maximum open cases this person can carry. */
    capacity: integer("capacity").notNull().default(20),
    /** The highest intervention level they may hold, set by the administrator; null: as the role and training allow. */
    maxLevel: integer("max_level"),
    dbsEnhanced: boolean("dbs_enhanced").notNull().default(false),
    dbsCheckedOn: date("dbs_checked_on"),
    dbsRenewalDueOn: date("dbs_renewal_due_on"),
    /** The DBS check included the children's barred list, checked on this date. */
    dbsBarredListChecked: boolean("dbs_barred_list_checked").notNull().default(false),
    dbsBarredListCheckedOn: date("dbs_barred_list_checked_on"),
    /** Subscribed to the DBS update service, and when the subscription is due for renewal. */
    dbsUpdateService: boolean("dbs_update_service").notNull().default(false),
    dbsUpdateServiceRenewalOn: date("dbs_update_service_renewal_on"),
    /** Where the evidence is kept (a certificate number, a file reference); never the certificate itself. */
    dbsEvidenceRef: text("dbs_evidence_ref"),
    confidentialitySignedOn: date("confidentiality_signed_on"),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Sign-in is by email alone, so an address is unique across the whole deployment.
    uniqueIndex("staff_email_key").on(sql`lower(${t.email})`),
    index("staff_service_idx").on(t.serviceId, t.role),
  ],
);

export const trainingKind = pgEnum("training_kind", TRAINING_KIND.values);

export const staffTraining = pgTable(
  "staff_training",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    kind: trainingKind("kind").notNull(),
    completedOn: date("completed_on").notNull(),
    expiresOn: date("expires_on"),
    evidenceRef: text("evidence_ref"),
  },
  (t) => [index("staff_training_staff_idx").on(t.staffId)],
);

export const conflictKind = pgEnum("conflict_kind", CONFLICT_KIND.values);

/**
 * A declared conflict of interest [002]: with a family or named person (name and a date of birth or
 * postcode), a school or nursery, a parent support group, another agency (by name), or a colleague.
 */
export const conflictDeclarations = pgTable(
  "conflict_declarations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    kind: conflictKind("kind").notNull(),
    /** The person's full name, or the setting's, group's or agency's name; for COLLEAGUE their name. */
    subject: text("subject").notNull(),
    /** FAMILY: at least one of these identifies the person beyond their name. */
    dateOfBirth: date("date_of_birth"),
    postcode: text("postcode"),
    colleagueStaffId: uuid("colleague_staff_id").references(() => staff.id),
    notes: text("notes"),
    declaredOn: date("declared_on").notNull(),
    withdrawnOn: date("withdrawn_on"),
  },
  (t) => [index("conflict_staff_idx").on(t.staffId)],
);

/** A quarterly appraisal [004]: when, and by whom. */
export const staffAppraisals = pgTable(
  "staff_appraisals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    heldOn: date("held_on").notNull(),
    appraiserStaffId: uuid("appraiser_staff_id")
      .notNull()
      .references(() => staff.id),
    evidenceRef: text("evidence_ref"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("staff_appraisals_staff_idx").on(t.staffId, t.heldOn)],
);
