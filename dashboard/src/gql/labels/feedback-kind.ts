/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type FeedbackKind = "COMPLAINT" | "COMMENT" | "COMPLIMENT";

/** A complaint, a comment or a compliment about the service. The label of each value, as the server words it. */
export const feedbackKindLabels: Readonly<Record<FeedbackKind, string>> = {
  COMPLAINT: "Complaint",
  COMMENT: "Comment",
  COMPLIMENT: "Compliment",
};

/** Every FeedbackKind, in the schema's order (for a select or a list of choices). */
export const feedbackKindValues: readonly FeedbackKind[] = ["COMPLAINT", "COMMENT", "COMPLIMENT"];
