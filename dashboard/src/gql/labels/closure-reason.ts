/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ClosureReason = "OUTCOME_ACHIEVED" | "FAMILY_WITHDREW" | "NO_CONTACT" | "MISSED_MEETINGS" | "CONDUCT_REMOVAL" | "SIGNPOSTED_ELSEWHERE" | "MOVED_AWAY" | "OTHER" | "INFORMATION_GIVEN";

/** The label of each value, as the server words it. */
export const closureReasonLabels: Readonly<Record<ClosureReason, string>> = {
  OUTCOME_ACHIEVED: "Outcome achieved",
  FAMILY_WITHDREW: "Family withdrew",
  NO_CONTACT: "No contact",
  MISSED_MEETINGS: "Missed meetings",
  CONDUCT_REMOVAL: "Removed for conduct",
  SIGNPOSTED_ELSEWHERE: "Signposted elsewhere",
  MOVED_AWAY: "Moved away",
  OTHER: "Other",
  INFORMATION_GIVEN: "Information given (quick call)",
};

/** Every ClosureReason, in the schema's order (for a select or a list of choices). */
export const closureReasonValues: readonly ClosureReason[] = ["OUTCOME_ACHIEVED", "FAMILY_WITHDREW", "NO_CONTACT", "MISSED_MEETINGS", "CONDUCT_REMOVAL", "SIGNPOSTED_ELSEWHERE", "MOVED_AWAY", "OTHER", "INFORMATION_GIVEN"];
