import { rmSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR, migrate, openDatabase } from "./client.js";
import { DEFAULT_TEMPLATE_DIR, checkTemplate, migrationsHash, pgliteVersion, type TemplateManifest } from "./pglite-template.js";

/**
 * Build the template: initdb + migrations in a staging folder, close PGlite cleanly, then move it into
 * place and write the manifest last. Skips the work when the template already matches.
 */
export async function buildPgliteTemplate(opts: {
  templateDir?: string;
  /** Rebuild even when the existing template matches. */
  force?: boolean;
}): Promise<{ built: boolean; templateDir: string }> {
  const templateDir = path.resolve(opts.templateDir ?? DEFAULT_TEMPLATE_DIR);
  if (!opts.force && checkTemplate(templateDir, MIGRATIONS_DIR).usable) return { built: false, templateDir };
  const staging = `${templateDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const hashBefore = migrationsHash(MIGRATIONS_DIR);
  const database = await openDatabase({ dataDir: path.join(staging, "pgdata"), template: false });
  try {
    await migrate(database);
  } finally {
    await database.close();
  }
  await leaveWhatANewFolderNeeds(path.join(staging, "pgdata"));
  const manifest: TemplateManifest = { format: 1, pglite: pgliteVersion(), migrations: hashBefore, builtAt: new Date().toISOString() };
  rmSync(templateDir, { recursive: true, force: true });
  renameSync(staging, templateDir);
  writeFileSync(path.join(templateDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return { built: true, templateDir };
}

/**
 * What every new folder copies at its first start (decision 061): the database the server uses, and a
 * WAL holding only what follows a switch. initdb's template0 and template1 (7 MB each) exist only to
 * create databases from, which an embedded server never does; the WAL segment initdb and the
 * migrations filled (10 of its 16 MB) is needed by no one once a checkpoint follows the switch. With
 * `wal_recycle` off the old segment is deleted, not renamed for reuse with its old bytes still in it.
 */
async function leaveWhatANewFolderNeeds(dataDir: string): Promise<void> {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(dataDir, { startParams: [...PGlite.defaultStartParams, "-c", "wal_recycle=off"] });
  try {
    for (const name of ["template0", "template1"]) {
      await db.exec(`alter database ${name} is_template false`);
      await db.exec(`drop database ${name}`);
    }
    await db.query("select pg_switch_wal()");
    await db.exec("checkpoint");
  } finally {
    await db.close();
  }
}
