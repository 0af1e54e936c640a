import { existsSync } from "node:fs";
import path from "node:path";
import { loadEnv } from "./config/env.js";
import { BackupError, backupDataDir, restoreDataDir } from "./db/backup.js";

/**
 * `pnpm backup [file]` and `pnpm restore <file> [--replace]` for the embedded database in DATA_DIR
 * (README, docs/running.md). Run with the server stopped. PostgreSQL: pg_dump and point-in-time
 * recovery, docs/running.md.
 */
if (existsSync(".env")) process.loadEnvFile(".env");
const env = loadEnv();
const [command, ...rest] = process.argv.slice(2);
const args = rest.filter((a) => !a.startsWith("--"));
const flags = new Set(rest.filter((a) => a.startsWith("--")));

async function main() {
  if (env.DATABASE_URL) {
    throw new BackupError("DATABASE_URL is set: back up PostgreSQL with pg_dump or base backups and WAL archiving (docs/running.md).");
  }
  if (command === "backup") {
    const file = args[0] ?? path.join("backups", `sendiass-${new Date().toISOString().replace(/[:.]/g, "-")}.tar.gz`);
    const { bytes } = await backupDataDir({ dataDir: env.DATA_DIR, file });
    console.log(`Backed up ${env.DATA_DIR} to ${path.resolve(file)} (${Math.round(bytes / 1024)} KiB).`);
  } else if (command === "restore" && args[0]) {
    const { movedAside } = await restoreDataDir({ file: args[0], dataDir: env.DATA_DIR, replace: flags.has("--replace") });
    if (movedAside) console.log(`Moved the folder that was there to ${movedAside}.`);
    console.log(`Restored ${args[0]} into ${env.DATA_DIR}. Start the server.`);
  } else {
    throw new BackupError("Usage: pnpm backup [file.tar.gz] | pnpm restore <file.tar.gz> [--replace]   (DATA_DIR names the data folder)");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
});
