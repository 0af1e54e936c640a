import { sql } from "drizzle-orm";
import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, jsonb } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";
import { children, people } from "../person/person.table.js";
import { staff } from "../staff/staff.table.js";
import { sqlValues, statsKeyColumn } from "../db/sql.js";
import { SETTLED_STATUSES } from "./referral.rules.js";
import {
  CURRENT_STAGE,
  ELIGIBILITY,
  ENQUIRY_TOPIC,
  HOW_HEARD,
  KEY_DATE_KIND,
  PROFESSIONAL_TYPE,
  REFERRAL_CHANNEL,
  REFERRAL_SOURCE,
  REFERRAL_STATUS,
} from "../core/vocabulary.js";

export const referralChannel = pgEnum("referral_channel", REFERRAL_CHANNEL.values);
export const referralSource = pgEnum("referral_source", REFERRAL_SOURCE.values);
export const professionalType = pgEnum("professional_type", PROFESSIONAL_TYPE.values);
export const referralStatus = pgEnum("referral_status", REFERRAL_STATUS.values);
export const eligibility = pgEnum("eligibility", ELIGIBILITY.values);
export const currentStage = pgEnum("current_stage", CURRENT_STAGE.values);
export const howHeard = pgEnum("how_heard", HOW_HEARD.values);
export const enquiryTopic = pgEnum("enquiry_topic", ENQUIRY_TOPIC.values);

export const referrals = pgTable(
  "referrals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The record's key for protected statistics (decision 028), stored (decision 066). */
    statsKey: statsKeyColumn(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    /** Short reference given to the family, unique within the service (e.g. "R-26-00042"). */
    reference: text("reference").notNull(),
    status: referralStatus("status").notNull().default("NEW"),
    channel: referralChannel("channel").notNull(),
    source: referralSource("source").notNull(),
    professionalType: professionalType("professional_type"),
    referrerName: text("referrer_name"),
    referrerOrganisation: text("referrer_organisation"),
    /** A professional referral is accepted only when the referrer confirms the family agreed to share. */
    familyConsentedToShare: boolean("family_consented_to_share").notNull().default(false),
    personId: uuid("person_id").references(() => people.id),
    childId: uuid("child_id").references(() => children.id),
    reasonForReferral: text("reason_for_referral"),
    currentStage: currentStage("current_stage").notNull().default("NO_SUPPORT_YET"),
    howHeard: howHeard("how_heard").notNull().default("OTHER"),
    topic: text("topic"),
    /** Statistical skeleton kept after erasure. */
    ageAtReferral: integer("age_at_referral"),
    postcodeDistrict: text("postcode_district"),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
    responseTargetAt: timestamp("response_target_at", { withTimezone: true }).notNull(),
    responseDeadlineAt: timestamp("response_deadline_at", { withTimezone: true }).notNull(),
    firstRespondedAt: timestamp("first_responded_at", { withTimezone: true }),
    eligibility: eligibility("eligibility").notNull().default("PENDING"),
    ineligibleReason: text("ineligible_reason"),
    signposting: text("signposting"),
    level: integer("level"),
    safeguardingFlag: boolean("safeguarding_flag").notNull().default(false),
    excludedOrNoPlace: boolean("excluded_or_no_place").notNull().default(false),
    childInNeedOrLookedAfter: boolean("child_in_need_or_looked_after").notNull().default(false),
    priorityOverride: integer("priority_override"),
    priorityOverrideReason: text("priority_override_reason"),
    triageNotes: text("triage_notes"),
    triagedAt: timestamp("triaged_at", { withTimezone: true }),
    triagedById: uuid("triaged_by_id").references(() => staff.id),
    possibleDuplicateOfId: uuid("possible_duplicate_of_id"),
    publishedToPoolAt: timestamp("published_to_pool_at", { withTimezone: true }),
    /**
     * When its case was opened (null: no case), kept by triggers on cases (migration 0036, decision 062),
     * never written by the application: the statistics' "waiting at the end" reads it with the
     * referral instead of looking up each candidate's case.
     */
    caseOpenedAt: timestamp("case_opened_at", { withTimezone: true }),
    createdById: uuid("created_by_id").references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    erasedAt: timestamp("erased_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("referrals_reference_key").on(t.serviceId, t.reference),
    index("referrals_queue_idx").on(t.serviceId, t.status, t.responseDeadlineAt),
    index("referrals_received_idx").on(t.serviceId, t.receivedAt),
    // The family record and search (issue 19): every referral of a person, of a child.
    index("referrals_person_idx").on(t.personId),
    index("referrals_child_idx").on(t.childId),
    // Statistics (decision 006): bounded, index-only reads for the response clock and the service deficit.
    // The answered referrals' index carries each one's key too, so protected figures read them index-only
    // as exact ones do (decision 067).
    index("referrals_stats_responded_idx")
      .on(t.serviceId, t.receivedAt, t.firstRespondedAt, t.responseTargetAt, t.responseDeadlineAt, t.statsKey)
      .where(sql`${t.firstRespondedAt} is not null`),
    index("referrals_stats_unanswered_idx")
      .on(t.serviceId, t.receivedAt, t.responseDeadlineAt)
      .where(sql`${t.firstRespondedAt} is null`),
    index("referrals_stats_late_idx")
      .on(t.serviceId, t.responseDeadlineAt)
      .where(sql`${t.firstRespondedAt} is null or ${t.firstRespondedAt} > ${t.responseDeadlineAt}`),
    index("referrals_stats_unsettled_idx")
      .on(t.serviceId, t.receivedAt)
      .where(sql`${t.status} not in (${sqlValues(SETTLED_STATUSES)})`),
    index("referrals_stats_settled_idx")
      .on(t.serviceId, sql`coalesce(${t.triagedAt}, ${t.updatedAt})`, t.receivedAt)
      .where(sql`${t.status} in (${sqlValues(SETTLED_STATUSES)})`),
  ],
);

/** Enquiries from people who did not consent to being recorded: a tally, nothing personal. */
export const anonymousEnquiries = pgTable(
  "anonymous_enquiries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The record's key for protected statistics (decision 028), stored (decision 066). */
    statsKey: statsKeyColumn(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    channel: referralChannel("channel").notNull(),
    receivedOn: date("received_on").notNull(),
    /** What it was about, from a fixed list (never free text: nothing personal is kept). Null from the public form. */
    topic: enquiryTopic("topic"),
  },
  (t) => [index("anonymous_enquiries_service_idx").on(t.serviceId, t.receivedOn)],
);

export const keyDateKind = pgEnum("key_date_kind", KEY_DATE_KIND.values);

/** Dates the family faces; derived rows (statutory timelines) point at the date they come from. */
export const keyDates = pgTable(
  "key_dates",
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
    kind: keyDateKind("kind").notNull(),
    on: date("on").notNull(),
    derivedFromId: uuid("derived_from_id"),
    notes: text("notes"),
    /** A later date of the same kind that replaces this one (an appeal deadline moved by a mediation certificate). */
    supersededById: uuid("superseded_by_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Entered in error (issue 19, decision 043): kept for audit, out of the queue, reminders, statistics and the timeline. */
    voidedAt: timestamp("voided_at", { withTimezone: true }),
    voidedById: uuid("voided_by_id").references(() => staff.id),
    voidReason: text("void_reason"),
  },
  (t) => [index("key_dates_referral_idx").on(t.referralId), index("key_dates_service_on_idx").on(t.serviceId, t.on)],
);

/** Waiting-list length sampled daily, for service-deficit reporting. */
export const waitingListSnapshots = pgTable(
  "waiting_list_snapshots",
  {
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    takenOn: date("taken_on").notNull(),
    waiting: integer("waiting").notNull(),
    pastMaximum: integer("past_maximum").notNull(),
    detail: jsonb("detail").$type<Record<string, number>>().notNull().default({}),
  },
  (t) => [uniqueIndex("waiting_list_snapshots_key").on(t.serviceId, t.takenOn)],
);
