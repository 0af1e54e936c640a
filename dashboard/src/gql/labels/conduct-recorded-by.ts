/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ConductRecordedBy = "CASE_WORKERS" | "MANAGERS_ONLY";

/** A service setting: who may record a conduct incident (default CASE_WORKERS). The label of each value, as the server words it. */
export const conductRecordedByLabels: Readonly<Record<ConductRecordedBy, string>> = {
  CASE_WORKERS: "Whoever works the case (holder, co-worker) and managers",
  MANAGERS_ONLY: "Managers only",
};

/** Every ConductRecordedBy, in the schema's order (for a select or a list of choices). */
export const conductRecordedByValues: readonly ConductRecordedBy[] = ["CASE_WORKERS", "MANAGERS_ONLY"];
