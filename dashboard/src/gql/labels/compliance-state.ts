/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ComplianceState = "MISSING" | "EXPIRED" | "DUE_SOON";

/** The label of each value, as the server words it. */
export const complianceStateLabels: Readonly<Record<ComplianceState, string>> = {
  MISSING: "Missing",
  EXPIRED: "Expired or overdue",
  DUE_SOON: "Due soon",
};

/** Every ComplianceState, in the schema's order (for a select or a list of choices). */
export const complianceStateValues: readonly ComplianceState[] = ["MISSING", "EXPIRED", "DUE_SOON"];
