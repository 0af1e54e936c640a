/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type BlockingReasonCode = "AT_CAPACITY" | "CONFIDENTIALITY_NOT_SIGNED" | "CONFLICT_OF_INTEREST" | "DBS_NOT_VALID" | "NOT_QUALIFIED_FOR_LEVEL";

/** Why a staff member may not hold a case; the same code a refused allocation carries. The label of each value, as the server words it. */
export const blockingReasonCodeLabels: Readonly<Record<BlockingReasonCode, string>> = {
  AT_CAPACITY: "At capacity",
  CONFIDENTIALITY_NOT_SIGNED: "Confidentiality policy not signed",
  CONFLICT_OF_INTEREST: "Conflict of interest",
  DBS_NOT_VALID: "No valid enhanced DBS check",
  NOT_QUALIFIED_FOR_LEVEL: "Not qualified for the level",
};

/** Every BlockingReasonCode, in the schema's order (for a select or a list of choices). */
export const blockingReasonCodeValues: readonly BlockingReasonCode[] = ["AT_CAPACITY", "CONFIDENTIALITY_NOT_SIGNED", "CONFLICT_OF_INTEREST", "DBS_NOT_VALID", "NOT_QUALIFIED_FOR_LEVEL"];
