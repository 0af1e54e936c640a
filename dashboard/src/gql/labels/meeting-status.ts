/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type MeetingStatus = "ATTENDED" | "CANCELLED" | "FAMILY_ATTENDED_ALONE" | "MISSED_WITHOUT_NOTICE" | "SCHEDULED";

/** The label of each value, as the server words it. */
export const meetingStatusLabels: Readonly<Record<MeetingStatus, string>> = {
  ATTENDED: "Attended",
  CANCELLED: "Cancelled",
  FAMILY_ATTENDED_ALONE: "The family attended without us",
  MISSED_WITHOUT_NOTICE: "Missed without notice",
  SCHEDULED: "Scheduled",
};

/** Every MeetingStatus, in the schema's order (for a select or a list of choices). */
export const meetingStatusValues: readonly MeetingStatus[] = ["ATTENDED", "CANCELLED", "FAMILY_ATTENDED_ALONE", "MISSED_WITHOUT_NOTICE", "SCHEDULED"];
