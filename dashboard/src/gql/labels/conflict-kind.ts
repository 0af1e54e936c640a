/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ConflictKind = "FAMILY" | "EDUCATION_SETTING" | "PARENT_GROUP" | "COLLEAGUE" | "AGENCY";

/** The label of each value, as the server words it. */
export const conflictKindLabels: Readonly<Record<ConflictKind, string>> = {
  FAMILY: "A family or a named person",
  EDUCATION_SETTING: "A school, nursery or college",
  PARENT_GROUP: "A parent support group",
  COLLEAGUE: "A colleague",
  AGENCY: "Another agency",
};

/** Every ConflictKind, in the schema's order (for a select or a list of choices). */
export const conflictKindValues: readonly ConflictKind[] = ["FAMILY", "EDUCATION_SETTING", "PARENT_GROUP", "COLLEAGUE", "AGENCY"];
