/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ComplaintOutcome = "NOT_UPHELD" | "OPEN" | "PARTLY_UPHELD" | "RESOLVED" | "UPHELD" | "WITHDRAWN";

/** The label of each value, as the server words it. */
export const complaintOutcomeLabels: Readonly<Record<ComplaintOutcome, string>> = {
  NOT_UPHELD: "Not upheld",
  OPEN: "Open",
  PARTLY_UPHELD: "Partly upheld",
  RESOLVED: "Resolved",
  UPHELD: "Upheld",
  WITHDRAWN: "Withdrawn",
};

/** Every ComplaintOutcome, in the schema's order (for a select or a list of choices). */
export const complaintOutcomeValues: readonly ComplaintOutcome[] = ["NOT_UPHELD", "OPEN", "PARTLY_UPHELD", "RESOLVED", "UPHELD", "WITHDRAWN"];
