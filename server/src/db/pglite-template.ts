import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync } from "node:fs";
import { copyFile, mkdir, open, readFile, readdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A new embedded data folder is a copy of a PGlite data folder built (initdb + migrations) at build
 * time, instead of running initdb at start-up (~4 s). See docs/decisions/008-pglite-template.md.
 *
 * Layout: `<template>/manifest.json` (written last) and `<template>/pgdata/` (a cleanly closed
 * PGlite data folder). The manifest names the PGlite version and a hash of `migrations/`; a template
 * that does not match both is ignored and the folder is made the normal way.
 */
export const DEFAULT_TEMPLATE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dist/pglite-template");

export interface TemplateManifest {
  format: 1;
  pglite: string;
  migrations: string;
  builtAt: string;
}

/** The installed PGlite's version (its PostgreSQL and on-disk format come with it). */
export function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  let dir = path.dirname(entry);
  while (!existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  return (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string }).version;
}

/** sha256 over every file in the migrations folder (relative path and content), in a fixed order. */
export function migrationsHash(migrationsDir: string): string {
  const hash = createHash("sha256");
  const files = (readdirSync(migrationsDir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => !f.split("/").some((part) => part.startsWith(".")))
    .sort();
  for (const file of files) {
    const full = path.join(migrationsDir, file);
    try {
      hash.update(file).update("\0").update(readFileSync(full)).update("\0");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EISDIR") throw error;
    }
  }
  return hash.digest("hex");
}

export type TemplateCheck = { usable: true } | { usable: false; reason: string };

export function checkTemplate(templateDir: string, migrationsDir: string): TemplateCheck {
  let manifest: TemplateManifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(templateDir, "manifest.json"), "utf8")) as TemplateManifest;
  } catch {
    return { usable: false, reason: `no template at ${templateDir}` };
  }
  if (manifest.format !== 1) return { usable: false, reason: "template format changed" };
  if (manifest.pglite !== pgliteVersion()) return { usable: false, reason: `template made with PGlite ${manifest.pglite}` };
  if (manifest.migrations !== migrationsHash(migrationsDir))
    return { usable: false, reason: "migrations changed since the template was built" };
  if (!existsSync(path.join(templateDir, "pgdata", "PG_VERSION"))) return { usable: false, reason: "template has no data folder" };
  return { usable: true };
}

export type FolderOrigin = "existing" | "template" | "initdb";

/**
 * Decide how an embedded data folder is opened, creating it from the template when it is new.
 * Never writes into a folder that has anything in it: the copy goes to a sibling and is renamed into
 * place, so an interrupted copy leaves the data folder absent (or empty) and the next start retries.
 */
export async function prepareDataFolder(opts: { dataDir: string; templateDir: string; migrationsDir: string }): Promise<{
  from: FolderOrigin;
  reason?: string;
}> {
  const { dataDir } = opts;
  const entries = existsSync(dataDir) ? readdirSync(dataDir) : null;
  if (entries && entries.length > 0) {
    return existsSync(path.join(dataDir, "PG_VERSION"))
      ? { from: "existing" }
      : { from: "initdb", reason: "folder is not empty but holds no database" };
  }
  const check = checkTemplate(opts.templateDir, opts.migrationsDir);
  if (!check.usable) return { from: "initdb", reason: check.reason };
  const parent = path.dirname(path.resolve(dataDir));
  mkdirSync(parent, { recursive: true });
  const prefix = `.${path.basename(dataDir)}.template-`;
  // Leftovers of a copy that was interrupted (the data folder itself was never touched).
  for (const name of readdirSync(parent)) if (name.startsWith(prefix)) rmSync(path.join(parent, name), { recursive: true, force: true });
  const staging = path.join(parent, `${prefix}${process.pid}`);
  try {
    await copyFolder(path.join(opts.templateDir, "pgdata"), staging);
    // rmdir only removes an empty folder: whatever appeared in it meanwhile is never touched.
    if (entries) rmdirSync(dataDir);
    renameSync(staging, dataDir);
    return { from: "template" };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    return { from: "initdb", reason: `template copy failed: ${(error as Error).message}` };
  }
}

/** Files this large are copied up to their last non-zero block and extended to size (decision 061). */
const SPARSE_FROM = 1 << 20;
const BLOCK = 8192;
const ZEROS = Buffer.alloc(BLOCK);

/**
 * Copy a data folder, byte for byte as read back (decision 061). Asynchronous, file after file: what a
 * new folder's start waits for is creating ~700 files (about 1 ms each on a slow disk, and no faster
 * side by side), and meanwhile the main thread loads the app. A large file whose tail is zeros, the
 * template's one WAL segment (16 MB, one block of it written), is written up to its last non-zero
 * block and extended to its size with `ftruncate`: the rest reads back as zeros, as before.
 */
export async function copyFolder(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      await copyFolder(source, target);
      continue;
    }
    const { size, mode } = await stat(source);
    if (size < SPARSE_FROM) await copyFile(source, target);
    else await copyZeroTail(source, target, mode);
  }
}

async function copyZeroTail(source: string, target: string, mode: number): Promise<void> {
  const bytes = await readFile(source);
  let end = bytes.length;
  // Whole blocks of zeros at the end are left to ftruncate (a block with any byte set is written).
  while (end > 0) {
    const start = Math.max(0, end - BLOCK);
    if (!bytes.subarray(start, end).equals(ZEROS.subarray(0, end - start))) break;
    end = start;
  }
  const file = await open(target, "w", mode & 0o777);
  try {
    for (let at = 0; at < end;) at += (await file.write(bytes, at, end - at, at)).bytesWritten;
    await file.truncate(bytes.length);
  } finally {
    await file.close();
  }
}
