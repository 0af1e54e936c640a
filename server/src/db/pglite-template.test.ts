import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "./client.js";
import { checkTemplate, copyFolder, migrationsHash, pgliteVersion, prepareDataFolder } from "./pglite-template.js";

// The real template (initdb + migrations) is exercised by tests/api/processes.test.ts; here a fake
// one with the right manifest is enough to check which folders are created, and which never touched.
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tmp() {
  const d = mkdtempSync(path.join(os.tmpdir(), "pglite-template-test-"));
  dirs.push(d);
  return d;
}
function fakeTemplate(manifest: Record<string, unknown> = {}) {
  const dir = path.join(tmp(), "template");
  mkdirSync(path.join(dir, "pgdata", "base", "1"), { recursive: true });
  writeFileSync(path.join(dir, "pgdata", "PG_VERSION"), "18\n");
  writeFileSync(path.join(dir, "pgdata", "base", "1", "1259"), "catalog");
  writeFileSync(
    path.join(dir, "manifest.json"),
    JSON.stringify({ format: 1, pglite: pgliteVersion(), migrations: migrationsHash(MIGRATIONS_DIR), builtAt: "", ...manifest }),
  );
  return dir;
}
const prepare = (dataDir: string, templateDir: string) => prepareDataFolder({ dataDir, templateDir, migrationsDir: MIGRATIONS_DIR });

describe("a new embedded data folder", () => {
  it("is copied from a matching template, whether absent or an empty folder, leaving no staging folder", async () => {
    const template = fakeTemplate();
    const parent = tmp();
    const absent = path.join(parent, "absent", "pglite");
    expect(await prepare(absent, template)).toEqual({ from: "template" });
    expect(readFileSync(path.join(absent, "base", "1", "1259"), "utf8")).toBe("catalog");
    const empty = path.join(parent, "empty");
    mkdirSync(empty);
    expect(await prepare(empty, template)).toEqual({ from: "template" });
    expect(existsSync(path.join(empty, "PG_VERSION"))).toBe(true);
    expect(readdirSync(parent).sort()).toEqual(["absent", "empty"]);
  });

  it("is left to initdb when the template is missing, stale or made by another PGlite", async () => {
    const dataDir = path.join(tmp(), "data");
    expect(await prepare(dataDir, path.join(tmp(), "nowhere"))).toMatchObject({
      from: "initdb",
      reason: expect.stringContaining("no template"),
    });
    expect(await prepare(dataDir, fakeTemplate({ migrations: "0".repeat(64) }))).toMatchObject({
      from: "initdb",
      reason: "migrations changed since the template was built",
    });
    expect(await prepare(dataDir, fakeTemplate({ pglite: "0.0.1" }))).toMatchObject({
      from: "initdb",
      reason: expect.stringContaining("PGlite 0.0.1"),
    });
    const noData = fakeTemplate();
    rmSync(path.join(noData, "pgdata"), { recursive: true });
    expect(await prepare(dataDir, noData)).toMatchObject({ from: "initdb" });
    // Nothing was copied (openDatabase then makes the folder and PGlite runs initdb in it).
    expect(existsSync(dataDir)).toBe(false);
  });

  it("removes what an interrupted copy left beside it", async () => {
    const parent = tmp();
    mkdirSync(path.join(parent, ".pglite.template-999999", "base"), { recursive: true });
    expect(await prepare(path.join(parent, "pglite"), fakeTemplate())).toEqual({ from: "template" });
    expect(readdirSync(parent)).toEqual(["pglite"]);
  });
});

describe("the copy (decision 061)", () => {
  it("reads back byte for byte, a large file with a tail of zeros too, whatever its last block holds", async () => {
    const from = path.join(tmp(), "from");
    mkdirSync(path.join(from, "pg_wal", "archive_status"), { recursive: true });
    const wal = Buffer.alloc(16 << 20);
    wal.write("checkpoint", 8192 * 3 + 17);
    writeFileSync(path.join(from, "pg_wal", "000000010000000000000002"), wal);
    wal.write("record", 8192 * 4);
    writeFileSync(path.join(from, "pg_wal", "000000010000000000000003"), wal);
    const full = Buffer.alloc(2 << 20, 7);
    full[full.length - 1] = 0;
    writeFileSync(path.join(from, "full"), full);
    const endsInOneByte = Buffer.alloc(3 << 19);
    endsInOneByte[endsInOneByte.length - 1] = 1;
    writeFileSync(path.join(from, "ends-in-one-byte"), endsInOneByte);
    writeFileSync(path.join(from, "zeros"), Buffer.alloc(1 << 21));
    writeFileSync(path.join(from, "small"), "catalog");
    const to = path.join(tmp(), "to");
    await copyFolder(from, to);
    for (const file of [
      "pg_wal/000000010000000000000002",
      "pg_wal/000000010000000000000003",
      "full",
      "ends-in-one-byte",
      "zeros",
      "small",
    ]) {
      expect(statSync(path.join(to, file)).size, file).toBe(statSync(path.join(from, file)).size);
      expect(readFileSync(path.join(to, file)).equals(readFileSync(path.join(from, file))), file).toBe(true);
    }
    expect(readdirSync(path.join(to, "pg_wal")).sort()).toEqual(["000000010000000000000002", "000000010000000000000003", "archive_status"]);
  });
});

describe("an existing data folder", () => {
  it("is never written to, with or without a database in it", async () => {
    const template = fakeTemplate();
    const withDb = tmp();
    writeFileSync(path.join(withDb, "PG_VERSION"), "18\n");
    writeFileSync(path.join(withDb, "mine"), "user data");
    expect(await prepare(withDb, template)).toEqual({ from: "existing" });
    expect(readdirSync(withDb).sort()).toEqual(["PG_VERSION", "mine"]);

    const other = tmp();
    writeFileSync(path.join(other, "notes.txt"), "not a database");
    expect(await prepare(other, template)).toMatchObject({ from: "initdb", reason: "folder is not empty but holds no database" });
    expect(readdirSync(other)).toEqual(["notes.txt"]);
  });
});

describe("the template check", () => {
  it("changes with any file in migrations/", () => {
    const copy = path.join(tmp(), "migrations");
    mkdirSync(path.join(copy, "meta"), { recursive: true });
    writeFileSync(path.join(copy, "0000_init.sql"), "create table a ();");
    writeFileSync(path.join(copy, "meta", "_journal.json"), "{}");
    const before = migrationsHash(copy);
    writeFileSync(path.join(copy, "meta", "_journal.json"), `{"entries":[]}`);
    expect(migrationsHash(copy)).not.toBe(before);
    expect(checkTemplate(fakeTemplate(), MIGRATIONS_DIR)).toEqual({ usable: true });
  });
});
