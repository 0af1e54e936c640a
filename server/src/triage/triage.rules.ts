import { DateTime } from "luxon";
import { ageOn, localDate } from "../clock/calendar-date.js";
import type { CurrentStage, KeyDateKind } from "../core/vocabulary.js";

/*
 * The rules of triage [001 Eligibility, 004 2.2B8]: who is eligible, how urgent a referral is, and
 * the statutory timelines that follow from a date the family faces. Pure: referral/ applies them,
 * and triage/priority.ts turns the priority weights into the queue's SQL and the reasons shown.
 */

// ---- Eligibility [001 Eligibility] ----

/** Children and young people aged 0 to 25 at referral. */
export const AGE_AT_REFERRAL = { min: 0, max: 25 } as const;

export const isWithinAge = (age: number) => age >= AGE_AT_REFERRAL.min && age <= AGE_AT_REFERRAL.max;

/** Whole years between a date of birth and a moment, in the service's time zone. */
export function ageInYears(dateOfBirth: string, at: Date, timeZone: string): number {
  return ageOn(dateOfBirth, localDate(at, timeZone));
}

/** The outward code's district ("ST4 7QB" → "ST4"), upper-cased; null if it does not look like a UK postcode. */
export function postcodeDistrict(postcode: string | null): string | null {
  if (!postcode) return null;
  const m = /^\s*([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})?\s*$/i.exec(postcode);
  return m?.[1] ? m[1].toUpperCase() : null;
}

/** Ordinarily resident in the area: the postcode's district is one of the service's. */
export const livesInArea = (district: string, areaDistricts: readonly string[]) => areaDistricts.some((d) => d.toUpperCase() === district);

/** A SEND concern is described when either the needs overview or the reason for referral says something. */
export const sendConcernDescribed = (needsOverview: string | null, reasonForReferral: string | null) =>
  Boolean((needsOverview ?? "").trim() || (reasonForReferral ?? "").trim());

/** One eligibility criterion as the manager sees it. */
export interface EligibilityCheck {
  code: "AGE" | "SEND_CONCERN" | "RESIDENCE";
  /** true: met; false: not met; null: not known yet (e.g. no postcode). */
  met: boolean | null;
  label: string;
}

export interface EligibilityFacts {
  dateOfBirth: string | null;
  receivedAt: Date;
  timeZone: string;
  needsOverview: string | null;
  reasonForReferral: string | null;
  postcode: string | null;
  areaName: string;
  areaPostcodeDistricts: string[];
}

/** Each criterion, met or not or not known yet, in words. */
export function checkEligibility(input: EligibilityFacts): EligibilityCheck[] {
  const checks: EligibilityCheck[] = [];
  const range = `${AGE_AT_REFERRAL.min}–${AGE_AT_REFERRAL.max}`;
  if (input.dateOfBirth) {
    const age = ageInYears(input.dateOfBirth, input.receivedAt, input.timeZone);
    const met = isWithinAge(age);
    checks.push({ code: "AGE", met, label: met ? `Aged ${age} at referral (${range})` : `Aged ${age} at referral: outside ${range}` });
  } else {
    checks.push({ code: "AGE", met: null, label: "Date of birth not given" });
  }
  const concern = sendConcernDescribed(input.needsOverview, input.reasonForReferral);
  checks.push({
    code: "SEND_CONCERN",
    met: concern ? true : null,
    label: concern ? "SEND concern described" : "No SEND concern described yet",
  });
  const district = postcodeDistrict(input.postcode);
  if (!district) {
    checks.push({ code: "RESIDENCE", met: null, label: `Residence in ${input.areaName} not confirmed (no postcode)` });
  } else {
    const inArea = livesInArea(district, input.areaPostcodeDistricts);
    checks.push({
      code: "RESIDENCE",
      met: inArea,
      label: inArea ? `Lives in ${input.areaName} (${district})` : `Postcode ${district} is outside ${input.areaName}`,
    });
  }
  return checks;
}

// ---- Priority [004 2.2B8]: a sum of weighted criteria, each shown to the manager as a reason ----

export const WEIGHTS = {
  safeguarding: 40,
  excludedOrNoPlace: 25,
  childInNeedOrLookedAfter: 15,
  statutoryProcess: 10,
  pastMaximum: 20,
  pastTarget: 12,
} as const;

/** Key dates that make a referral urgent, and how much by days to go (first band that fits wins). */
export const URGENT_KEY_DATE_KINDS = [
  "TRIBUNAL",
  "APPEAL_DEADLINE",
  "EXCLUSION_HEARING",
  "MEETING",
  "DECISION_TO_ASSESS_DUE",
  "DRAFT_PLAN_COMMENTS_DUE",
  "FINAL_PLAN_DUE",
] as const satisfies readonly KeyDateKind[];
export const KEY_DATE_BANDS = [
  { withinDays: 3, weight: 30 },
  { withinDays: 7, weight: 25 },
  { withinDays: 14, weight: 15 },
  { withinDays: 28, weight: 8 },
] as const;

export const isUrgentKind = (kind: string) => (URGENT_KEY_DATE_KINDS as readonly string[]).includes(kind);

/** Stages where a statutory process is under way, with the reason shown for each. */
export const STATUTORY_STAGES = [
  "EHC_NEEDS_ASSESSMENT",
  "DRAFT_PLAN",
  "APPEAL_TRIBUNAL",
  "EXCLUSION",
] as const satisfies readonly CurrentStage[];
export type StatutoryStage = (typeof STATUTORY_STAGES)[number];
export const STATUTORY_STAGE_REASONS: Readonly<Record<StatutoryStage, string>> = {
  EHC_NEEDS_ASSESSMENT: "EHC needs assessment under way",
  DRAFT_PLAN: "Draft EHC plan issued",
  APPEAL_TRIBUNAL: "Appeal or tribunal under way",
  EXCLUSION: "Exclusion process under way",
};
export const isStatutoryStage = (stage: string): stage is StatutoryStage => (STATUTORY_STAGES as readonly string[]).includes(stage);

/** The manager may set any priority in this range instead of the computed one, with a reason. */
export const PRIORITY_OVERRIDE = { min: 0, max: 200 } as const;

// ---- Statutory timelines (SEND Code of Practice, SPEC §3) ----

export interface DerivedDate {
  kind: KeyDateKind;
  on: string;
  rule: string;
}

const plus = (iso: string, d: { weeks?: number; months?: number; days?: number }) => {
  const date = DateTime.fromISO(iso, { zone: "UTC" }).plus(d).toISODate();
  if (date === null) throw new Error(`not a date: ${iso}`);
  return date;
};

/**
 * Statutory timelines that follow from a recorded date:
 * - EHC needs assessment request → decision whether to assess within 6 weeks; final plan within 20 weeks.
 * - Draft plan received → 15 days to comment.
 * - Decision letter → appeal within 2 months; mediation certificate → appeal within 1 month of it.
 *   When both exist, the appeal deadline is whichever is later (`appealDeadline`).
 */
export function deriveStatutoryDates(kind: KeyDateKind, on: string): DerivedDate[] {
  switch (kind) {
    case "EHC_NEEDS_ASSESSMENT_REQUEST":
      return [
        { kind: "DECISION_TO_ASSESS_DUE", on: plus(on, { weeks: 6 }), rule: "Decision to assess due 6 weeks after the request" },
        { kind: "FINAL_PLAN_DUE", on: plus(on, { weeks: 20 }), rule: "Final EHC plan due 20 weeks after the request" },
      ];
    case "DRAFT_PLAN_RECEIVED":
      return [{ kind: "DRAFT_PLAN_COMMENTS_DUE", on: plus(on, { days: 15 }), rule: "15 days to comment on the draft plan" }];
    case "DECISION_LETTER":
      return [{ kind: "APPEAL_DEADLINE", on: plus(on, { months: 2 }), rule: "Appeal within 2 months of the decision" }];
    case "MEDIATION_CERTIFICATE":
      return [{ kind: "APPEAL_DEADLINE", on: plus(on, { months: 1 }), rule: "Appeal within 1 month of the mediation certificate" }];
    case "MEETING":
    case "TRIBUNAL":
    case "APPEAL_DEADLINE":
    case "EXCLUSION_HEARING":
    case "DECISION_TO_ASSESS_DUE":
    case "FINAL_PLAN_DUE":
    case "DRAFT_PLAN_COMMENTS_DUE":
    case "OTHER":
      return [];
    default: {
      const unhandled: never = kind;
      throw new Error(`unhandled key date kind ${String(unhandled)}`);
    }
  }
}

/**
 * Kinds of key date of which a family has one at a time: the current one counts for priority and
 * reminders; the others stay on record, marked superseded.
 */
export const SINGLE_CURRENT_KEY_DATE_KINDS = ["APPEAL_DEADLINE"] as const satisfies readonly KeyDateKind[];

export const supersedesEarlier = (kind: KeyDateKind) => (SINGLE_CURRENT_KEY_DATE_KINDS as readonly KeyDateKind[]).includes(kind);

/**
 * Whether a new date of a single-current kind becomes the current one in place of `current`. A
 * date staff enter always does (they have the letter in front of them). A date worked out from
 * another (an appeal deadline from a decision letter or a mediation certificate) does unless the
 * current one is later: the appeal is due 2 months after the decision or 1 month after a mediation
 * certificate, whichever is later.
 */
export function replacesCurrent(added: { on: string; derived: boolean }, current: { on: string }): boolean {
  return !added.derived || added.on >= current.on;
}
