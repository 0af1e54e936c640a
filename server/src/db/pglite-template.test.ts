import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "./client.js";
import { checkTemplate, migrationsHash, pgliteVersion, prepareDataFolder } from "./pglite-template.js";

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
  it("is copied from a matching template, whether absent or an empty folder, leaving no staging folder", () => {
    const template = fakeTemplate();
    const parent = tmp();
    const absent = path.join(parent, "absent", "pglite");
    expect(prepare(absent, template)).toEqual({ from: "template" });
    expect(readFileSync(path.join(absent, "base", "1", "1259"), "utf8")).toBe("catalog");
    const empty = path.join(parent, "empty");
    mkdirSync(empty);
    expect(prepare(empty, template)).toEqual({ from: "template" });
    expect(existsSync(path.join(empty, "PG_VERSION"))).toBe(true);
    expect(readdirSync(parent).sort()).toEqual(["absent", "empty"]);
  });

  it("is left to initdb when the template is missing, stale or made by another PGlite", () => {
    const dataDir = path.join(tmp(), "data");
    expect(prepare(dataDir, path.join(tmp(), "nowhere"))).toMatchObject({ from: "initdb", reason: expect.stringContaining("no template") });
    expect(prepare(dataDir, fakeTemplate({ migrations: "0".repeat(64) }))).toMatchObject({
      from: "initdb",
      reason: "migrations changed since the template was built",
    });
    expect(prepare(dataDir, fakeTemplate({ pglite: "0.0.1" }))).toMatchObject({
      from: "initdb",
      reason: expect.stringContaining("PGlite 0.0.1"),
    });
    const noData = fakeTemplate();
    rmSync(path.join(noData, "pgdata"), { recursive: true });
    expect(prepare(dataDir, noData)).toMatchObject({ from: "initdb" });
    // Nothing was copied (openDatabase then makes the folder and PGlite runs initdb in it).
    expect(existsSync(dataDir)).toBe(false);
  });

  it("removes what an interrupted copy left beside it", () => {
    const parent = tmp();
    mkdirSync(path.join(parent, ".pglite.template-999999", "base"), { recursive: true });
    expect(prepare(path.join(parent, "pglite"), fakeTemplate())).toEqual({ from: "template" });
    expect(readdirSync(parent)).toEqual(["pglite"]);
  });
});

describe("an existing data folder", () => {
  it("is never written to, with or without a database in it", () => {
    const template = fakeTemplate();
    const withDb = tmp();
    writeFileSync(path.join(withDb, "PG_VERSION"), "18\n");
    writeFileSync(path.join(withDb, "mine"), "user data");
    expect(prepare(withDb, template)).toEqual({ from: "existing" });
    expect(readdirSync(withDb).sort()).toEqual(["PG_VERSION", "mine"]);

    const other = tmp();
    writeFileSync(path.join(other, "notes.txt"), "not a database");
    expect(prepare(other, template)).toMatchObject({ from: "initdb", reason: "folder is not empty but holds no database" });
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
