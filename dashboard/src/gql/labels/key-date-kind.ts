/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type KeyDateKind = "MEETING" | "TRIBUNAL" | "APPEAL_DEADLINE" | "EXCLUSION_HEARING" | "EHC_NEEDS_ASSESSMENT_REQUEST" | "DECISION_TO_ASSESS_DUE" | "FINAL_PLAN_DUE" | "DRAFT_PLAN_RECEIVED" | "DRAFT_PLAN_COMMENTS_DUE" | "DECISION_LETTER" | "MEDIATION_CERTIFICATE" | "OTHER";

/** The label of each value, as the server words it. */
export const keyDateKindLabels: Readonly<Record<KeyDateKind, string>> = {
  MEETING: "Meeting",
  TRIBUNAL: "Tribunal",
  APPEAL_DEADLINE: "Appeal deadline",
  EXCLUSION_HEARING: "Exclusion hearing",
  EHC_NEEDS_ASSESSMENT_REQUEST: "EHC needs assessment requested",
  DECISION_TO_ASSESS_DUE: "Decision to assess due",
  FINAL_PLAN_DUE: "Final plan due",
  DRAFT_PLAN_RECEIVED: "Draft plan received",
  DRAFT_PLAN_COMMENTS_DUE: "Comments on draft plan due",
  DECISION_LETTER: "Decision letter",
  MEDIATION_CERTIFICATE: "Mediation certificate",
  OTHER: "Other",
};

/** Every KeyDateKind, in the schema's order (for a select or a list of choices). */
export const keyDateKindValues: readonly KeyDateKind[] = ["MEETING", "TRIBUNAL", "APPEAL_DEADLINE", "EXCLUSION_HEARING", "EHC_NEEDS_ASSESSMENT_REQUEST", "DECISION_TO_ASSESS_DUE", "FINAL_PLAN_DUE", "DRAFT_PLAN_RECEIVED", "DRAFT_PLAN_COMMENTS_DUE", "DECISION_LETTER", "MEDIATION_CERTIFICATE", "OTHER"];
