import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadEnv, publicUrlOf } from "../config/env.js";
import { databaseOptionsOf, migrate, openDatabase } from "../db/client.js";
import { DomainError } from "../core/errors.js";
import { createAdministrator, createServiceWithAdministrator } from "../accounts/account.service.js";

/*
 * First run on an empty database (README, "Starting a real service"):
 *   pnpm admin create-service --slug stoke --name "Stoke SENDIASS" --area "Stoke-on-Trent" \
 *     --admin-email ada@example.org --admin-name "Ada Brooks"
 *   pnpm admin create-admin --service stoke --email sam@example.org --name "Sam Okafor"
 * Uses DATABASE_URL, or the embedded database in DATA_DIR (stop the server first: PGlite has one
 * user at a time). Prints a one-time set-password link, never a password.
 */

const usage = `Usage:
  pnpm admin create-service --slug <short-name> --name <service name> --area <local authority>
                            --admin-email <email> --admin-name <name> [--helpline <phone>] [--url <dashboard address>]
  pnpm admin create-admin --service <short-name> --email <email> --name <name> [--url <dashboard address>]

Uses DATABASE_URL when set, else the embedded database in DATA_DIR (stop the server first).
Prints a one-time link for the administrator to set their password.`;

const options = {
  slug: { type: "string" },
  name: { type: "string" },
  area: { type: "string" },
  helpline: { type: "string" },
  "admin-email": { type: "string" },
  "admin-name": { type: "string" },
  service: { type: "string" },
  email: { type: "string" },
  url: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

async function main(argv: string[]): Promise<number> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true });
  const command = positionals[0];
  if (values.help || (command !== "create-service" && command !== "create-admin")) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const env = loadEnv();
  const base = (values.url ?? publicUrlOf(env, env.PORT)).replace(/\/+$/, "");
  const database = await openDatabase({ ...databaseOptionsOf(env), max: 1 });
  try {
    await migrate(database);
    const now = new Date();
    if (command === "create-service") {
      const created = await createServiceWithAdministrator({
        db: database.db,
        input: {
          slug: values.slug ?? "",
          name: values.name ?? "",
          areaName: values.area ?? "",
          helplinePhone: values.helpline ?? null,
          administrator: { email: values["admin-email"] ?? "", displayName: values["admin-name"] ?? "" },
        },
        now,
      });
      console.log(`Created service "${created.name}" (${created.slug}) and its administrator ${created.administrator.email}.`);
      console.log(
        `Send this one-time link to the administrator to set their password (works until ${created.link.expiresAt.toISOString()}):`,
      );
      console.log(`${base}${created.link.path}`);
    } else {
      const added = await createAdministrator({
        db: database.db,
        serviceSlug: values.service ?? "",
        input: { email: values.email ?? "", displayName: values.name ?? "" },
        now,
      });
      console.log(`Added administrator ${added.account.email}.`);
      console.log(`Send this one-time link to them to set their password (works until ${added.link.expiresAt.toISOString()}):`);
      console.log(`${base}${added.link.path}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      const flag = cliFlag(error.field);
      console.error(`Refused: ${error.message}${flag ? ` (${flag})` : ""}`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

/** The command-line flag an input field came from. */
function cliFlag(field: string | undefined): string | undefined {
  const flags: Record<string, string> = {
    "input.slug": "--slug",
    "input.name": "--name",
    "input.areaName": "--area",
    "input.helplinePhone": "--helpline",
    "input.administrator.email": "--admin-email",
    "input.administrator.displayName": "--admin-name",
    "input.email": "--email",
    "input.displayName": "--name",
    service: "--service",
  };
  return field ? (flags[field] ?? field) : undefined;
}

process.exitCode = await main(process.argv.slice(2));
