/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ClosureProposalDecision = "CLOSE" | "KEEP_OPEN";

/** A manager's decision on a case put forward for closure after two missed meetings [003]. The label of each value, as the server words it. */
export const closureProposalDecisionLabels: Readonly<Record<ClosureProposalDecision, string>> = {
  CLOSE: "Close the case",
  KEEP_OPEN: "Keep it open",
};

/** Every ClosureProposalDecision, in the schema's order (for a select or a list of choices). */
export const closureProposalDecisionValues: readonly ClosureProposalDecision[] = ["CLOSE", "KEEP_OPEN"];
