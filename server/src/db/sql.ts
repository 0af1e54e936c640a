import { sql, type SQL } from "drizzle-orm";
import { integer } from "drizzle-orm/pg-core";

const VALUE = /^[A-Z0-9_]+$/;

/**
 * A list of vocabulary values (core/vocabulary.ts) as SQL literals, `'NEW', 'TRIAGED'`, for `in (…)`.
 * Literals, not parameters: the statement text is the same for every call (prepared once, decision
 * 013) and the planner can match partial indexes written with the same list (`status in (…)`).
 * Only UPPER_SNAKE values are accepted, so nothing can be injected.
 */
export function sqlValues(values: readonly string[]): SQL {
  for (const v of values) if (!VALUE.test(v)) throw new Error(`not a vocabulary value: ${v}`);
  return sql.raw(values.map((v) => `'${v}'`).join(", "));
}

/** A text literal for SQL built from our own constants (labels), quotes doubled. */
export const sqlText = (text: string): SQL => sql.raw(`'${text.replace(/'/g, "''")}'`);

/** `case <expr> when 'A' then 'label of A' … end`: a vocabulary's labels for a column, from the one catalogue. */
export function sqlLabels(expr: SQL, labels: Readonly<Record<string, string>>, otherwise: SQL = sql`null`): SQL {
  const whens = Object.entries(labels).map(([value, label]) => sql`when ${sqlValues([value])} then ${sqlText(label)}`);
  return sql`(case ${expr} ${sql.join(whens, sql` `)} else ${otherwise} end)`;
}

/**
 * A counted record's key for protected statistics (decision 028): `stats_record_key(id)`, the first byte
 * of the MD5 of its id (migration 0015, the one definition), stored with the row so a statistics
 * statement reads it instead of hashing every record it counts (decision 066).
 */
export const statsKeyColumn = () => integer("stats_key").generatedAlwaysAs(sql`stats_record_key(id)`);
