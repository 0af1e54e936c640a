/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type PrimaryNeed = "COGNITION_LEARNING" | "COMMUNICATION_INTERACTION" | "NOT_KNOWN" | "SENSORY_PHYSICAL" | "SOCIAL_EMOTIONAL_MENTAL_HEALTH";

/** The label of each value, as the server words it. */
export const primaryNeedLabels: Readonly<Record<PrimaryNeed, string>> = {
  COGNITION_LEARNING: "Cognition and learning",
  COMMUNICATION_INTERACTION: "Communication and interaction",
  NOT_KNOWN: "Not known",
  SENSORY_PHYSICAL: "Sensory and/or physical",
  SOCIAL_EMOTIONAL_MENTAL_HEALTH: "Social, emotional and mental health",
};

/** Every PrimaryNeed, in the schema's order (for a select or a list of choices). */
export const primaryNeedValues: readonly PrimaryNeed[] = ["COGNITION_LEARNING", "COMMUNICATION_INTERACTION", "NOT_KNOWN", "SENSORY_PHYSICAL", "SOCIAL_EMOTIONAL_MENTAL_HEALTH"];
