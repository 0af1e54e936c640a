import { DateTime } from "luxon";
import type { KeyDateKind } from "../core/vocabulary.js";

export interface DerivedDate {
  kind: KeyDateKind;
  on: string;
  rule: string;
}

const plus = (iso: string, d: { weeks?: number; months?: number; days?: number }) =>
  DateTime.fromISO(iso, { zone: "UTC" }).plus(d).toISODate()!;

/**
 * Statutory timelines that follow from a recorded date (SEND Code of Practice, as set out in SPEC §3):
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
      throw new Error(`unhandled key date kind ${unhandled}`);
    }
  }
}

/** The appeal deadline: 2 months after the decision or 1 month after a mediation certificate, whichever is later. */
export function appealDeadline(decisionOn: string | null, mediationCertificateOn: string | null): string | null {
  const candidates = [
    decisionOn ? plus(decisionOn, { months: 2 }) : null,
    mediationCertificateOn ? plus(mediationCertificateOn, { months: 1 }) : null,
  ].filter((d): d is string => d !== null);
  return candidates.length ? candidates.sort().at(-1)! : null;
}
