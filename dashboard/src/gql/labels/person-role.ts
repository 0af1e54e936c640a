/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type PersonRole = "PARENT_CARER" | "YOUNG_PERSON";

/** The label of each value, as the server words it. */
export const personRoleLabels: Readonly<Record<PersonRole, string>> = {
  PARENT_CARER: "Parent or carer",
  YOUNG_PERSON: "Young person",
};

/** Every PersonRole, in the schema's order (for a select or a list of choices). */
export const personRoleValues: readonly PersonRole[] = ["PARENT_CARER", "YOUNG_PERSON"];
