/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ContactMethod = "EMAIL" | "LETTER" | "PHONE" | "TEXT";

/** The label of each value, as the server words it. */
export const contactMethodLabels: Readonly<Record<ContactMethod, string>> = {
  EMAIL: "Email",
  LETTER: "Letter",
  PHONE: "Phone",
  TEXT: "Text message",
};

/** Every ContactMethod, in the schema's order (for a select or a list of choices). */
export const contactMethodValues: readonly ContactMethod[] = ["EMAIL", "LETTER", "PHONE", "TEXT"];
