/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type MeetingOutcome = "ATTENDED" | "MISSED_WITHOUT_NOTICE" | "CANCELLED" | "FAMILY_ATTENDED_ALONE";

/** What happened to a scheduled meeting. The label of each value, as the server words it. */
export const meetingOutcomeLabels: Readonly<Record<MeetingOutcome, string>> = {
  ATTENDED: "Attended",
  MISSED_WITHOUT_NOTICE: "Missed without notice",
  CANCELLED: "Cancelled",
  FAMILY_ATTENDED_ALONE: "The family attended without us",
};

/** Every MeetingOutcome, in the schema's order (for a select or a list of choices). */
export const meetingOutcomeValues: readonly MeetingOutcome[] = ["ATTENDED", "MISSED_WITHOUT_NOTICE", "CANCELLED", "FAMILY_ATTENDED_ALONE"];
