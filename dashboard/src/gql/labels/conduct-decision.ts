/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ConductDecision = "UPHOLD" | "DISMISS";

/** A manager's review of a conduct incident: UPHOLD applies its action (a warning letter, or removal of the family); DISMISS records nothing against the family. The label of each value, as the server words it. */
export const conductDecisionLabels: Readonly<Record<ConductDecision, string>> = {
  UPHOLD: "Uphold",
  DISMISS: "Dismiss",
};

/** Every ConductDecision, in the schema's order (for a select or a list of choices). */
export const conductDecisionValues: readonly ConductDecision[] = ["UPHOLD", "DISMISS"];
