/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ComplianceItem = "DBS" | "BARRED_LIST" | "UPDATE_SERVICE" | "CONFIDENTIALITY" | "INDUCTION" | "SAFEGUARDING" | "IPSEA_LEVEL_1" | "OBSERVATION" | "APPRAISAL";

/** The label of each value, as the server words it. */
export const complianceItemLabels: Readonly<Record<ComplianceItem, string>> = {
  DBS: "Enhanced DBS check",
  BARRED_LIST: "Barred-list check",
  UPDATE_SERVICE: "DBS update service",
  CONFIDENTIALITY: "Confidentiality policy",
  INDUCTION: "Induction",
  SAFEGUARDING: "Safeguarding training",
  IPSEA_LEVEL_1: "IPSEA level 1",
  OBSERVATION: "Observation before lone casework",
  APPRAISAL: "Quarterly appraisal",
};

/** Every ComplianceItem, in the schema's order (for a select or a list of choices). */
export const complianceItemValues: readonly ComplianceItem[] = ["DBS", "BARRED_LIST", "UPDATE_SERVICE", "CONFIDENTIALITY", "INDUCTION", "SAFEGUARDING", "IPSEA_LEVEL_1", "OBSERVATION", "APPRAISAL"];
