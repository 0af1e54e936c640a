/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type TrainingKind = "IPSEA_LEVEL_1" | "IPSEA_LEVEL_2" | "IPSEA_LEVEL_3" | "INDEPENDENT_SUPPORT" | "SAFEGUARDING" | "INDUCTION" | "OBSERVATION";

/** The label of each value, as the server words it. */
export const trainingKindLabels: Readonly<Record<TrainingKind, string>> = {
  IPSEA_LEVEL_1: "IPSEA level 1",
  IPSEA_LEVEL_2: "IPSEA level 2",
  IPSEA_LEVEL_3: "IPSEA level 3 (legal training)",
  INDEPENDENT_SUPPORT: "Independent Support",
  SAFEGUARDING: "Safeguarding",
  INDUCTION: "Induction",
  OBSERVATION: "Observed in casework before working alone",
};

/** Every TrainingKind, in the schema's order (for a select or a list of choices). */
export const trainingKindValues: readonly TrainingKind[] = ["IPSEA_LEVEL_1", "IPSEA_LEVEL_2", "IPSEA_LEVEL_3", "INDEPENDENT_SUPPORT", "SAFEGUARDING", "INDUCTION", "OBSERVATION"];
