/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type SupervisionTopic = "CASEWORK" | "PRACTICE" | "HEALTH_AND_SAFETY" | "WELLBEING" | "TRAINING";

/** The label of each value, as the server words it. */
export const supervisionTopicLabels: Readonly<Record<SupervisionTopic, string>> = {
  CASEWORK: "Casework",
  PRACTICE: "Practice",
  HEALTH_AND_SAFETY: "Health and safety",
  WELLBEING: "Wellbeing",
  TRAINING: "Training",
};

/** Every SupervisionTopic, in the schema's order (for a select or a list of choices). */
export const supervisionTopicValues: readonly SupervisionTopic[] = ["CASEWORK", "PRACTICE", "HEALTH_AND_SAFETY", "WELLBEING", "TRAINING"];
