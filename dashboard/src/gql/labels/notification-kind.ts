/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type NotificationKind = "SAFEGUARDING_CONCERN" | "ALLOCATION" | "OVERDUE_DIGEST" | "FAMILY_RECEIPT";

/** What an email notification is about. The label of each value, as the server words it. */
export const notificationKindLabels: Readonly<Record<NotificationKind, string>> = {
  SAFEGUARDING_CONCERN: "Safeguarding concern raised",
  ALLOCATION: "Case allocated to you",
  OVERDUE_DIGEST: "Daily digest of overdue duties",
  FAMILY_RECEIPT: "Receipt to a family",
};

/** Every NotificationKind, in the schema's order (for a select or a list of choices). */
export const notificationKindValues: readonly NotificationKind[] = ["SAFEGUARDING_CONCERN", "ALLOCATION", "OVERDUE_DIGEST", "FAMILY_RECEIPT"];
