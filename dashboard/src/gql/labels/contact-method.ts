/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ContactMethod = "PHONE" | "EMAIL" | "TEXT" | "LETTER";

/** The label of each value, as the server words it. */
export const contactMethodLabels: Readonly<Record<ContactMethod, string>> = {
  PHONE: "Phone",
  EMAIL: "Email",
  TEXT: "Text message",
  LETTER: "Letter",
};

/** Every ContactMethod, in the schema's order (for a select or a list of choices). */
export const contactMethodValues: readonly ContactMethod[] = ["PHONE", "EMAIL", "TEXT", "LETTER"];
