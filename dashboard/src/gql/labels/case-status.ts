/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type CaseStatus = "OPEN" | "INACTIVE" | "CLOSED";

/** Intervention status in the national model: open, inactive or closed. The label of each value, as the server words it. */
export const caseStatusLabels: Readonly<Record<CaseStatus, string>> = {
  OPEN: "Open",
  INACTIVE: "Inactive",
  CLOSED: "Closed",
};

/** Every CaseStatus, in the schema's order (for a select or a list of choices). */
export const caseStatusValues: readonly CaseStatus[] = ["OPEN", "INACTIVE", "CLOSED"];
