import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { MIGRATIONS_DIR, type Database } from "./client.js";
import { executeRows } from "./rows.js";

export interface Readiness {
  ready: boolean;
  database: { kind: Database["kind"]; reachable: boolean; error?: string };
  /** Migrations in migrations/ (expected) and recorded as applied in the database; `pending` lists the tags not applied. */
  migrations: { expected: number; applied: number | null; latest: string | null; pending: string[] };
}

interface JournalEntry {
  tag: string;
  when: number;
}

/** The migrations this build expects, read once from migrations/meta/_journal.json (drizzle-kit's list). */
export function expectedMigrations(dir = MIGRATIONS_DIR): JournalEntry[] {
  const journal = JSON.parse(readFileSync(path.join(dir, "meta", "_journal.json"), "utf8")) as { entries: JournalEntry[] };
  return journal.entries.map(({ tag, when }) => ({ tag, when }));
}

/**
 * Whether this instance can serve: the database answers within `timeoutMs`, and every migration of
 * this build is applied (drizzle records each in drizzle.__drizzle_migrations with its folder time,
 * the journal's `when`). A database ahead of the build (a newer instance migrated it) is ready: the
 * migrations are additive (CONTRIBUTING.md) and an older instance still serves during a rolling update.
 */
export async function checkReadiness(database: Database, expected: JournalEntry[], timeoutMs = 2000): Promise<Readiness> {
  const kind = database.kind;
  const migrations = { expected: expected.length, applied: null as number | null, latest: null as string | null, pending: [] as string[] };
  let timer: NodeJS.Timeout | undefined;
  try {
    const rows = await Promise.race([
      executeRows<{ created_at: string | number }>(database.db, sql`select created_at from drizzle.__drizzle_migrations`),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    const applied = new Set(rows.map((r) => Number(r.created_at)));
    migrations.applied = rows.length;
    migrations.pending = expected.filter((m) => !applied.has(m.when)).map((m) => m.tag);
    migrations.latest = expected.filter((m) => applied.has(m.when)).at(-1)?.tag ?? null;
    return { ready: migrations.pending.length === 0, database: { kind, reachable: true }, migrations };
  } catch (error) {
    // drizzle wraps the driver's error; its SQLSTATE (or errno) says what failed, without the statement.
    const cause = (error as { cause?: unknown }).cause ?? error;
    const code = (cause as { code?: unknown }).code;
    if (code === "42P01" || code === "3F000") {
      // The database answers but was never migrated (no drizzle schema or table).
      migrations.applied = 0;
      migrations.pending = expected.map((m) => m.tag);
      return { ready: expected.length === 0, database: { kind, reachable: true }, migrations };
    }
    const reason = typeof code === "string" ? code : cause instanceof Error ? cause.message.split("\n")[0] : "unknown";
    return { ready: false, database: { kind, reachable: false, error: String(reason).slice(0, 120) }, migrations };
  } finally {
    clearTimeout(timer);
  }
}
