/**
 * `pnpm test` (from the root, after the checks and the server's unit tests): every suite this
 * machine can run, one after another, stopping at the first that fails.
 *
 * 1. The API suite on the embedded database (PGlite): always.
 * 2. The browser suite: always (it skips itself with a warning when Chromium is missing).
 * 3. The API suite again against a PostgreSQL server: `TEST_DATABASE_URL` when set (it must then
 *    answer); otherwise postgres://postgres@127.0.0.1:5432/postgres when that answers a query, else
 *    skipped with a warning. Each test file creates and drops a database of its own there.
 * 4. The fault test (a PostgreSQL 15 cluster of its own, restarted and killed under load): when
 *    PostgreSQL's programs are in `PG_BIN` (default Debian's /usr/lib/postgresql/15/bin), else
 *    skipped with a warning.
 *
 * Each suite can be run alone: `pnpm --filter tests test:api | test:e2e | test:fault`.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";

const here = path.dirname(fileURLToPath(import.meta.url));
const vitestBin = path.join(here, "node_modules", ".bin", "vitest");
const LOCAL_SERVER = "postgres://postgres@127.0.0.1:5432/postgres";

function suite(title: string, args: string[], env: NodeJS.ProcessEnv) {
  console.log(`\n=== ${title}\n`);
  const result = spawnSync(vitestBin, ["run", ...args], { cwd: here, stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n${title}: failed`);
    process.exit(result.status ?? 1);
  }
}

function skipped(title: string, why: string) {
  console.warn(`\n=== ${title}: SKIPPED — ${why}\n`);
}

/** Whether a PostgreSQL server answers at `url` within a few seconds. */
async function answers(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

const { TEST_DATABASE_URL: given, ...embeddedEnv } = process.env;

suite("API suite, embedded PGlite", [], embeddedEnv);
suite("Browser suite (phone and desk widths)", ["--config", "e2e/vitest.config.ts"], embeddedEnv);

const serverUrl = given ?? ((await answers(LOCAL_SERVER)) ? LOCAL_SERVER : undefined);
if (serverUrl) suite("API suite, PostgreSQL server", [], { ...embeddedEnv, TEST_DATABASE_URL: serverUrl });
else skipped("API suite, PostgreSQL server", `no server answered at ${LOCAL_SERVER}; set TEST_DATABASE_URL to use one`);

const pgBin = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
if (existsSync(path.join(pgBin, "pg_ctl")))
  suite("Fault test (a private PostgreSQL cluster)", ["--config", "fault/vitest.config.ts"], { ...embeddedEnv, PG_BIN: pgBin });
else skipped("Fault test", `no PostgreSQL programs in ${pgBin}; set PG_BIN`);

console.log("\nEvery suite this machine can run passed.");
