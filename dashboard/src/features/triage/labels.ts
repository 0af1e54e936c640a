import type {
  AccessibilityNeed,
  ContactMethod,
  CurrentStage,
  DiagnosisStatus,
  Eligibility,
  KeyDateKind,
  ReferralChannel,
  ReferralStatus,
} from "../../gql/graphql";

export const channelLabel: Record<ReferralChannel, string> = {
  WEB_FORM: "Web form",
  HELPLINE: "Helpline",
  ANSWERPHONE: "Answerphone",
  EMAIL: "Email",
  LETTER: "Letter",
  IN_PERSON: "In person",
  PROFESSIONAL: "Professional",
};

export const statusLabel: Record<ReferralStatus, string> = {
  NEW: "New",
  TRIAGED: "Triaged",
  POOLED: "In pool",
  ALLOCATED: "Allocated",
  SIGNPOSTED: "Signposted",
  CLOSED: "Closed",
};

export const eligibilityLabel: Record<Eligibility, { label: string; tone: "ok" | "warn" | "danger" | "neutral" }> = {
  ELIGIBLE: { label: "Eligible", tone: "ok" },
  PENDING: { label: "Eligibility to check", tone: "neutral" },
  INELIGIBLE: { label: "Not eligible", tone: "danger" },
};

export const contactMethodLabel: Record<ContactMethod, string> = {
  PHONE: "Phone",
  EMAIL: "Email",
  TEXT: "Text",
  LETTER: "Letter",
};

export const accessibilityLabel: Record<AccessibilityNeed, string> = {
  LARGE_PRINT: "Large print",
  EASY_READ: "Easy read",
  INTERPRETER: "Interpreter",
  BSL: "BSL",
};

export const currentStageLabel: Record<CurrentStage, string> = {
  NO_SUPPORT_YET: "No extra support yet",
  SEN_SUPPORT: "SEN support",
  EHC_NEEDS_ASSESSMENT: "EHC needs assessment",
  DRAFT_PLAN: "Draft EHC plan",
  EHC_PLAN: "EHC plan",
  ANNUAL_REVIEW: "Annual review",
  EXCLUSION: "Exclusion",
  APPEAL_TRIBUNAL: "Appeal or tribunal",
  OTHER: "Other",
};

export const diagnosisLabel: Record<DiagnosisStatus, string> = {
  NONE: "No diagnosis",
  BEING_ASSESSED: "Being assessed",
  DIAGNOSED: "Diagnosed",
};

export const keyDateLabel: Record<KeyDateKind, string> = {
  APPEAL_DEADLINE: "Appeal deadline",
  DECISION_LETTER: "Decision letter",
  DECISION_TO_ASSESS_DUE: "Decision to assess due",
  DRAFT_PLAN_COMMENTS_DUE: "Comments on draft plan due",
  DRAFT_PLAN_RECEIVED: "Draft plan received",
  EHC_NEEDS_ASSESSMENT_REQUEST: "EHC needs assessment requested",
  EXCLUSION_HEARING: "Exclusion hearing",
  FINAL_PLAN_DUE: "Final plan due",
  MEDIATION_CERTIFICATE: "Mediation certificate",
  MEETING: "Meeting",
  OTHER: "Other",
  TRIBUNAL: "Tribunal",
};

export const levelLabel: Record<1 | 2 | 3 | 4, { label: string; hint: string }> = {
  1: { label: "Level 1: information and signposting", hint: "Written information, the Local Offer, other services." },
  2: { label: "Level 2: advice", hint: "Advice by phone or email on the family's situation." },
  3: { label: "Level 3: support", hint: "Casework: letters, meetings, help with the process." },
  4: { label: "Level 4: intensive support", hint: "Representation, tribunal. Only staff with legal training." },
};

/** A priority reason's weight as the manager reads it: "+25", or "−10" for an override that lowered it. */
export function signedWeight(weight: number): string {
  return weight < 0 ? `−${-weight}` : `+${weight}`;
}

/** The code of the reason that carries a manager's override: its weight is the override minus the computed priority. */
export const OVERRIDE_REASON = "MANAGER_OVERRIDE";

/** The priority the criteria give, before any override: the API's reasons without the override add up to it. */
export function computedPriority(reasons: readonly { code: string; weight: number }[]): number {
  return reasons.filter((r) => r.code !== OVERRIDE_REASON).reduce((sum, r) => sum + r.weight, 0);
}
