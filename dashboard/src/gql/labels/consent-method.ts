/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type ConsentMethod = "VERBAL" | "WRITTEN" | "EMAIL" | "WEB_FORM";

/** How the family gave (or refused) consent. The label of each value, as the server words it. */
export const consentMethodLabels: Readonly<Record<ConsentMethod, string>> = {
  VERBAL: "Verbally",
  WRITTEN: "In writing",
  EMAIL: "By email",
  WEB_FORM: "On the web form",
};

/** Every ConsentMethod, in the schema's order (for a select or a list of choices). */
export const consentMethodValues: readonly ConsentMethod[] = ["VERBAL", "WRITTEN", "EMAIL", "WEB_FORM"];
