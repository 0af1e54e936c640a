/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ComplaintOutcome = "OPEN" | "UPHELD" | "PARTLY_UPHELD" | "NOT_UPHELD" | "RESOLVED" | "WITHDRAWN";

/** The label of each value, as the server words it. */
export const complaintOutcomeLabels: Readonly<Record<ComplaintOutcome, string>> = {
  OPEN: "Open",
  UPHELD: "Upheld",
  PARTLY_UPHELD: "Partly upheld",
  NOT_UPHELD: "Not upheld",
  RESOLVED: "Resolved",
  WITHDRAWN: "Withdrawn",
};

/** Every ComplaintOutcome, in the schema's order (for a select or a list of choices). */
export const complaintOutcomeValues: readonly ComplaintOutcome[] = ["OPEN", "UPHELD", "PARTLY_UPHELD", "NOT_UPHELD", "RESOLVED", "WITHDRAWN"];
