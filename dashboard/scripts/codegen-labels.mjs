// @ts-check
// A graphql-codegen plugin (listed in ../codegen.ts) that writes src/gql/labels.ts: for every enum
// in the schema, its values' labels and its values in the schema's order. The server keeps each
// label once, as the enum value's description in the SDL (decision 021); the dashboard shows those
// words and keeps no copy of them (decision 037).
import { isEnumType } from "graphql";

/** `ReferralChannel` → `referralChannel`, the stem of the two exports for that enum. */
const stem = (/** @type {string} */ name) => name.charAt(0).toLowerCase() + name.slice(1);

/** A description as one line of a doc comment (the SDL may wrap a long one). */
const docLine = (/** @type {string} */ text) => text.replace(/\s+/g, " ").replace(/\*\//g, "*\\/").trim();

/**
 * @param {import("graphql").GraphQLSchema} schema
 * @returns {string}
 */
export function plugin(schema) {
  const enums = Object.values(schema.getTypeMap())
    .filter(isEnumType)
    .filter((type) => !type.name.startsWith("__"))
    .sort((a, b) => a.name.localeCompare(b.name));

  // A value without a description would reach the screen as its code: fail here, naming each one.
  const missing = enums.flatMap((type) =>
    type
      .getValues()
      .filter((value) => !value.description?.trim())
      .map((value) => `${type.name}.${value.name}`),
  );
  if (missing.length > 0) {
    throw new Error(
      `Enum values without a description, so without a label: ${missing.join(", ")}. ` +
        "Give each one its label in server/src/core/vocabulary.ts and print the schema again.",
    );
  }

  const blocks = enums.map((type) => {
    const values = type.getValues();
    const about = type.description ? `${docLine(type.description)} ` : "";
    return [
      `type ${type.name} = ${values.map((v) => JSON.stringify(v.name)).join(" | ")};`,
      "",
      `/** ${about}The label of each value, as the server words it. */`,
      `export const ${stem(type.name)}Labels: Readonly<Record<${type.name}, string>> = {`,
      ...values.map((v) => `  ${v.name}: ${JSON.stringify(docLine(v.description ?? ""))},`),
      "};",
      "",
      `/** Every ${type.name}, in the schema's order (for a select or a list of choices). */`,
      `export const ${stem(type.name)}Values: readonly ${type.name}[] = [${values.map((v) => JSON.stringify(v.name)).join(", ")}];`,
    ].join("\n");
  });

  return [
    "/* eslint-disable */",
    "// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.mjs. Do not edit:",
    "// change a label in server/src/core/vocabulary.ts, print the schema, run `pnpm --filter dashboard codegen`.",
    "// Each enum's type is written out here too: src/gql/graphql.ts has only the enums documents use.",
    "",
    blocks.join("\n\n"),
    "",
  ].join("\n");
}
