/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ClosureReason = "CONDUCT_REMOVAL" | "FAMILY_WITHDREW" | "INFORMATION_GIVEN" | "MISSED_MEETINGS" | "MOVED_AWAY" | "NO_CONTACT" | "OTHER" | "OUTCOME_ACHIEVED" | "SIGNPOSTED_ELSEWHERE";

/** The label of each value, as the server words it. */
export const closureReasonLabels: Readonly<Record<ClosureReason, string>> = {
  CONDUCT_REMOVAL: "Removed for conduct",
  FAMILY_WITHDREW: "Family withdrew",
  INFORMATION_GIVEN: "Information given (quick call)",
  MISSED_MEETINGS: "Missed meetings",
  MOVED_AWAY: "Moved away",
  NO_CONTACT: "No contact",
  OTHER: "Other",
  OUTCOME_ACHIEVED: "Outcome achieved",
  SIGNPOSTED_ELSEWHERE: "Signposted elsewhere",
};

/** Every ClosureReason, in the schema's order (for a select or a list of choices). */
export const closureReasonValues: readonly ClosureReason[] = ["CONDUCT_REMOVAL", "FAMILY_WITHDREW", "INFORMATION_GIVEN", "MISSED_MEETINGS", "MOVED_AWAY", "NO_CONTACT", "OTHER", "OUTCOME_ACHIEVED", "SIGNPOSTED_ELSEWHERE"];
