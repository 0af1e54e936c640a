/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type SessionTopic = "SEN_SUPPORT" | "EHC_NEEDS_ASSESSMENT" | "DRAFT_EHCP" | "ANNUAL_REVIEWS" | "EXCLUSIONS" | "TRIBUNALS_AND_MEDIATION" | "PREPARING_FOR_ADULTHOOD" | "GETTING_THE_MOST_FROM_MEETINGS" | "OTHER";

/** The theme of a session [004 2.2B2: common themes such as SEN support, draft EHCPs, annual reviews]. The label of each value, as the server words it. */
export const sessionTopicLabels: Readonly<Record<SessionTopic, string>> = {
  SEN_SUPPORT: "SEN support",
  EHC_NEEDS_ASSESSMENT: "EHC needs assessment",
  DRAFT_EHCP: "Draft EHC plans",
  ANNUAL_REVIEWS: "Annual reviews",
  EXCLUSIONS: "Exclusions",
  TRIBUNALS_AND_MEDIATION: "Tribunals and mediation",
  PREPARING_FOR_ADULTHOOD: "Preparing for adulthood",
  GETTING_THE_MOST_FROM_MEETINGS: "Getting the most out of meetings",
  OTHER: "Other",
};

/** Every SessionTopic, in the schema's order (for a select or a list of choices). */
export const sessionTopicValues: readonly SessionTopic[] = ["SEN_SUPPORT", "EHC_NEEDS_ASSESSMENT", "DRAFT_EHCP", "ANNUAL_REVIEWS", "EXCLUSIONS", "TRIBUNALS_AND_MEDIATION", "PREPARING_FOR_ADULTHOOD", "GETTING_THE_MOST_FROM_MEETINGS", "OTHER"];
