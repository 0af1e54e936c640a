/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ConductReviewStatus = "AWAITING_REVIEW" | "UPHELD" | "DISMISSED";

/** Where a recorded conduct incident stands: a manager upholds it (its action applies) or dismisses it [003]. The label of each value, as the server words it. */
export const conductReviewStatusLabels: Readonly<Record<ConductReviewStatus, string>> = {
  AWAITING_REVIEW: "Awaiting a manager's review",
  UPHELD: "Upheld",
  DISMISSED: "Dismissed",
};

/** Every ConductReviewStatus, in the schema's order (for a select or a list of choices). */
export const conductReviewStatusValues: readonly ConductReviewStatus[] = ["AWAITING_REVIEW", "UPHELD", "DISMISSED"];
