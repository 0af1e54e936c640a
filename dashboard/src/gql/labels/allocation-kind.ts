/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type AllocationKind = "DIRECT" | "CLAIMED";

/** DIRECT: allocated by a manager; CLAIMED: taken from the pool. The label of each value, as the server words it. */
export const allocationKindLabels: Readonly<Record<AllocationKind, string>> = {
  DIRECT: "Allocated by a manager",
  CLAIMED: "Claimed from the pool",
};

/** Every AllocationKind, in the schema's order (for a select or a list of choices). */
export const allocationKindValues: readonly AllocationKind[] = ["DIRECT", "CLAIMED"];
