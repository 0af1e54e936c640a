/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ConductAction = "WARNING" | "REMOVAL";

/** First incident: warning letter; second: removal with signposting [003]. The label of each value, as the server words it. */
export const conductActionLabels: Readonly<Record<ConductAction, string>> = {
  WARNING: "Warning letter",
  REMOVAL: "Removal from the service",
};

/** Every ConductAction, in the schema's order (for a select or a list of choices). */
export const conductActionValues: readonly ConductAction[] = ["WARNING", "REMOVAL"];
