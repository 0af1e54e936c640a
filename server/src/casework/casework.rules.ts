import { sql, type SQL } from "drizzle-orm";
import { DateTime } from "luxon";
import { isWorkingDay, type WorkingCalendar } from "../clock/working-time.js";
import type { DecisionMaker } from "../core/vocabulary.js";
import type {
  ActivityKind,
  CaseStatus,
  ClosureReason,
  ConductAction,
  ConductRecordedBy,
  ConductReviewStatus,
  JointWorkingRole,
  MeetingStatus,
} from "../core/vocabulary.js";

/*
 * The rules of casework [001 Individual Casework Service, Confidentiality; 003; 004 2.2A4].
 */

// ---- A case's life ----

/** A case not closed: open, or inactive (no activity for the service's `inactive_case_days`). */
export const ACTIVE_CASE_STATUSES = ["OPEN", "INACTIVE"] as const satisfies readonly CaseStatus[];

export const isClosed = (status: CaseStatus) => status === "CLOSED";

/**
 * When a case falls inactive in the national model: its last activity (or its opening) plus the
 * service's `inactive_case_days`. SQL over a cases row and its services row, for the maintenance job
 * that marks cases inactive and the overdue item that says so.
 */
export const inactiveFromSql = (caseRow: SQL, serviceRow: SQL): SQL =>
  sql`(coalesce(${caseRow}.last_activity_at, ${caseRow}.opened_at) + make_interval(days => ${serviceRow}.inactive_case_days))`;

// ---- Consent to speak to third parties ----

/** Consent is never open-ended: its review is at most this many months after it was given. */
export const CONSENT_MAX_MONTHS = 12;

export interface ConsentFacts {
  granted: boolean;
  givenOn: string;
  reviewOn: string;
  withdrawnOn: string | null;
  /** The day the case closed, which ends every consent current on it (`endsWithCase`). */
  endedOn?: string | null;
}

/** A consent allows contact on a day when it was granted, given by then, not yet due for review, not withdrawn and not ended. */
export const consentValidOn = (c: ConsentFacts, on: string) =>
  c.granted &&
  c.givenOn <= on &&
  on <= c.reviewOn &&
  (c.withdrawnOn === null || c.withdrawnOn > on) &&
  (c.endedOn == null || c.endedOn > on);

/** Why a consent does not allow contact on a day, in words for the officer (its party named). */
export function whyConsentNotValid(c: ConsentFacts & { partyName: string }, on: string): string {
  if (!c.granted) return `${c.partyName} — the family refused consent on ${c.givenOn}.`;
  if (c.givenOn > on) return `Consent for ${c.partyName} was given only on ${c.givenOn}.`;
  if (c.withdrawnOn !== null && c.withdrawnOn <= on) return `Consent for ${c.partyName} was withdrawn on ${c.withdrawnOn}.`;
  if (c.endedOn != null && c.endedOn <= on)
    return `Consent for ${c.partyName} ended on ${c.endedOn} when the case closed; ask the family again.`;
  return `Consent for ${c.partyName} was due for review on ${c.reviewOn}; review it with the family first.`;
}

/** The latest date a consent given on `givenOn` may be reviewed on. */
export function latestReviewOn(givenOn: string): string {
  const d = new Date(`${givenOn}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + CONSENT_MAX_MONTHS);
  return d.toISOString().slice(0, 10);
}

// ---- Activities ----

/** Kinds of activity that must say what was discussed or given. */
export const SUMMARY_REQUIRED_KINDS = [
  "ADVICE_GIVEN",
  "INFORMATION_GIVEN",
  "PROFESSIONAL_CONTACT",
] as const satisfies readonly ActivityKind[];

export const needsSummary = (kind: ActivityKind) => (SUMMARY_REQUIRED_KINDS as readonly ActivityKind[]).includes(kind);

/**
 * Work on the case that is no contact with anyone: a note on file, preparing for a meeting. Every
 * other kind is a contact with someone — the family, or a third party.
 */
export const INTERNAL_ACTIVITY_KINDS = ["NOTE", "MEETING_PREPARED"] as const satisfies readonly ActivityKind[];

/**
 * A contact with anyone other than the family is a third-party contact: a professional contact
 * always, and any other contact (call, email, letter, meeting, advice, information, literature)
 * recorded as not with the family [001 Confidentiality, 003].
 */
export const isThirdPartyContact = (kind: ActivityKind, withFamily: boolean) =>
  kind === "PROFESSIONAL_CONTACT" || (!withFamily && !(INTERNAL_ACTIVITY_KINDS as readonly ActivityKind[]).includes(kind));

/** A third-party contact needs a named party and a current granted consent for it [001 Confidentiality, 000]. */
export const needsConsent = (kind: ActivityKind, withFamily: boolean) => isThirdPartyContact(kind, withFamily);

/** Time spent on one activity: whole minutes, at most a day. */
export const MAX_ACTIVITY_MINUTES = 24 * 60;

// ---- Meetings ----

/** Two weeks' notice is requested for meetings [003]. */
export const MEETING_NOTICE_DAYS = 14;

/** Less than two weeks between the day notice came and the meeting's day (in the service's time zone). */
export function isShortNotice(scheduledAt: Date, noticeReceivedOn: string | null, timeZone: string) {
  if (!noticeReceivedOn) return false;
  const meetingDay = DateTime.fromJSDate(scheduledAt, { zone: timeZone }).startOf("day");
  const noticeDay = DateTime.fromISO(noticeReceivedOn, { zone: timeZone }).startOf("day");
  return meetingDay.diff(noticeDay, "days").days < MEETING_NOTICE_DAYS;
}

/** Two booked meetings missed without notice put the case forward for closure [003]. */
export const MISSED_MEETINGS_FOR_CLOSURE = 2;

/**
 * "The case will be closed until the parent/carer/young person contacts the Service again" [003]:
 * any contact with the family clears the proposal and the count of missed meetings.
 */
export const familyContactClearsClosureProposal = (withFamily: boolean) => withFamily;

/**
 * Meetings after which the officer reviews the meeting with the family [001 (7)(b), (c)]: one they
 * attended together, and one the family attended alone — then the officer contacts them afterwards.
 */
export const FOLLOW_UP_MEETING_STATUSES = ["ATTENDED", "FAMILY_ATTENDED_ALONE"] as const satisfies readonly MeetingStatus[];
export const needsFollowUp = (status: MeetingStatus) => (FOLLOW_UP_MEETING_STATUSES as readonly MeetingStatus[]).includes(status);

/** The follow-up review with the family falls due `workingDays` working days after an attended meeting [001 (7)]. */
export function followUpDue(calendar: WorkingCalendar, meetingAt: Date, workingDays: number): string {
  let day = DateTime.fromJSDate(meetingAt, { zone: calendar.hours.timeZone }).startOf("day");
  for (let counted = 0; counted < workingDays;) {
    day = day.plus({ days: 1 });
    const iso = day.toISODate();
    if (iso !== null && isWorkingDay(calendar, iso)) counted++;
  }
  const due = day.toISODate();
  if (due === null) throw new Error("follow-up date out of range");
  return due;
}

// ---- Conduct and closure ----

/**
 * Abusive behaviour [003]: the first incident a manager upholds is a warning letter; any later one
 * removes the family from the service. Counted over the whole family's upheld incidents, not one case's.
 */
export const conductActionAfter = (previousUpheld: number): ConductAction => (previousUpheld === 0 ? "WARNING" : "REMOVAL");

/** Who may record a conduct incident, by the service's setting (`conductRecordedBy`, default CASE_WORKERS). */
export const mayRecordConduct = (setting: ConductRecordedBy, viewer: { manages: boolean }) => setting === "CASE_WORKERS" || viewer.manages;

/** A manager reviews an incident once; its letter is recorded only for an upheld incident. */
export const mayReviewConduct = (status: ConductReviewStatus) => status === "AWAITING_REVIEW";
export const mayRecordConductLetter = (status: ConductReviewStatus) => status === "UPHELD";

/**
 * A case was worked when its allocation was picked up or any activity was recorded on it. An
 * allocation nobody accepted, with nothing recorded, is no service to the family.
 */
export const wasWorked = (f: { accepted: boolean; activities: number }) => f.accepted || f.activities > 0;

/** A case nobody worked cannot close as OUTCOME_ACHIEVED: there was no outcome [004 2.2A3]. */
export const mayCloseAsWorked = (reason: ClosureReason, worked: boolean) => worked || reason !== "OUTCOME_ACHIEVED";

/**
 * The family is invited to evaluate only casework they received [000, 004 2.2B5]: a case closed
 * unworked issues no evaluation code, so the response rate counts only families who were served.
 */
export const issuesEvaluation = (worked: boolean) => worked;

/**
 * Closing ends the case's commitments: booked meetings are cancelled and every consent current at
 * closure ends on the day (the family is asked again if the case is reopened).
 */
export const MEETING_STATUS_AFTER_CLOSURE = "CANCELLED" as const satisfies MeetingStatus;

/** A removal for conduct closes a case only through a conduct incident, never as a chosen reason. */
export const mayCloseWith = (reason: ClosureReason) => reason !== "CONDUCT_REMOVAL";

// ---- Level changes, reopening, joint working (issue 20) ----

/** A level change moves the case to another level, with a reason [004 2.2A3]; escalation re-checks the holder. */
export const isEscalation = (from: number, to: number) => to > from;

/** Settings a service chooses where the documents are silent; a service without its own uses these. */
export const CASEWORK_SETTING_DEFAULTS = {
  /** A case closed less than this many months ago is reopened; after that the family is re-referred. */
  reopenWithinMonths: 3,
  /**
   * Who may record a conduct incident: whoever works the case (holder, co-worker) and managers —
   * the staff member abused is usually the one working the case, and a manager reviews every incident.
   */
  conductRecordedBy: "CASE_WORKERS" as ConductRecordedBy,
} as const;

/** A closed case may be reopened until `months` after it closed (the family came back about the same matter). */
export function mayReopenUntil(closedAt: Date, months: number): Date {
  const until = new Date(closedAt);
  until.setUTCMonth(until.getUTCMonth() + months);
  return until;
}

/** A family removed for conduct is not taken back by reopening: there is no appeal [003]. */
export const mayReopenAfter = (reason: ClosureReason | null) => reason !== "CONDUCT_REMOVAL";

/** Joint working — a co-worker or a shadow beside the holder — is for level-4 cases [004 2.2B3]. */
export const JOINT_WORKING_LEVEL = 4;
export const mayJointWork = (level: number) => level >= JOINT_WORKING_LEVEL;

/** A co-worker works the case with its holder; a shadow may read it, to learn, and writes nothing. */
export const jointWorkerMayWrite = (role: JointWorkingRole) => role === "CO_WORKER";

// ---- 16 and over: mental capacity [003] ----

/**
 * Who decides: a young person aged 16 or over decides for themselves "if they have mental capacity"
 * [003]; where the latest assessment found they lack it, the parent or carer decides.
 */
export const decisionMakerWithCapacity = (byAge: DecisionMaker, latest: { hasCapacity: boolean } | null): DecisionMaker =>
  byAge === "YOUNG_PERSON" && latest?.hasCapacity === false ? "PARENT_CARER" : byAge;

/** A capacity assessment is recorded only for a young person aged 16 or over (who would otherwise decide). */
export const mayRecordCapacity = (byAge: DecisionMaker) => byAge === "YOUNG_PERSON";
