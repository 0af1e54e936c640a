// A graphql-codegen preset (used by ../codegen.ts) that writes src/gql/labels/: for every enum in the
// schema, one module with its values' labels and its values in the schema's order, and an index that
// re-exports them all. The server keeps each label once, as the enum value's description in the SDL
// (decision 021); the dashboard shows those words and keeps no copy of them (decision 037).
//
// One module per enum, not one module of every enum: the bundler places a module in one chunk, so a
// single module would carry every label any screen uses into every page that uses one, the public
// pages included. Imports go through the index all the same; unused modules are dropped.
import type { Types } from "@graphql-codegen/plugin-helpers";
import { isEnumType, type GraphQLEnumType, type GraphQLSchema } from "graphql";

/** `ReferralChannel` → `referralChannel`, the stem of the two exports for that enum. */
const stem = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** `ReferralChannel` → `referral-channel`, the enum's module. */
const moduleName = (name: string) => name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, "-").toLowerCase();

/** A description as one line of a doc comment (the SDL may wrap a long one). */
const docLine = (text: string) => text.replace(/\s+/g, " ").replace(/\*\//g, "*\\/").trim();

const HEADER = [
  "/* eslint-disable */",
  "// Generated from schema/schema.graphql by dashboard/scripts/codegen-labels.ts. Do not edit: change a label",
  "// in server/src/core/vocabulary.ts, print the schema, then run `pnpm --filter dashboard codegen`.",
  "",
].join("\n");

/** The enums of the schema, failing when a value has no description: it would reach the screen as its code. */
function enumsOf(schema: GraphQLSchema): GraphQLEnumType[] {
  const enums = Object.values(schema.getTypeMap())
    .filter(isEnumType)
    .filter((type) => !type.name.startsWith("__"))
    .sort((a, b) => a.name.localeCompare(b.name));
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
  return enums;
}

/** One enum's module. Its type is written out here: src/gql/graphql.ts has only the enums documents use. */
function enumModule(type: GraphQLEnumType): string {
  const values = type.getValues();
  const about = type.description ? `${docLine(type.description)} ` : "";
  return [
    HEADER,
    `type ${type.name} = ${values.map((v) => JSON.stringify(v.name)).join(" | ")};`,
    "",
    `/** ${about}The label of each value, as the server words it. */`,
    `export const ${stem(type.name)}Labels: Readonly<Record<${type.name}, string>> = {`,
    ...values.map((v) => `  ${v.name}: ${JSON.stringify(docLine(v.description ?? ""))},`),
    "};",
    "",
    `/** Every ${type.name}, in the schema's order (for a select or a list of choices). */`,
    `export const ${stem(type.name)}Values: readonly ${type.name}[] = [${values.map((v) => JSON.stringify(v.name)).join(", ")}];`,
    "",
  ].join("\n");
}

export const preset: Types.OutputPreset = {
  buildGeneratesSection(options) {
    if (!options.schemaAst) throw new Error("codegen-labels: codegen gave the preset no schema");
    const enums = enumsOf(options.schemaAst);
    const dir = options.baseOutputDir.endsWith("/") ? options.baseOutputDir : `${options.baseOutputDir}/`;
    const file = (filename: string, content: string): Types.GenerateOptions => ({
      filename: `${dir}${filename}`,
      plugins: [{ write: {} }],
      pluginMap: { write: { plugin: () => content } },
      schema: options.schema,
      schemaAst: options.schemaAst,
      documents: [],
      config: options.config,
    });
    const index = [HEADER, ...enums.map((type) => `export * from "./${moduleName(type.name)}";`), ""].join("\n");
    return [...enums.map((type) => file(`${moduleName(type.name)}.ts`, enumModule(type))), file("index.ts", index)];
  },
};
