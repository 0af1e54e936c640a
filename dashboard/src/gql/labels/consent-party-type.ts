/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ConsentPartyType = "COLLEGE" | "EARLY_YEARS_SETTING" | "HEALTH" | "INDEPENDENT_SUPPORT" | "LOCAL_AUTHORITY_SEN_TEAM" | "OTHER" | "SCHOOL" | "SOCIAL_CARE";

/** The label of each value, as the server words it. */
export const consentPartyTypeLabels: Readonly<Record<ConsentPartyType, string>> = {
  COLLEGE: "College",
  EARLY_YEARS_SETTING: "Early years setting",
  HEALTH: "Health",
  INDEPENDENT_SUPPORT: "Independent Support",
  LOCAL_AUTHORITY_SEN_TEAM: "Local authority SEN team",
  OTHER: "Other",
  SCHOOL: "School",
  SOCIAL_CARE: "Social care",
};

/** Every ConsentPartyType, in the schema's order (for a select or a list of choices). */
export const consentPartyTypeValues: readonly ConsentPartyType[] = ["COLLEGE", "EARLY_YEARS_SETTING", "HEALTH", "INDEPENDENT_SUPPORT", "LOCAL_AUTHORITY_SEN_TEAM", "OTHER", "SCHOOL", "SOCIAL_CARE"];
