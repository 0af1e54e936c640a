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
  const manifest: TemplateManifest = { format: 1, pglite: pgliteVersion(), migrations: hashBefore, builtAt: new Date().toISOString() };
  rmSync(templateDir, { recursive: true, force: true });
  renameSync(staging, templateDir);
  writeFileSync(path.join(templateDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return { built: true, templateDir };
}
