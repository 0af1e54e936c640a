/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type OverdueScope = "MINE" | "TEAM";

/** MINE: items for the caller to act on. TEAM (managers): every open item of the service. The label of each value, as the server words it. */
export const overdueScopeLabels: Readonly<Record<OverdueScope, string>> = {
  MINE: "Mine to act on",
  TEAM: "The whole team's",
};

/** Every OverdueScope, in the schema's order (for a select or a list of choices). */
export const overdueScopeValues: readonly OverdueScope[] = ["MINE", "TEAM"];
