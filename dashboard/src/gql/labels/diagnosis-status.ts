/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type DiagnosisStatus = "BEING_ASSESSED" | "DIAGNOSED" | "NONE";

/** The label of each value, as the server words it. */
export const diagnosisStatusLabels: Readonly<Record<DiagnosisStatus, string>> = {
  BEING_ASSESSED: "Being assessed",
  DIAGNOSED: "Diagnosed",
  NONE: "No diagnosis",
};

/** Every DiagnosisStatus, in the schema's order (for a select or a list of choices). */
export const diagnosisStatusValues: readonly DiagnosisStatus[] = ["BEING_ASSESSED", "DIAGNOSED", "NONE"];
