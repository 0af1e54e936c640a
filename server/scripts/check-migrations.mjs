// Fails when the drizzle schema has changes that migrations/ does not contain: generates into a
// copy of migrations/ and checks that nothing new appears.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";

const migrations = path.resolve(import.meta.dirname, "../../migrations");
const copy = mkdtempSync(path.join(os.tmpdir(), "migrations-check-"));
cpSync(migrations, copy, { recursive: true });
const cwd = path.resolve(import.meta.dirname, "..");
try {
  // drizzle-kit prefixes "./" to --out, so it must be relative; and it exits 0 on some errors, so read its output.
  const out = execFileSync(
    "npx",
    ["drizzle-kit", "generate", "--dialect=postgresql", "--schema=./src/tables.ts", `--out=${path.relative(cwd, copy)}`, "--name=drift"],
    { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  if (!/No schema changes|migration file/i.test(out)) {
    console.error(`drizzle-kit did not run as expected:\n${out}`);
    process.exit(1);
  }
  const drift = readdirSync(copy).filter((f) => f.includes("drift"));
  if (drift.length) {
    console.error("The drizzle schema has changes with no migration: run `pnpm --filter server db:generate` and commit migrations/.");
    process.exit(1);
  }
  console.log("migrations/ matches the drizzle schema.");
} finally {
  rmSync(copy, { recursive: true, force: true });
}
