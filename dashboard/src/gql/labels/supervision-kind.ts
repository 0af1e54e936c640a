/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type SupervisionKind = "INDIVIDUAL" | "GROUP";

/** One-to-one supervision, or group support (termly). The label of each value, as the server words it. */
export const supervisionKindLabels: Readonly<Record<SupervisionKind, string>> = {
  INDIVIDUAL: "One-to-one supervision",
  GROUP: "Group support",
};

/** Every SupervisionKind, in the schema's order (for a select or a list of choices). */
export const supervisionKindValues: readonly SupervisionKind[] = ["INDIVIDUAL", "GROUP"];
