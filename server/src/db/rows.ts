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
