/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type PoorPracticeCategory = "STATUTORY_TIMESCALES" | "PROVISION_NOT_DELIVERED" | "COMMUNICATION" | "UNLAWFUL_EXCLUSION" | "ASSESSMENT_REFUSED" | "OTHER";

/** Kinds of poor practice the service challenges, recorded anonymised for the monitoring report [001]. The label of each value, as the server words it. */
export const poorPracticeCategoryLabels: Readonly<Record<PoorPracticeCategory, string>> = {
  STATUTORY_TIMESCALES: "Statutory timescales missed",
  PROVISION_NOT_DELIVERED: "Provision not delivered",
  COMMUNICATION: "Poor communication with the family",
  UNLAWFUL_EXCLUSION: "Unlawful or informal exclusion",
  ASSESSMENT_REFUSED: "Assessment or support refused",
  OTHER: "Other",
};

/** Every PoorPracticeCategory, in the schema's order (for a select or a list of choices). */
export const poorPracticeCategoryValues: readonly PoorPracticeCategory[] = ["STATUTORY_TIMESCALES", "PROVISION_NOT_DELIVERED", "COMMUNICATION", "UNLAWFUL_EXCLUSION", "ASSESSMENT_REFUSED", "OTHER"];
