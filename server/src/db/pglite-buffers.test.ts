import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { loadEnv } from "../config/env.js";
import { databaseOptionsOf, openDatabase, PGLITE_SHARED_BUFFERS } from "./client.js";
import { executeRows } from "./rows.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "pglite-buffers-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sharedBuffers(opts: Parameters<typeof openDatabase>[0]) {
  const database = await openDatabase(opts);
  try {
    const [row] = await executeRows<{ shared_buffers: string }>(database.db, sql`show shared_buffers`);
    return row!.shared_buffers;
  } finally {
    await database.close();
  }
}

describe("embedded PGlite's buffer pool", () => {
  it("is 32MB by default and PGLITE_SHARED_BUFFERS when set, set at start and never written into the folder", async () => {
    const folder = path.join(dir, "data");
    expect(PGLITE_SHARED_BUFFERS).toBe("32MB");
    expect(await sharedBuffers({ dataDir: folder, template: false })).toBe("32MB");
    const env = loadEnv({ DATA_DIR: folder, PGLITE_SHARED_BUFFERS: "48MB" });
    expect(await sharedBuffers({ ...databaseOptionsOf(env), template: false })).toBe("48MB");
    // PostgreSQL's own default stays in the folder's configuration: the setting travels with the start.
    expect(readFileSync(path.join(folder, "postgresql.conf"), "utf8")).toMatch(/^shared_buffers = 128MB/m);
  }, 60_000);

  it("refuses a value that is not a PostgreSQL size, naming the variable", () => {
    for (const bad of ["32", "lots", "0MB", "32 MB", "-1MB"]) {
      expect(() => loadEnv({ PGLITE_SHARED_BUFFERS: bad })).toThrow(/PGLITE_SHARED_BUFFERS/);
    }
  });
});
