/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type BlockingReasonCode = "NOT_QUALIFIED_FOR_LEVEL" | "DBS_NOT_VALID" | "CONFIDENTIALITY_NOT_SIGNED" | "CONFLICT_OF_INTEREST" | "NO_INDUCTION" | "SAFEGUARDING_TRAINING_EXPIRED" | "NO_IPSEA_LEVEL_1" | "BARRED_LIST_NOT_CHECKED" | "NO_OBSERVATION" | "AT_CAPACITY";

/** Why a staff member may not hold a case; the same code a refused allocation carries. The label of each value, as the server words it. */
export const blockingReasonCodeLabels: Readonly<Record<BlockingReasonCode, string>> = {
  NOT_QUALIFIED_FOR_LEVEL: "Not qualified for the level",
  DBS_NOT_VALID: "No valid enhanced DBS check",
  CONFIDENTIALITY_NOT_SIGNED: "Confidentiality policy not signed",
  CONFLICT_OF_INTEREST: "Conflict of interest",
  NO_INDUCTION: "No induction on record",
  SAFEGUARDING_TRAINING_EXPIRED: "Safeguarding training missing or expired",
  NO_IPSEA_LEVEL_1: "Volunteer without IPSEA level 1",
  BARRED_LIST_NOT_CHECKED: "No barred-list check with the DBS check",
  NO_OBSERVATION: "Not yet observed before lone casework",
  AT_CAPACITY: "At capacity",
};

/** Every BlockingReasonCode, in the schema's order (for a select or a list of choices). */
export const blockingReasonCodeValues: readonly BlockingReasonCode[] = ["NOT_QUALIFIED_FOR_LEVEL", "DBS_NOT_VALID", "CONFIDENTIALITY_NOT_SIGNED", "CONFLICT_OF_INTEREST", "NO_INDUCTION", "SAFEGUARDING_TRAINING_EXPIRED", "NO_IPSEA_LEVEL_1", "BARRED_LIST_NOT_CHECKED", "NO_OBSERVATION", "AT_CAPACITY"];
