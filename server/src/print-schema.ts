/**
 * Print the SDL to schema/schema.graphql, sorted so the diff shows real changes only.
 * `--check` fails (exit 1) when the committed file differs from the code.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { lexicographicSortSchema, printSchema } from "graphql";
import { buildAppSchema } from "./schema.js";

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schema/schema.graphql");

export async function printAppSchema(): Promise<string> {
  const schema = await buildAppSchema();
  return `# Generated from the type-graphql resolvers by \`pnpm --filter server print-schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
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
