import { activityKind, meetingStatus } from "../casework/casework.table.js";
import { complaintOutcome, feedbackKind } from "../complaint/complaint.table.js";
import { primaryNeed } from "../person/person.table.js";
import { currentStage, howHeard, professionalType, referralChannel } from "../referral/referral.table.js";

/**
 * Every category a breakdown can show, with its label, in display order. Categories are fixed
 * lists (never values copied from free text), so a label can never carry personal data, and a
 * category with no cases still shows as 0.
 */
export interface Category {
  key: string;
  label: string;
}

const humanise = (v: string) => v.charAt(0) + v.slice(1).toLowerCase().replace(/_/g, " ");
const fromEnum = (values: readonly string[], labels: Record<string, string> = {}): Category[] =>
  values.map((key) => ({ key, label: labels[key] ?? humanise(key) }));

export const NOT_RECORDED = "NOT_RECORDED";

export const CHANNELS = fromEnum(referralChannel.enumValues, {
  HELPLINE: "Helpline (phone)",
  ANSWERPHONE: "Answerphone message",
  WEB_FORM: "Web form",
  IN_PERSON: "In person (events)",
  PROFESSIONAL: "Professional referral",
});

/** Source and professional type in one breakdown: two linked tables would let one give away the other. */
export const SOURCES: Category[] = [
  { key: "PARENT_CARER", label: "Parent or carer" },
  { key: "YOUNG_PERSON", label: "Young person" },
  ...fromEnum(professionalType.enumValues, {
    SEN_ASSESSMENT_TEAM: "SEN assessment team",
    SERVICE_COORDINATOR: "Service co-ordinator",
  }).map((c) => ({ key: `PROFESSIONAL:${c.key}`, label: `Professional: ${c.label}` })),
];

export const STAGES = fromEnum(currentStage.enumValues, {
  NO_SUPPORT_YET: "No support yet",
  SEN_SUPPORT: "SEN support",
  EHC_NEEDS_ASSESSMENT: "EHC needs assessment",
  DRAFT_PLAN: "Draft EHC plan",
  EHC_PLAN: "EHC plan",
  APPEAL_TRIBUNAL: "Appeal or tribunal",
});

export const HOW_HEARD = fromEnum(howHeard.enumValues, {
  LOCAL_AUTHORITY: "Local authority",
  LOCAL_OFFER: "Local Offer",
  FRIEND_FAMILY: "Friend or family",
  PREVIOUS_USE: "Used the service before",
});

export const LEVELS: Category[] = [
  { key: "1", label: "Level 1: information" },
  { key: "2", label: "Level 2: advice" },
  { key: "3", label: "Level 3: support" },
  { key: "4", label: "Level 4: intensive support" },
];
export const REFERRAL_LEVELS: Category[] = [...LEVELS, { key: "NONE", label: "Not yet decided" }];

/** Age at referral; the bands the steering group reports by. */
export const AGE_BANDS: (Category & { from: number; to: number })[] = [
  { key: "0-4", label: "0 to 4", from: 0, to: 4 },
  { key: "5-10", label: "5 to 10", from: 5, to: 10 },
  { key: "11-15", label: "11 to 15", from: 11, to: 15 },
  { key: "16-19", label: "16 to 19", from: 16, to: 19 },
  { key: "20-25", label: "20 to 25", from: 20, to: 25 },
];
export const AGE_BAND_CATEGORIES: Category[] = [...AGE_BANDS, { key: NOT_RECORDED, label: "Not recorded" }];

export const PRIMARY_NEEDS = fromEnum(primaryNeed.enumValues, {
  COMMUNICATION_INTERACTION: "Communication and interaction",
  COGNITION_LEARNING: "Cognition and learning",
  SOCIAL_EMOTIONAL_MENTAL_HEALTH: "Social, emotional and mental health",
  SENSORY_PHYSICAL: "Sensory and/or physical",
  NOT_KNOWN: "Not known",
});

/**
 * Ethnicity is recorded as free text; statistics use the five high-level groups of the 2021
 * census, matched by keyword in SQL (`ETHNIC_GROUP_SQL`). The text itself never leaves the database.
 */
export const ETHNIC_GROUPS: Category[] = [
  { key: "ASIAN", label: "Asian or Asian British" },
  { key: "BLACK", label: "Black, Black British, Caribbean or African" },
  { key: "MIXED", label: "Mixed or multiple ethnic groups" },
  { key: "WHITE", label: "White" },
  { key: "OTHER", label: "Other ethnic group or not classified" },
  { key: NOT_RECORDED, label: "Not recorded or declined" },
];

export const ACTIVITY_KINDS = fromEnum(activityKind.enumValues, { FACE_TO_FACE: "Face to face" });
export const MEETING_STATUSES = fromEnum(meetingStatus.enumValues, { MISSED_WITHOUT_NOTICE: "Missed without notice" });
export const HEARING_KINDS: Category[] = [
  { key: "TRIBUNAL", label: "Tribunal hearings" },
  { key: "EXCLUSION_HEARING", label: "Exclusion hearings" },
  { key: "MEDIATION_CERTIFICATE", label: "Mediations (certificate issued)" },
];

/** Complaints by outcome; comments and compliments by kind only. One breakdown, so none is linked to another. */
export const FEEDBACK: Category[] = [
  ...fromEnum(complaintOutcome.enumValues, { OPEN: "Open", PARTLY_UPHELD: "Partly upheld", NOT_UPHELD: "Not upheld" }).map((c) => ({
    key: `COMPLAINT:${c.key}`,
    label: `Complaint: ${c.label.toLowerCase()}`,
  })),
  ...feedbackKind.enumValues.filter((k) => k !== "COMPLAINT").map((key) => ({ key, label: `${humanise(key)}s` })),
];

export const EVALUATION_RETURNS: Category[] = [
  { key: "RETURNED", label: "Returned" },
  { key: "NOT_RETURNED", label: "Not returned" },
];

/** Evaluation answer keys become labels; only plain identifiers are read (never a string answer). */
export const EVALUATION_KEY_PATTERN = "^[a-zA-Z][a-zA-Z0-9_]{0,39}$";
export const evaluationKeyLabel = (key: string) => humanise(key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase());
