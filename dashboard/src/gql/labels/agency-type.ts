/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type AgencyType = "EDUCATION" | "LOCAL_AUTHORITY" | "HEALTH" | "SOCIAL_CARE" | "OTHER";

/** The kind of agency, never which one: poor practice is anonymised for the provider too [001]. The label of each value, as the server words it. */
export const agencyTypeLabels: Readonly<Record<AgencyType, string>> = {
  EDUCATION: "Education (school, college, setting)",
  LOCAL_AUTHORITY: "Local authority SEN team",
  HEALTH: "Health",
  SOCIAL_CARE: "Social care",
  OTHER: "Other",
};

/** Every AgencyType, in the schema's order (for a select or a list of choices). */
export const agencyTypeValues: readonly AgencyType[] = ["EDUCATION", "LOCAL_AUTHORITY", "HEALTH", "SOCIAL_CARE", "OTHER"];
