/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type Eligibility = "PENDING" | "ELIGIBLE" | "INELIGIBLE";

/** The label of each value, as the server words it. */
export const eligibilityLabels: Readonly<Record<Eligibility, string>> = {
  PENDING: "Not decided yet",
  ELIGIBLE: "Eligible",
  INELIGIBLE: "Not eligible",
};

/** Every Eligibility, in the schema's order (for a select or a list of choices). */
export const eligibilityValues: readonly Eligibility[] = ["PENDING", "ELIGIBLE", "INELIGIBLE"];
