/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type StatFigures = "EXACT" | "PROTECTED";

/** EXACT: true counts, for a manager's own service. PROTECTED: every count has passed through the disclosure control of decision 028 (small counts shown as 0 or k, others moved by up to 2), for steering members and figures across services. The label of each value, as the server words it. */
export const statFiguresLabels: Readonly<Record<StatFigures, string>> = {
  EXACT: "Exact figures",
  PROTECTED: "Protected figures",
};

/** Every StatFigures, in the schema's order (for a select or a list of choices). */
export const statFiguresValues: readonly StatFigures[] = ["EXACT", "PROTECTED"];
