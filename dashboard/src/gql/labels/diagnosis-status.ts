/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type DiagnosisStatus = "NONE" | "BEING_ASSESSED" | "DIAGNOSED";

/** The label of each value, as the server words it. */
export const diagnosisStatusLabels: Readonly<Record<DiagnosisStatus, string>> = {
  NONE: "No diagnosis",
  BEING_ASSESSED: "Being assessed",
  DIAGNOSED: "Diagnosed",
};

/** Every DiagnosisStatus, in the schema's order (for a select or a list of choices). */
export const diagnosisStatusValues: readonly DiagnosisStatus[] = ["NONE", "BEING_ASSESSED", "DIAGNOSED"];
