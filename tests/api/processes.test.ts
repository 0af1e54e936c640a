import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoStaff } from "server/seed/demo-staff.ts";
import { buildPgliteTemplate } from "server/db/build-pglite-template.ts";
import { MIGRATIONS_DIR, openDatabase } from "server/db/client.ts";
import { sql } from "drizzle-orm";
import { dbMode, createThrowawayDatabase } from "../support/server.js";
import { post, startServerProcess } from "../support/process.js";
import { subscribe } from "../support/ws-client.js";
import { SUBMIT, selfReferralInput } from "../support/referrals.js";

const LOGIN = `mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token me { role } } }`;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe("the start command on an empty folder", () => {
  it("answers me with UNAUTHENTICATED, signs in every demo user, and keeps its data across a restart", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "sendiass-start-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const first = await startServerProcess({ DATA_DIR: dataDir });
    cleanups.push(() => first.stop());
    const me = await post(first.url, `{ me { id } }`);
    expect(me.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    const tokens: Record<string, string> = {};
    for (const member of demoStaff) {
      const res = await post(first.url, LOGIN, { e: member.email, p: DEMO_PASSWORD });
      expect(res.errors, member.email).toBeUndefined();
      expect(res.data.login.me.role).toBe(member.role);
      tokens[member.role] = res.data.login.token;
    }
    const submitted = await post(first.url, SUBMIT, { input: selfReferralInput("demo") });
    expect(submitted.errors).toBeUndefined();
    const queueBefore = await post(first.url, `{ triageQueue(first: 100) { totalCount } }`, {}, tokens.MANAGER);
    expect(queueBefore.data.triageQueue.totalCount).toBeGreaterThan(0);
    await first.stop();

    const second = await startServerProcess({ DATA_DIR: dataDir });
    cleanups.push(() => second.stop());
    // The session, the demo data and the new referral all survived the restart.
    const queueAfter = await post(second.url, `{ triageQueue(first: 100) { totalCount } }`, {}, tokens.MANAGER);
    expect(queueAfter.data.triageQueue.totalCount).toBe(queueBefore.data.triageQueue.totalCount);
    await second.stop();
  }, 120_000);
});

describe.skipIf(dbMode !== "pglite")("a new embedded data folder from the build's PGlite template", () => {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, "meta/_journal.json"), "utf8")) as { entries: unknown[] };
  /** The start line (printed just after the port opens, so it may trail /healthz a little). */
  async function startLine(server: { output: () => string }) {
    for (let i = 0; i < 100 && !server.output().includes("API on"); i++) await new Promise((r) => setTimeout(r, 20));
    return (
      server
        .output()
        .split("\n")
        .find((l) => l.includes("API on")) ?? server.output()
    );
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

  it("starts from a copy of the template (demo users sign in), then restarts on the same folder", async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), "sendiass-template-start-"));
    cleanups.push(() => rmSync(work, { recursive: true, force: true }));
    const { templateDir } = await buildPgliteTemplate({ templateDir: path.join(work, "template") });
    const dataDir = path.join(work, "data");
    const first = await startServerProcess({ DATA_DIR: dataDir, PGLITE_TEMPLATE: templateDir });
    cleanups.push(() => first.stop());
    expect(await startLine(first)).toContain("new, from the build's template");
    expect((await post(first.url, `{ me { id } }`)).errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    const login = await post(first.url, LOGIN, { e: demoStaff[0].email, p: DEMO_PASSWORD });
    expect(login.errors).toBeUndefined();
    const token = login.data.login.token;
    await first.stop();
    expect(await appliedMigrations(dataDir)).toBe(journal.entries.length);

    // An existing folder is opened as it is: the session made above is still there.
    const second = await startServerProcess({ DATA_DIR: dataDir, PGLITE_TEMPLATE: templateDir });
    cleanups.push(() => second.stop());
    expect(await startLine(second)).not.toContain("new,");
    expect((await post(second.url, `{ me { role } }`, {}, token)).data.me.role).toBe(demoStaff[0].role);
    await second.stop();

    // A template that no longer matches migrations/ is ignored: initdb, then every migration (a missing
    // one likewise: server/src/db/pglite-template.test.ts).
    const stale = path.join(work, "stale");
    cpSync(templateDir, stale, { recursive: true });
    const manifest = JSON.parse(readFileSync(path.join(stale, "manifest.json"), "utf8"));
    writeFileSync(path.join(stale, "manifest.json"), JSON.stringify({ ...manifest, migrations: "0".repeat(64) }));
    const staleDir = path.join(work, "from-stale");
    const third = await startServerProcess({ DATA_DIR: staleDir, PGLITE_TEMPLATE: stale, SEED_DEMO: "false" });
    cleanups.push(() => third.stop());
    expect(await startLine(third)).toContain("new, initdb: migrations changed since the template was built");
    expect((await post(third.url, `{ me { id } }`)).errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    await third.stop();
    expect(await appliedMigrations(staleDir)).toBe(journal.entries.length);
  }, 180_000);
});

describe.skipIf(dbMode !== "pglite")("the built server (what pnpm start runs)", () => {
  it("builds (tsc, bundle, template) and, on an empty folder, starts from the template and signs in a demo user", async () => {
    const server = path.resolve(MIGRATIONS_DIR, "../server");
    execFileSync(path.join(server, "node_modules/.bin/tsc"), ["-p", "tsconfig.build.json"], { cwd: server, stdio: "pipe" });
    execFileSync(process.execPath, ["scripts/bundle.mjs"], { cwd: server, stdio: "pipe" });
    execFileSync(process.execPath, ["scripts/build-pglite-template.mjs"], { cwd: server, stdio: "pipe" });
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "sendiass-built-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const built = await startServerProcess({ DATA_DIR: dataDir }, { built: true });
    cleanups.push(() => built.stop());
    for (let i = 0; i < 100 && !built.output().includes("API on"); i++) await new Promise((r) => setTimeout(r, 20));
    expect(built.output()).toContain("new, from the build's template");
    const login = await post(built.url, LOGIN, { e: "manager@demo.sendiass.test", p: DEMO_PASSWORD });
    expect(login.errors).toBeUndefined();
    const queue = await post(
      built.url,
      `{ triageQueue(first: 5) { totalCount edges { node { reference } } } }`,
      {},
      login.data.login.token,
    );
    expect(queue.errors).toBeUndefined();
    expect(queue.data.triageQueue.totalCount).toBeGreaterThan(0);
    await built.stop();
  }, 120_000);
});

describe.skipIf(dbMode !== "postgres")("two instances on one PostgreSQL", () => {
  it("deliver a subscription event from a mutation on one to a client of the other, and end sessions on both", async () => {
    const db = await createThrowawayDatabase();
    cleanups.push(() => db.drop());
    const one = await startServerProcess({ DATABASE_URL: db.url, SEED_DEMO: "true" });
    cleanups.push(() => one.stop());
    const two = await startServerProcess({ DATABASE_URL: db.url });
    cleanups.push(() => two.stop());

    const login = await post(one.url, LOGIN, { e: "manager@demo.sendiass.test", p: DEMO_PASSWORD });
    const token = login.data.login.token;
    const live = await subscribe(two.wsUrl, token, `subscription { referralReceived { reference channel } }`);
    const submitted = await post(one.url, SUBMIT, { input: selfReferralInput("demo") });
    const event = await live.next(2000);
    expect(event.data?.referralReceived).toEqual({ reference: submitted.data.submitSelfReferral.reference, channel: "WEB_FORM" });

    await post(one.url, `mutation { logout }`, {}, token);
    const closed = await Promise.race([live.closed, new Promise((r) => setTimeout(() => r("timeout"), 3000))]);
    expect(closed).toMatchObject({ code: 4401 });
    await live.close();
  }, 120_000);
});
