/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type MonitoringKind = "POOR_PRACTICE" | "POSITIVE_OUTCOME";

/** An anonymised monitoring note: an issue of poor practice, or a positive outcome of engagement and co-production [001]. The label of each value, as the server words it. */
export const monitoringKindLabels: Readonly<Record<MonitoringKind, string>> = {
  POOR_PRACTICE: "Poor practice challenged",
  POSITIVE_OUTCOME: "Positive outcome",
};

/** Every MonitoringKind, in the schema's order (for a select or a list of choices). */
export const monitoringKindValues: readonly MonitoringKind[] = ["POOR_PRACTICE", "POSITIVE_OUTCOME"];
