/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type DocumentAttachment = "REFERRAL" | "CASE" | "PERSON";

/** What a document is filed on (decision 038). The label of each value, as the server words it. */
export const documentAttachmentLabels: Readonly<Record<DocumentAttachment, string>> = {
  REFERRAL: "Referral",
  CASE: "Case",
  PERSON: "Family record",
};

/** Every DocumentAttachment, in the schema's order (for a select or a list of choices). */
export const documentAttachmentValues: readonly DocumentAttachment[] = ["REFERRAL", "CASE", "PERSON"];
