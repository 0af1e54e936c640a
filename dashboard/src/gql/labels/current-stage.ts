/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type CurrentStage = "ANNUAL_REVIEW" | "APPEAL_TRIBUNAL" | "DRAFT_PLAN" | "EHC_NEEDS_ASSESSMENT" | "EHC_PLAN" | "EXCLUSION" | "NO_SUPPORT_YET" | "OTHER" | "SEN_SUPPORT";

/** Where the family is in the SEND process. The label of each value, as the server words it. */
export const currentStageLabels: Readonly<Record<CurrentStage, string>> = {
  ANNUAL_REVIEW: "Annual review",
  APPEAL_TRIBUNAL: "Appeal or tribunal",
  DRAFT_PLAN: "Draft EHC plan",
  EHC_NEEDS_ASSESSMENT: "EHC needs assessment",
  EHC_PLAN: "EHC plan",
  EXCLUSION: "Exclusion",
  NO_SUPPORT_YET: "No support yet",
  OTHER: "Other",
  SEN_SUPPORT: "SEN support",
};

/** Every CurrentStage, in the schema's order (for a select or a list of choices). */
export const currentStageValues: readonly CurrentStage[] = ["ANNUAL_REVIEW", "APPEAL_TRIBUNAL", "DRAFT_PLAN", "EHC_NEEDS_ASSESSMENT", "EHC_PLAN", "EXCLUSION", "NO_SUPPORT_YET", "OTHER", "SEN_SUPPORT"];
