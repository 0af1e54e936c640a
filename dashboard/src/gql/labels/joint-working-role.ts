/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type JointWorkingRole = "CO_WORKER" | "SHADOW";

/** Joint working on a level-4 case [004 2.2B3]: a co-worker works the case with its holder; a shadow reads it and attends, to learn. The label of each value, as the server words it. */
export const jointWorkingRoleLabels: Readonly<Record<JointWorkingRole, string>> = {
  CO_WORKER: "Co-worker",
  SHADOW: "Shadowing",
};

/** Every JointWorkingRole, in the schema's order (for a select or a list of choices). */
export const jointWorkingRoleValues: readonly JointWorkingRole[] = ["CO_WORKER", "SHADOW"];
