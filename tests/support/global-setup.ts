import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrate, openDatabase } from "server";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/**
 * Migrate one embedded database and save its data folder; every test file starts from a copy
 * (a fresh PGlite initdb takes seconds, loading a dump a fraction of that).
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("pgliteTemplate", "");
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "sendiass-template-"));
  const database = await openDatabase({ dataDir: "memory://" });
  await migrate(database);
  const dump = await database.dump!();
  await database.close();
  const file = path.join(dir, "template.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
}
