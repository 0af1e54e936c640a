/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type CurrentStage = "NO_SUPPORT_YET" | "SEN_SUPPORT" | "EHC_NEEDS_ASSESSMENT" | "DRAFT_PLAN" | "EHC_PLAN" | "ANNUAL_REVIEW" | "APPEAL_TRIBUNAL" | "EXCLUSION" | "OTHER";

/** Where the family is in the SEND process. The label of each value, as the server words it. */
export const currentStageLabels: Readonly<Record<CurrentStage, string>> = {
  NO_SUPPORT_YET: "No support yet",
  SEN_SUPPORT: "SEN support",
  EHC_NEEDS_ASSESSMENT: "EHC needs assessment",
  DRAFT_PLAN: "Draft EHC plan",
  EHC_PLAN: "EHC plan",
  ANNUAL_REVIEW: "Annual review",
  APPEAL_TRIBUNAL: "Appeal or tribunal",
  EXCLUSION: "Exclusion",
  OTHER: "Other",
};

/** Every CurrentStage, in the schema's order (for a select or a list of choices). */
export const currentStageValues: readonly CurrentStage[] = ["NO_SUPPORT_YET", "SEN_SUPPORT", "EHC_NEEDS_ASSESSMENT", "DRAFT_PLAN", "EHC_PLAN", "ANNUAL_REVIEW", "APPEAL_TRIBUNAL", "EXCLUSION", "OTHER"];
