/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type RecordAccess = "FULL" | "LIMITED";

/** What a searcher sees of a family: FULL when they may read it; LIMITED shows only that the family is known and who holds it. The label of each value, as the server words it. */
export const recordAccessLabels: Readonly<Record<RecordAccess, string>> = {
  FULL: "Full record",
  LIMITED: "Known to the service (held by someone else)",
};

/** Every RecordAccess, in the schema's order (for a select or a list of choices). */
export const recordAccessValues: readonly RecordAccess[] = ["FULL", "LIMITED"];
