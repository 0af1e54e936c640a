import {
  ACTIVITY_KIND,
  COMPLAINT_OUTCOME,
  CURRENT_STAGE,
  ETHNIC_GROUP,
  FEEDBACK_KIND,
  HOW_HEARD,
  INTERVENTION_LEVEL_LABELS,
  INTERVENTION_LEVELS,
  MEETING_STATUS,
  PRIMARY_NEED,
  PROFESSIONAL_TYPE,
  REFERRAL_CHANNEL,
  REFERRAL_SOURCE,
  type Vocabulary,
  SESSION_TOPIC,
  SESSION_KIND,
  POOR_PRACTICE_CATEGORY,
} from "../core/vocabulary.js";

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
/** A vocabulary's values as categories, labelled from the one catalogue (core/vocabulary.ts). */
const fromVocabulary = <V extends string>(vocab: Vocabulary<V>): Category[] =>
  vocab.values.map((key) => ({ key, label: vocab.labels[key] }));

export const NOT_RECORDED = "NOT_RECORDED";

export const CHANNELS = fromVocabulary(REFERRAL_CHANNEL);

/** Source and professional type in one breakdown: two linked tables would let one give away the other. */
export const SOURCES: Category[] = [
  ...fromVocabulary(REFERRAL_SOURCE).filter((c) => c.key !== "PROFESSIONAL"),
  ...fromVocabulary(PROFESSIONAL_TYPE).map((c) => ({ key: `PROFESSIONAL:${c.key}`, label: `Professional: ${c.label}` })),
];

export const STAGES = fromVocabulary(CURRENT_STAGE);

export const HOW_HEARD_CATEGORIES = fromVocabulary(HOW_HEARD);

export const LEVELS: Category[] = INTERVENTION_LEVELS.map((level) => ({ key: String(level), label: INTERVENTION_LEVEL_LABELS[level] }));
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

export const PRIMARY_NEEDS = fromVocabulary(PRIMARY_NEED);

/**
 * Ethnicity by the high-level groups of the 2021 census. The stored text is classified by keyword
 * (the rollup triggers of migration 0005), so OTHER also holds text from before the fixed list that
 * matches no group, and NOT_RECORDED those who preferred not to say. The text never leaves the database.
 */
export const ETHNIC_GROUPS: Category[] = [
  ...fromVocabulary(ETHNIC_GROUP).filter((c) => c.key !== "OTHER" && c.key !== "PREFER_NOT_TO_SAY"),
  { key: "OTHER", label: "Other ethnic group or not classified" },
  { key: NOT_RECORDED, label: "Not recorded or declined" },
];

export const ACTIVITY_KINDS = fromVocabulary(ACTIVITY_KIND);
export const MEETING_STATUSES = fromVocabulary(MEETING_STATUS);
export const HEARING_KINDS: Category[] = [
  { key: "TRIBUNAL", label: "Tribunal hearings" },
  { key: "EXCLUSION_HEARING", label: "Exclusion hearings" },
  { key: "MEDIATION_CERTIFICATE", label: "Mediations (certificate issued)" },
];

/** Complaints by outcome; comments and compliments by kind only. One breakdown, so none is linked to another. */
export const FEEDBACK: Category[] = [
  ...fromVocabulary(COMPLAINT_OUTCOME).map((c) => ({
    key: `COMPLAINT:${c.key}`,
    label: `Complaint: ${c.label.toLowerCase()}`,
  })),
  ...fromVocabulary(FEEDBACK_KIND)
    .filter((c) => c.key !== "COMPLAINT")
    .map((c) => ({ key: c.key, label: `${c.label}s` })),
];

export const EVALUATION_RETURNS: Category[] = [
  { key: "RETURNED", label: "Returned" },
  { key: "NOT_RETURNED", label: "Not returned" },
];

/** Evaluation answer keys become labels; only plain identifiers are read (never a string answer). */
export const EVALUATION_KEY_PATTERN = "^[a-zA-Z][a-zA-Z0-9_]{0,39}$";
export const evaluationKeyLabel = (key: string) => humanise(key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase());

// ---- Casework part 3 (decision 042) ----
export const LEVEL_CHANGES: Category[] = [
  { key: "ESCALATED", label: "Escalated to a higher level" },
  { key: "DE_ESCALATED", label: "Moved to a lower level" },
];
export const SESSION_TOPICS = fromVocabulary(SESSION_TOPIC);
export const SESSION_KINDS = fromVocabulary(SESSION_KIND);
export const POOR_PRACTICE_CATEGORIES = fromVocabulary(POOR_PRACTICE_CATEGORY);
export const SESSION_SCORES: Category[] = [
  { key: "usefulness", label: "Sessions: usefulness (1–5)" },
  { key: "impartiality", label: "Sessions: impartiality (1–5)" },
];
