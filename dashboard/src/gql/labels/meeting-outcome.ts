/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type MeetingOutcome = "ATTENDED" | "CANCELLED" | "FAMILY_ATTENDED_ALONE" | "MISSED_WITHOUT_NOTICE";

/** What happened to a scheduled meeting. The label of each value, as the server words it. */
export const meetingOutcomeLabels: Readonly<Record<MeetingOutcome, string>> = {
  ATTENDED: "Attended",
  CANCELLED: "Cancelled",
  FAMILY_ATTENDED_ALONE: "The family attended without us",
  MISSED_WITHOUT_NOTICE: "Missed without notice",
};

/** Every MeetingOutcome, in the schema's order (for a select or a list of choices). */
export const meetingOutcomeValues: readonly MeetingOutcome[] = ["ATTENDED", "CANCELLED", "FAMILY_ATTENDED_ALONE", "MISSED_WITHOUT_NOTICE"];
