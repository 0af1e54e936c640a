import { sql } from "drizzle-orm";
import { boolean, date, index, integer, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { services } from "../service/service.table.js";
import { referrals } from "../referral/referral.table.js";
import { staff } from "../staff/staff.table.js";
import { people, personRole } from "../person/person.table.js";
import { statsKeyColumn } from "../db/sql.js";
import {
  ACTIVITY_KIND,
  ALLOCATION_KIND,
  CASE_STATUS,
  CLOSURE_REASON,
  CONDUCT_ACTION,
  CONSENT_METHOD,
  MEETING_STATUS,
  JOINT_WORKING_ROLE,
  CONDUCT_REVIEW_STATUS,
  SESSION_KIND,
  SESSION_TOPIC,
  POOR_PRACTICE_CATEGORY,
  AGENCY_TYPE,
  MONITORING_KIND,
} from "../core/vocabulary.js";

export const caseStatus = pgEnum("case_status", CASE_STATUS.values);
export const closureReason = pgEnum("closure_reason", CLOSURE_REASON.values);

export const cases = pgTable(
  "cases",
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
    status: caseStatus("status").notNull().default("OPEN"),
    level: integer("level").notNull(),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull(),
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closureReason: closureReason("closure_reason"),
    closureNote: text("closure_note"),
    missedMeetings: integer("missed_meetings").notNull().default(0),
    putForwardForClosureAt: timestamp("put_forward_for_closure_at", { withTimezone: true }),
    conductWarnings: integer("conduct_warnings").notNull().default(0),
    removedFromServiceAt: timestamp("removed_from_service_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("cases_referral_key").on(t.referralId),
    index("cases_service_status_idx").on(t.serviceId, t.status),
    // Statistics (decision 006): cases opened / closed in a period, and cases open now.
    // Statistics (decision 006): bounded, index-only reads of cases opened, closed, and open now.
    index("cases_stats_opened_idx").on(t.serviceId, t.openedAt, t.level),
    index("cases_stats_closed_idx")
      .on(t.serviceId, t.closedAt, t.openedAt, t.level)
      .where(sql`${t.closedAt} is not null`),
    index("cases_stats_open_idx")
      .on(t.serviceId, t.openedAt, t.level)
      .where(sql`${t.closedAt} is null`),
    index("cases_stats_referral_idx").on(t.referralId, t.openedAt),
  ],
);

export const allocationKind = pgEnum("allocation_kind", ALLOCATION_KIND.values);

/** Who holds a case; history is kept: a reallocation ends the old row. */
export const allocations = pgTable(
  "allocations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    kind: allocationKind("kind").notNull(),
    allocatedById: uuid("allocated_by_id").references(() => staff.id),
    allocatedAt: timestamp("allocated_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [index("allocations_staff_idx").on(t.staffId, t.endedAt), index("allocations_case_idx").on(t.caseId)],
);

export const activityKind = pgEnum("activity_kind", ACTIVITY_KIND.values);

export const activities = pgTable(
  "activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    kind: activityKind("kind").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    minutes: integer("minutes").notNull().default(0),
    withFamily: boolean("with_family").notNull().default(false),
    consentId: uuid("consent_id"),
    summary: text("summary"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Entered in error (issue 19): kept for audit, left out of statistics and the timeline. */
    voidedAt: timestamp("voided_at", { withTimezone: true }),
    voidedById: uuid("voided_by_id").references(() => staff.id),
    voidReason: text("void_reason"),
  },
  (t) => [index("activities_case_idx").on(t.caseId, t.occurredAt), index("activities_service_idx").on(t.serviceId, t.occurredAt)],
);

export const consentMethod = pgEnum("consent_method", CONSENT_METHOD.values);

/** Consent to speak to one named third party: dated, with a review date, never open-ended. */
export const consents = pgTable(
  "consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    partyName: text("party_name").notNull(),
    partyOrganisation: text("party_organisation"),
    partyType: text("party_type").notNull(),
    granted: boolean("granted").notNull(),
    givenOn: date("given_on").notNull(),
    method: consentMethod("method").notNull(),
    reviewOn: date("review_on").notNull(),
    withdrawnOn: date("withdrawn_on"),
    /** Who gave (or refused) it: the parent or carer, or the young person [003]. Null on consents recorded before it was asked. */
    givenBy: personRole("given_by"),
    /** What may be shared with this party, as agreed with the family [000]. */
    mayShare: text("may_share"),
    /** The day the case closed: a consent current then ends with it. */
    endedOn: date("ended_on"),
    recordedById: uuid("recorded_by_id")
      .notNull()
      .references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("consents_case_idx").on(t.caseId)],
);

export const meetingStatus = pgEnum("meeting_status", MEETING_STATUS.values);

export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    kind: text("kind").notNull(),
    scheduledAt: timestamp("scheduled_at", { withTimezone: true }).notNull(),
    noticeReceivedOn: date("notice_received_on"),
    status: meetingStatus("status").notNull().default("SCHEDULED"),
    familyPresent: boolean("family_present"),
    keyPoints: text("key_points"),
    actions: text("actions"),
    followUpDueOn: date("follow_up_due_on"),
    followUpDoneAt: timestamp("follow_up_done_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("meetings_case_idx").on(t.caseId), index("meetings_stats_idx").on(t.serviceId, t.scheduledAt, t.status)],
);

export const conductAction = pgEnum("conduct_action", CONDUCT_ACTION.values);
export const conductReviewStatus = pgEnum("conduct_review_status", CONDUCT_REVIEW_STATUS.values);

export const conductIncidents = pgTable(
  "conduct_incidents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    occurredOn: date("occurred_on").notNull(),
    description: text("description"),
    action: conductAction("action").notNull(),
    signposting: text("signposting"),
    recordedById: uuid("recorded_by_id")
      .notNull()
      .references(() => staff.id),
    /** The family (the referral's person when recorded): removal applies to all their cases [003]. */
    personId: uuid("person_id").references(() => people.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    /** A manager reviews every incident; `action` applies only once upheld (decision 042). */
    reviewStatus: conductReviewStatus("review_status").notNull().default("AWAITING_REVIEW"),
    reviewedById: uuid("reviewed_by_id").references(() => staff.id),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewNote: text("review_note"),
    /** The letter from the manager to the family: only that it was sent, and when (the letters module writes it). */
    letterSentOn: date("letter_sent_on"),
    letterRecordedById: uuid("letter_recorded_by_id").references(() => staff.id),
  },
  (t) => [
    index("conduct_case_idx").on(t.caseId),
    index("conduct_person_idx").on(t.personId),
    index("conduct_awaiting_idx").on(t.serviceId, t.reviewStatus),
  ],
);

/** A new referral that may come from a family removed for conduct: flagged for the manager in triage [003]. */
export const conductReferralFlags = pgTable(
  "conduct_referral_flags",
  {
    referralId: uuid("referral_id")
      .primaryKey()
      .references(() => referrals.id),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    incidentId: uuid("incident_id")
      .notNull()
      .references(() => conductIncidents.id),
    /** How the family was matched, in words ("the same person", "name and phone", …); no personal data. */
    matchedOn: text("matched_on").notNull(),
    flaggedAt: timestamp("flagged_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("conduct_referral_flags_incident_idx").on(t.incidentId)],
);

// ---- Level changes, joint working, reopening, settings (issue 20) ----

/** Each change of a case's level after allocation, with why [004 2.2A3]; the case keeps its current level. */
export const caseLevelChanges = pgTable(
  "case_level_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The record's key for protected statistics (decision 028), stored (decision 066). */
    statsKey: statsKeyColumn(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    fromLevel: integer("from_level").notNull(),
    toLevel: integer("to_level").notNull(),
    reason: text("reason").notNull(),
    changedById: uuid("changed_by_id")
      .notNull()
      .references(() => staff.id),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("case_level_changes_case_idx").on(t.caseId), index("case_level_changes_stats_idx").on(t.serviceId, t.changedAt)],
);

export const jointWorkingRole = pgEnum("joint_working_role", JOINT_WORKING_ROLE.values);

/** A co-worker or shadow on a level-4 case [004 2.2B3]; ended when the case closes. */
export const caseCoworkers = pgTable(
  "case_coworkers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    role: jointWorkingRole("role").notNull(),
    addedById: uuid("added_by_id")
      .notNull()
      .references(() => staff.id),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [index("case_coworkers_case_idx").on(t.caseId), index("case_coworkers_staff_idx").on(t.staffId, t.endedAt)],
);

/** Each reopening of a closed case, keeping the closure it undid. */
export const caseReopenings = pgTable(
  "case_reopenings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The record's key for protected statistics (decision 028), stored (decision 066). */
    statsKey: statsKeyColumn(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    previousClosedAt: timestamp("previous_closed_at", { withTimezone: true }).notNull(),
    previousClosureReason: closureReason("previous_closure_reason"),
    reason: text("reason").notNull(),
    reopenedById: uuid("reopened_by_id")
      .notNull()
      .references(() => staff.id),
    reopenedAt: timestamp("reopened_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("case_reopenings_case_idx").on(t.caseId),
    // Statistics (decision 042): closures undone, and reopenings, in a period.
    index("case_reopenings_stats_closed_idx").on(t.serviceId, t.previousClosedAt),
    index("case_reopenings_stats_reopened_idx").on(t.serviceId, t.reopenedAt),
  ],
);

/**
 * A young person aged 16 or over decides for themselves "if they have mental capacity" [003]: where
 * capacity was in question, the assessment; the latest one decides who the decision-maker is.
 */
export const mentalCapacityAssessments = pgTable(
  "mental_capacity_assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    hasCapacity: boolean("has_capacity").notNull(),
    assessedOn: date("assessed_on").notNull(),
    assessedBy: text("assessed_by").notNull(),
    notes: text("notes"),
    recordedById: uuid("recorded_by_id")
      .notNull()
      .references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("mental_capacity_case_idx").on(t.caseId, t.assessedOn)],
);

// ---- Group sessions, monitoring notes, expenses (issue 20, decision 042) ----

export const sessionKind = pgEnum("session_kind", SESSION_KIND.values);
export const sessionTopic = pgEnum("session_topic", SESSION_TOPIC.values);

/** An information or training session for parents and young people [001, 004 2.2B10 VI]. */
export const groupSessions = pgTable(
  "group_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The record's key for protected statistics (decision 028), stored (decision 066). */
    statsKey: statsKeyColumn(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    kind: sessionKind("kind").notNull(),
    title: text("title").notNull(),
    heldOn: date("held_on").notNull(),
    topic: sessionTopic("topic").notNull(),
    facilitator: text("facilitator").notNull(),
    attendance: integer("attendance").notNull(),
    recordedById: uuid("recorded_by_id")
      .notNull()
      .references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("group_sessions_stats_idx").on(t.serviceId, t.heldOn)],
);

/** A family member known to the service who came (or was booked and did not come) to a session. */
export const sessionAttendees = pgTable(
  "session_attendees",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => groupSessions.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    attended: boolean("attended").notNull(),
  },
  (t) => [uniqueIndex("session_attendees_key").on(t.sessionId, t.personId), index("session_attendees_person_idx").on(t.personId)],
);

/**
 * One anonymous evaluation form of a session [002: "all SENDIASS training will be confidentially
 * evaluated"]: scores only, with no person, no staff member and no time — nothing links it to an attendee.
 */
export const sessionEvaluations = pgTable(
  "session_evaluations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The record's key for protected statistics (decision 028), stored (decision 066). */
    statsKey: statsKeyColumn(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => groupSessions.id),
    usefulness: integer("usefulness").notNull(),
    impartiality: integer("impartiality").notNull(),
  },
  (t) => [index("session_evaluations_session_idx").on(t.sessionId)],
);

export const monitoringKind = pgEnum("monitoring_kind", MONITORING_KIND.values);
export const poorPracticeCategory = pgEnum("poor_practice_category", POOR_PRACTICE_CATEGORY.values);
export const agencyType = pgEnum("agency_type", AGENCY_TYPE.values);

/** An anonymised poor-practice issue or positive outcome for the monitoring report [001]: no family, no provider named. */
export const monitoringNotes = pgTable(
  "monitoring_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The record's key for protected statistics (decision 028), stored (decision 066). */
    statsKey: statsKeyColumn(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    kind: monitoringKind("kind").notNull(),
    category: poorPracticeCategory("category"),
    agencyType: agencyType("agency_type"),
    /** The first day of the month it happened: no closer date, so it cannot be matched to a case. */
    month: date("month").notNull(),
    summary: text("summary").notNull(),
    recordedById: uuid("recorded_by_id")
      .notNull()
      .references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("monitoring_notes_stats_idx").on(t.serviceId, t.month)],
);

/** Mileage and expenses claimed for one activity [003: "record keeping for claiming expenses"]. */
export const activityExpenses = pgTable(
  "activity_expenses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    activityId: uuid("activity_id")
      .notNull()
      .references(() => activities.id),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    incurredOn: date("incurred_on").notNull(),
    miles: numeric("miles", { precision: 6, scale: 1, mode: "number" }).notNull().default(0),
    amountPence: integer("amount_pence").notNull().default(0),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("activity_expenses_activity_key").on(t.activityId),
    index("activity_expenses_staff_idx").on(t.serviceId, t.incurredOn),
  ],
);
