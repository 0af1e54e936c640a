/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type PrimaryNeed = "COMMUNICATION_INTERACTION" | "COGNITION_LEARNING" | "SOCIAL_EMOTIONAL_MENTAL_HEALTH" | "SENSORY_PHYSICAL" | "NOT_KNOWN";

/** The label of each value, as the server words it. */
export const primaryNeedLabels: Readonly<Record<PrimaryNeed, string>> = {
  COMMUNICATION_INTERACTION: "Communication and interaction",
  COGNITION_LEARNING: "Cognition and learning",
  SOCIAL_EMOTIONAL_MENTAL_HEALTH: "Social, emotional and mental health",
  SENSORY_PHYSICAL: "Sensory and/or physical",
  NOT_KNOWN: "Not known",
};

/** Every PrimaryNeed, in the schema's order (for a select or a list of choices). */
export const primaryNeedValues: readonly PrimaryNeed[] = ["COMMUNICATION_INTERACTION", "COGNITION_LEARNING", "SOCIAL_EMOTIONAL_MENTAL_HEALTH", "SENSORY_PHYSICAL", "NOT_KNOWN"];
