import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Backups of the embedded database (decision in docs/running.md, "Backups"): the whole PGlite data
 * folder as one gzipped tarball, made by PGlite itself (`dumpDataDir`) while no server has it open,
 * and restored into an empty folder with `loadDataDir`. A tarball of a folder PGlite closed cleanly is
 * consistent; one taken while a server writes to it would not be, so both refuse a folder in use.
 */

/** PGlite's postmaster.pid: present while a PGlite has the folder open (and after one that did not close). */
const inUse = (dataDir: string) => existsSync(path.join(dataDir, "postmaster.pid"));

export class BackupError extends Error {}

export async function backupDataDir(opts: { dataDir: string; file: string }): Promise<{ file: string; bytes: number }> {
  if (!existsSync(path.join(opts.dataDir, "PG_VERSION"))) throw new BackupError(`${opts.dataDir} is not a PGlite data folder.`);
  if (inUse(opts.dataDir)) {
    throw new BackupError(
      `${opts.dataDir} is in use (postmaster.pid is there): stop the server first. If no server runs, it did not stop cleanly: start and stop it once.`,
    );
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(opts.dataDir);
  try {
    // A checkpoint first, so the tarball holds every change in the data files, not only in the WAL.
    await db.exec("checkpoint");
    const dump = await db.dumpDataDir("gzip");
    const bytes = Buffer.from(await dump.arrayBuffer());
    mkdirSync(path.dirname(path.resolve(opts.file)), { recursive: true });
    writeFileSync(`${opts.file}.partial`, bytes);
    renameSync(`${opts.file}.partial`, opts.file);
    return { file: opts.file, bytes: bytes.length };
  } finally {
    await db.close();
  }
}

/**
 * Restore `file` into `dataDir`, which must be absent or empty; with `replace`, a folder that holds a
 * database is first moved aside to `<dataDir>.before-restore-<time>` (never deleted).
 */
export async function restoreDataDir(opts: {
  file: string;
  dataDir: string;
  replace?: boolean;
  now?: Date;
}): Promise<{ movedAside?: string }> {
  if (!existsSync(opts.file)) throw new BackupError(`${opts.file} does not exist.`);
  let movedAside: string | undefined;
  if (existsSync(opts.dataDir) && readdirSync(opts.dataDir).length > 0) {
    if (inUse(opts.dataDir)) throw new BackupError(`${opts.dataDir} is in use (postmaster.pid is there): stop the server first.`);
    if (!opts.replace)
      throw new BackupError(`${opts.dataDir} is not empty: restore into a new folder, or pass --replace to move it aside first.`);
    movedAside = `${opts.dataDir}.before-restore-${(opts.now ?? new Date()).toISOString().replace(/[:.]/g, "-")}`;
    renameSync(opts.dataDir, movedAside);
  }
  mkdirSync(opts.dataDir, { recursive: true });
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(opts.dataDir, { loadDataDir: new Blob([readFileSync(opts.file)]) });
  try {
    // Proves the copy opens and is one of ours before the server is pointed at it.
    await db.query("select count(*) from drizzle.__drizzle_migrations");
  } finally {
    await db.close();
  }
  return { movedAside };
}
