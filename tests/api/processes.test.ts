import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { execFile } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, it } from "vitest";
import { DEMO_PASSWORD, demoStaff } from "server/seed/demo-staff.ts";
import { MIGRATIONS_DIR, openDatabase } from "server/db/client.ts";
import { sql } from "drizzle-orm";
import { dbMode } from "../support/server.js";
import { post, startServerProcess, type ServerProcess } from "../support/process.js";
import { SUBMIT, selfReferralInput } from "../support/referrals.js";
import { graphql } from "../support/gql/index.js";

/*
 * The embedded start, as the README gives it, in real processes. Embedded PGlite whatever
 * TEST_DATABASE_URL says, so it runs once, in the PGlite run (the README's test command); the
 * PostgreSQL run has its own process test, tests/api/instances.test.ts.
 */

const LOGIN = graphql(`mutation DemoLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { role } } }`);
const ME_ID = graphql(`query StartedMe { me { id } }`);
const ME_ROLE = graphql(`query StartedMeRole { me { role } }`);
const QUEUE = graphql(`query StartedQueue { triageQueue(first: 100) { totalCount edges { node { reference } } } }`);

const server = path.resolve(MIGRATIONS_DIR, "../server");
/** Where the build puts the template and the built server looks for it. */
const builtTemplate = path.join(server, "dist/pglite-template");
const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, "meta/_journal.json"), "utf8")) as { entries: unknown[] };
const run = promisify(execFile);
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

function tempDir(prefix: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function start(env: Record<string, string>, opts: { built?: boolean } = {}) {
  const started = await startServerProcess(env, opts);
  cleanups.push(() => started.stop());
  return started;
}

/** The start line (startServerProcess waits for it: it names the port). */
function startLine(started: ServerProcess) {
  return started
    .output()
    .split("\n")
    .find((l) => l.includes("API on"));
}

/** Migrations recorded in a stopped server's data folder. */
async function appliedMigrations(dataDir: string) {
  const database = await openDatabase({ dataDir, template: false });
  try {
    const result = (await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)) as unknown as {
      rows: { n: number }[];
    };
    return result.rows[0].n;
  } finally {
    await database.close();
  }
}

describe.skipIf(dbMode !== "pglite")("the start command (pnpm start) on an empty folder", () => {
  // One build for every test here: `pnpm --filter server build`, step by step. The template is
  // rebuilt even when the one in dist/ is current, so every run builds a real one (initdb + migrations).
  beforeAll(async () => {
    await run(path.join(server, "node_modules/.bin/tsc"), ["-p", "tsconfig.build.json"], { cwd: server });
    await run(process.execPath, ["scripts/bundle.mjs"], { cwd: server });
    await run(process.execPath, ["scripts/build-pglite-template.mjs", "--force"], { cwd: server });
  }, 120_000);

  // The two tests share nothing but the build, so their processes start side by side.
  it.concurrent(
    "starts from the build's template, answers me with UNAUTHENTICATED, signs in every demo user, and keeps its data across a restart",
    async ({ expect }) => {
      const dataDir = path.join(tempDir("sendiass-start-"), "data");
      const first = await start({ DATA_DIR: dataDir }, { built: true });
      expect(startLine(first)).toContain("new, from the build's template");
      const me = await post(first.url, ME_ID);
      expect(me.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      const tokens: Record<string, string> = {};
      for (const member of demoStaff) {
        const res = await post(first.url, LOGIN, { e: member.email, p: DEMO_PASSWORD });
        expect(res.errors, member.email).toBeUndefined();
        expect(res.data.login.me.role).toBe(member.role);
        tokens[member.role] = res.data.login.token;
      }
      const submitted = await post(first.url, SUBMIT, { input: selfReferralInput("demo") });
      expect(submitted.errors).toBeUndefined();
      const queueBefore = await post(first.url, QUEUE, {}, tokens.MANAGER);
      expect(queueBefore.errors).toBeUndefined();
      expect(queueBefore.data.triageQueue.totalCount).toBeGreaterThan(0);
      await first.stop();
      expect(await appliedMigrations(dataDir)).toBe(journal.entries.length);
      // The server's database alone: initdb's template0 and template1 are not copied into every new folder (decision 061).
      expect(readdirSync(path.join(dataDir, "base"))).toHaveLength(1);

      // An existing folder is opened as it is: the session, the demo data and the new referral all survived.
      const second = await start({ DATA_DIR: dataDir }, { built: true });
      expect(startLine(second)).not.toContain("new,");
      expect((await post(second.url, ME_ROLE, {}, tokens.MANAGER)).data.me.role).toBe("MANAGER");
      const queueAfter = await post(second.url, QUEUE, {}, tokens.MANAGER);
      expect(queueAfter.data.triageQueue.totalCount).toBe(queueBefore.data.triageQueue.totalCount);
      await second.stop();
    },
    120_000,
  );

  it.concurrent(
    "ignores a template that no longer matches migrations/: initdb, then every migration",
    async ({ expect }) => {
      // A missing template likewise: server/src/db/pglite-template.test.ts.
      const work = tempDir("sendiass-stale-template-");
      const stale = path.join(work, "stale");
      cpSync(builtTemplate, stale, { recursive: true });
      const manifest = JSON.parse(readFileSync(path.join(stale, "manifest.json"), "utf8"));
      writeFileSync(path.join(stale, "manifest.json"), JSON.stringify({ ...manifest, migrations: "0".repeat(64) }));
      const dataDir = path.join(work, "data");
      // The development entry point (src/main.ts under tsx), so both ways of starting are run here.
      const started = await start({ DATA_DIR: dataDir, PGLITE_TEMPLATE: stale, SEED_DEMO: "false" });
      expect(startLine(started)).toContain("new, initdb: migrations changed since the template was built");
      expect((await post(started.url, ME_ID)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      await started.stop();
      expect(await appliedMigrations(dataDir)).toBe(journal.entries.length);
    },
    120_000,
  );
});
