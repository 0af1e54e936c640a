/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type DecisionMaker = "PARENT_CARER" | "YOUNG_PERSON";

/** Who makes decisions: a young person aged 16 or over decides for themselves [003]. The label of each value, as the server words it. */
export const decisionMakerLabels: Readonly<Record<DecisionMaker, string>> = {
  PARENT_CARER: "Parent or carer",
  YOUNG_PERSON: "The young person",
};

/** Every DecisionMaker, in the schema's order (for a select or a list of choices). */
export const decisionMakerValues: readonly DecisionMaker[] = ["PARENT_CARER", "YOUNG_PERSON"];
