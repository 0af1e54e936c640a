import type { DecisionMaker, PersonRole, ReferralSource, ReferralStatus } from "../core/vocabulary.js";
import { AGE_AT_REFERRAL, isWithinAge } from "../triage/triage.rules.js";

/*
 * The rules of referral intake and of a referral's life [001 Referrals, Referral Information].
 * Eligibility, priority and statutory dates are triage's (triage/triage.rules.ts).
 */

// ---- Where a referral is in its life ----

/** Waiting for triage or allocation: the triage queue. */
export const QUEUE_STATUSES = ["NEW", "TRIAGED", "POOLED"] as const satisfies readonly ReferralStatus[];
/** Still open: in the queue or allocated (duplicate detection, overdue response items). */
export const OPEN_STATUSES = [...QUEUE_STATUSES, "ALLOCATED"] as const satisfies readonly ReferralStatus[];
/** Settled: signposted elsewhere or closed (retention, the waiting list). */
export const SETTLED_STATUSES = ["SIGNPOSTED", "CLOSED"] as const satisfies readonly ReferralStatus[];

export const isInQueue = (status: ReferralStatus) => (QUEUE_STATUSES as readonly ReferralStatus[]).includes(status);

// ---- Intake ----

/**
 * How far back `receivedAt` may go: a letter or answerphone message is entered after it came, and a
 * service moving onto the system enters the last year's referrals; a date further back is a typing
 * mistake (a wrong year), refused before it moves a year-old month's figures.
 */
export const MAX_BACKDATE_DAYS = 366;

/** Who may refer themselves through the public form: a parent or carer, or the young person. */
export const SELF_REFERRAL_SOURCES = ["PARENT_CARER", "YOUNG_PERSON"] as const satisfies readonly ReferralSource[];

/** A professional referral is accepted only with the family's consent to share, obtained by the referrer before contact. */
export const needsFamilyConsent = (source: ReferralSource) => source === "PROFESSIONAL";

/** The person we work with: the young person when they referred themselves, otherwise the parent or carer. */
export const personRoleFor = (source: ReferralSource): PersonRole => (source === "YOUNG_PERSON" ? "YOUNG_PERSON" : "PARENT_CARER");

/** References are read out over the phone: no 0/O, 1/I/L. */
export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const REFERENCE_LENGTH = 6;

/** What intake decides about eligibility: recorded and signposted, never refused [001 Eligibility]. */
export interface IntakeEligibility {
  ineligible: boolean;
  /** The reason stored on the referral (the age, and whatever the officer said). */
  reason: string | null;
  /** What the officer is asked when the signposting is missing. */
  askForSignposting: string;
}

/**
 * Ineligible enquiries are recorded and signposted, not refused: a young person outside 0–25 is not
 * eligible whatever else is said; an officer may also record one as not eligible (e.g. out of area)
 * by giving the reason. Either way the signposting is required.
 */
export function intakeEligibility(ageAtReferral: number, officerReason: string | null): IntakeEligibility {
  const range = `${AGE_AT_REFERRAL.min}–${AGE_AT_REFERRAL.max}`;
  if (!isWithinAge(ageAtReferral)) {
    const ageReason = `Aged ${ageAtReferral} at referral: outside ${range}`;
    return {
      ineligible: true,
      reason: officerReason ? `${ageReason}. ${officerReason}` : ageReason,
      askForSignposting: `Aged ${ageAtReferral}, so not eligible (we support ${range}): record where you signposted them.`,
    };
  }
  return {
    ineligible: Boolean(officerReason),
    reason: officerReason,
    askForSignposting: "Not eligible: record where you signposted them.",
  };
}

// ---- Decisions ----

/** Young people aged 16 or over make their own decisions if they have mental capacity [003]. */
export const DECIDES_FOR_THEMSELVES_FROM_AGE = 16;

/** Who the decision-maker is, by the child's age today (unknown age: the parent or carer). */
export const decisionMakerFor = (ageYears: number | null): DecisionMaker =>
  ageYears !== null && ageYears >= DECIDES_FOR_THEMSELVES_FROM_AGE ? "YOUNG_PERSON" : "PARENT_CARER";

/** The manager's triage decision: eligible (kept for allocation) or not (signposted). */
export const TRIAGE_DECISIONS = ["ELIGIBLE", "INELIGIBLE"] as const;

/** After triage: an ineligible referral is signposted; an eligible one is triaged, or stays in the pool it was published to. */
export const statusAfterTriage = (current: ReferralStatus, eligible: boolean): ReferralStatus =>
  !eligible ? "SIGNPOSTED" : current === "POOLED" ? "POOLED" : "TRIAGED";

/** Past its response target without a first response (the clock stops at the first response). */
export const isPastTarget = (r: { firstRespondedAt: Date | null; responseTargetAt: Date }, asOf: Date) =>
  r.firstRespondedAt === null && r.responseTargetAt <= asOf;

/**
 * Where the public form points a family whose young person is outside the ages we support
 * (decision 043): recorded as not eligible and signposted at once, in plain, kind words.
 */
export function publicFormSignposting(ageAtReferral: number, helplinePhone: string | null): string {
  const range = `${AGE_AT_REFERRAL.min} to ${AGE_AT_REFERRAL.max}`;
  return [
    `We support children and young people aged ${range}, so we cannot take on casework for a young person aged ${ageAtReferral}.`,
    "Your local council's adult social care team can assess care and support needs, and its local offer lists services for adults with special educational needs and disabilities.",
    "Citizens Advice gives free, confidential advice, including on benefits, education and disability rights.",
    "A college or university's learning support or disability team can help with support where you study.",
    helplinePhone
      ? `If you think we have the date of birth wrong, or you are not sure where to turn, call our helpline on ${helplinePhone}.`
      : "If you think we have the date of birth wrong, or you are not sure where to turn, contact our helpline.",
  ].join(" ");
}
