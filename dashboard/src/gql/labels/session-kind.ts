/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type SessionKind = "INFORMATION" | "TRAINING";

/** Group work for parents and young people [001 Information Sessions and Training, 004 2.2B10 VI]. The label of each value, as the server words it. */
export const sessionKindLabels: Readonly<Record<SessionKind, string>> = {
  INFORMATION: "Information session",
  TRAINING: "Training session",
};

/** Every SessionKind, in the schema's order (for a select or a list of choices). */
export const sessionKindValues: readonly SessionKind[] = ["INFORMATION", "TRAINING"];
