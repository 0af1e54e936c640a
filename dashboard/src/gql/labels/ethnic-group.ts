/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type EthnicGroup = "ASIAN" | "BLACK" | "MIXED" | "WHITE" | "OTHER" | "PREFER_NOT_TO_SAY";

/** Ethnic group, as the high-level categories of the 2021 census: a fixed list, never free text, as it stays in the anonymised statistics after erasure. The label of each value, as the server words it. */
export const ethnicGroupLabels: Readonly<Record<EthnicGroup, string>> = {
  ASIAN: "Asian or Asian British",
  BLACK: "Black, Black British, Caribbean or African",
  MIXED: "Mixed or multiple ethnic groups",
  WHITE: "White",
  OTHER: "Other ethnic group",
  PREFER_NOT_TO_SAY: "Prefer not to say",
};

/** Every EthnicGroup, in the schema's order (for a select or a list of choices). */
export const ethnicGroupValues: readonly EthnicGroup[] = ["ASIAN", "BLACK", "MIXED", "WHITE", "OTHER", "PREFER_NOT_TO_SAY"];
