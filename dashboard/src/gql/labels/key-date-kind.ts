/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type KeyDateKind = "APPEAL_DEADLINE" | "DECISION_LETTER" | "DECISION_TO_ASSESS_DUE" | "DRAFT_PLAN_COMMENTS_DUE" | "DRAFT_PLAN_RECEIVED" | "EHC_NEEDS_ASSESSMENT_REQUEST" | "EXCLUSION_HEARING" | "FINAL_PLAN_DUE" | "MEDIATION_CERTIFICATE" | "MEETING" | "OTHER" | "TRIBUNAL";

/** The label of each value, as the server words it. */
export const keyDateKindLabels: Readonly<Record<KeyDateKind, string>> = {
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

/** Every KeyDateKind, in the schema's order (for a select or a list of choices). */
export const keyDateKindValues: readonly KeyDateKind[] = ["APPEAL_DEADLINE", "DECISION_LETTER", "DECISION_TO_ASSESS_DUE", "DRAFT_PLAN_COMMENTS_DUE", "DRAFT_PLAN_RECEIVED", "EHC_NEEDS_ASSESSMENT_REQUEST", "EXCLUSION_HEARING", "FINAL_PLAN_DUE", "MEDIATION_CERTIFICATE", "MEETING", "OTHER", "TRIBUNAL"];
