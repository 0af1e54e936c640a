/**
 * Print the SDL to schema/schema.graphql, sorted so the diff shows real changes only. Enum values
 * keep the order they are declared in (core/vocabulary.ts): clients list them in that order, and
 * "Other" or "Prefer not to say" belong last, not wherever the alphabet puts them.
 * `--check` fails (exit 1) when the committed file differs from the code.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { GraphQLEnumType, lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { MapperKind, mapSchema } from "@graphql-tools/utils";
import { buildAppSchema } from "./schema.js";

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schema/schema.graphql");

/** Types, fields and arguments sorted by name; each enum's values in declaration order. */
function sortedSchema(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(lexicographicSortSchema(schema), {
    [MapperKind.ENUM_TYPE]: (type) => {
      const declared = schema.getType(type.name);
      if (!(declared instanceof GraphQLEnumType)) return type;
      const config = type.toConfig();
      return new GraphQLEnumType({
        ...config,
        values: Object.fromEntries(declared.getValues().map((v) => [v.name, config.values[v.name]!])),
      });
    },
  });
}

export async function printAppSchema(): Promise<string> {
  const schema = await buildAppSchema();
  return `# Generated from the type-graphql resolvers by \`pnpm --filter server print-schema\`. Do not edit.\n\n${printSchema(sortedSchema(schema))}\n`;
}

const printed = await printAppSchema();
if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(target, "utf8");
  } catch {}
  if (committed !== printed) {
    console.error("schema/schema.graphql is out of date: run `pnpm --filter server print-schema` and commit it.");
    process.exit(1);
  }
  console.log("schema/schema.graphql matches the code.");
} else {
  writeFileSync(target, printed);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
