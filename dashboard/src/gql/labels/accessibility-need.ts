/* eslint-disable */
// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label
// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.

type AccessibilityNeed = "LARGE_PRINT" | "EASY_READ" | "INTERPRETER" | "BSL";

/** The label of each value, as the server words it. */
export const accessibilityNeedLabels: Readonly<Record<AccessibilityNeed, string>> = {
  LARGE_PRINT: "Large print",
  EASY_READ: "Easy read",
  INTERPRETER: "Interpreter",
  BSL: "British Sign Language (BSL)",
};

/** Every AccessibilityNeed, in the schema's order (for a select or a list of choices). */
export const accessibilityNeedValues: readonly AccessibilityNeed[] = ["LARGE_PRINT", "EASY_READ", "INTERPRETER", "BSL"];
