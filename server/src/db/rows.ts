import { sql, type SQL } from "drizzle-orm";
import type { Queryable } from "./client.js";

/**
 * Run raw SQL and return plain rows whatever the driver (postgres.js answers an array, PGlite an
 * object with `rows`). Select timestamps as epoch milliseconds (`epochMs`) and dates as text so both
 * drivers hand back the same JavaScript values.
 */
export async function executeRows<T>(q: Queryable, statement: SQL): Promise<T[]> {
  const result = (await q.execute(statement)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

export const fromEpochMs = (ms: number | string | null): Date | null => (ms === null ? null : new Date(Number(ms)));

/** A timestamp column as epoch milliseconds (float8): the same JavaScript number from either driver. */
export const epochMs = (col: SQL) => sql`(extract(epoch from ${col}) * 1000)::float8`;

/**
 * The one row a statement always returns: an INSERT … RETURNING of one row, an aggregate without
 * GROUP BY, an UPDATE of a row locked and found in the same transaction. Its absence is a bug, not
 * a refusal, so it throws a plain error (masked for the client, logged in full).
 */
export function theRow<T>(rows: readonly T[], what: string): T {
  const row = rows[0];
  if (row === undefined) throw new Error(`expected ${what}, got no row`);
  return row;
}
