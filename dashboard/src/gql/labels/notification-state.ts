/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type NotificationState = "QUEUED" | "RETRYING" | "SENT" | "FAILED";

/** Where an email notification is in its delivery. The label of each value, as the server words it. */
export const notificationStateLabels: Readonly<Record<NotificationState, string>> = {
  QUEUED: "Queued",
  RETRYING: "Retrying",
  SENT: "Sent",
  FAILED: "Failed",
};

/** Every NotificationState, in the schema's order (for a select or a list of choices). */
export const notificationStateValues: readonly NotificationState[] = ["QUEUED", "RETRYING", "SENT", "FAILED"];
