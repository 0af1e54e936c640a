import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { loadEnv, openDatabase, startApp } from "server";
import { dbMode, type TestServer } from "../support/server.js";
import { dumpAllRows } from "../support/dump.js";
import { createServiceWithTeam } from "../support/factories.js";
import { CREATE, createReferralInput } from "../support/referrals.js";
import { operationText } from "../support/operation.js";

const run = promisify(execFile);
const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../server");
const tsx = path.resolve(serverDir, "../tests/node_modules/.bin/tsx");
const work = mkdtempSync(path.join(tmpdir(), "sendiass-backup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `pnpm backup` / `pnpm restore` as the README gives them (the server package's script), over DATA_DIR. */
const cli = (dataDir: string, ...args: string[]) =>
  run(tsx, ["src/backup-cli.ts", ...args], { cwd: serverDir, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" } });

/** The API over a PGlite data folder, as `pnpm start` runs it, with the TestServer shape the helpers take. */
async function serve(dataDir: string): Promise<TestServer> {
  const database = await openDatabase({ dataDir });
  const env = loadEnv({ NODE_ENV: "test", PORT: "0", LOG_LEVEL: "silent", SEED_DEMO: "false", OVERDUE_ENGINE: "off", DATA_DIR: dataDir });
  const app = await startApp({ env, database, closeDatabase: true });
  const post = async (query: string, variables?: unknown, token?: string) =>
    (await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.json())) as any;
  return {
    app,
    database,
    db: database.db,
    url: app.url,
    wsUrl: app.wsUrl,
    gql: ((document: any, variables?: any, token?: string) => post(operationText(document), variables, token)) as TestServer["gql"],
    gqlUnchecked: (query, variables, token) => post(query.toString(), variables, token),
    close: () => app.close(),
  };
}

const sorted = (dump: string) => dump.split("\n").sort().join("\n");

// The embedded database's backup; it uses folders of its own, so it runs once, in the PGlite run.
describe.skipIf(dbMode !== "pglite")("pnpm backup and pnpm restore (embedded PGlite)", () => {
  it("restores a backup into a fresh folder with the same data, and refuses a folder in use or not empty", async () => {
    const original = path.join(work, "data");
    const server = await serve(original);
    const team = await createServiceWithTeam(server);
    const created = await server.gql(
      CREATE,
      { input: createReferralInput({ reasonForReferral: "Kept across a restore" }) },
      team.MANAGER.token,
    );
    expect(created.errors).toBeUndefined();

    // While the server has the folder open, a backup is refused: it could not be consistent.
    const file = path.join(work, "backups", "one.tar.gz");
    await expect(cli(original, "backup", file)).rejects.toMatchObject({ stderr: expect.stringContaining("stop the server first") });
    const before = sorted(await dumpAllRows(server));
    await server.close();

    const backedUp = await cli(original, "backup", file);
    expect(backedUp.stdout).toContain("Backed up");
    expect(existsSync(file)).toBe(true);

    const fresh = path.join(work, "restored");
    const restored = await cli(fresh, "restore", file);
    expect(restored.stdout).toContain(`Restored ${file} into ${fresh}`);
    // A folder that holds a database is never overwritten without --replace.
    await expect(cli(fresh, "restore", file)).rejects.toMatchObject({ stderr: expect.stringContaining("not empty") });

    const again = await serve(fresh);
    try {
      expect(sorted(await dumpAllRows(again))).toBe(before);
      // And it serves: the manager's session and the referral are there.
      const ME = `{ me { id } }`;
      expect((await again.gqlUnchecked(ME, {}, team.MANAGER.token)).data.me.id).toBe(team.MANAGER.id);
    } finally {
      await again.close();
    }
  }, 120_000);
});
