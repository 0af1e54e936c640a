/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ConsentPartyType = "SCHOOL" | "EARLY_YEARS_SETTING" | "COLLEGE" | "LOCAL_AUTHORITY_SEN_TEAM" | "HEALTH" | "SOCIAL_CARE" | "INDEPENDENT_SUPPORT" | "OTHER";

/** The label of each value, as the server words it. */
export const consentPartyTypeLabels: Readonly<Record<ConsentPartyType, string>> = {
  SCHOOL: "School",
  EARLY_YEARS_SETTING: "Early years setting",
  COLLEGE: "College",
  LOCAL_AUTHORITY_SEN_TEAM: "Local authority SEN team",
  HEALTH: "Health",
  SOCIAL_CARE: "Social care",
  INDEPENDENT_SUPPORT: "Independent Support",
  OTHER: "Other",
};

/** Every ConsentPartyType, in the schema's order (for a select or a list of choices). */
export const consentPartyTypeValues: readonly ConsentPartyType[] = ["SCHOOL", "EARLY_YEARS_SETTING", "COLLEGE", "LOCAL_AUTHORITY_SEN_TEAM", "HEALTH", "SOCIAL_CARE", "INDEPENDENT_SUPPORT", "OTHER"];
