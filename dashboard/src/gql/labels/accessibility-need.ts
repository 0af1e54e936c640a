/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type AccessibilityNeed = "BSL" | "EASY_READ" | "INTERPRETER" | "LARGE_PRINT";

/** The label of each value, as the server words it. */
export const accessibilityNeedLabels: Readonly<Record<AccessibilityNeed, string>> = {
  BSL: "British Sign Language (BSL)",
  EASY_READ: "Easy read",
  INTERPRETER: "Interpreter",
  LARGE_PRINT: "Large print",
};

/** Every AccessibilityNeed, in the schema's order (for a select or a list of choices). */
export const accessibilityNeedValues: readonly AccessibilityNeed[] = ["BSL", "EASY_READ", "INTERPRETER", "LARGE_PRINT"];
