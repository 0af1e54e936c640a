import { sql, type SQL } from "drizzle-orm";

/*
 * When two names are (nearly) the same name: pg_trgm similarity at least NAME_SIMILARITY. The one
 * home of the rule for records search (`%` with this threshold, decision 033), the possible
 * duplicates offered on a family record, and the conduct flag on a referral from a removed family
 * (decision 042): a name misspelt on the phone must not hide a family from any of them.
 */

/**
 * How similar a name must be (pg_trgm similarity, 0–1) to count as a match. One or two typos in a full
 * name stay above it (a substitution in "Bernadette Okonkwo" leaves about 0.7); pg_trgm's default of
 * 0.3 let a shared first name match, and made the GIN scan read far more rows (decision 033).
 */
export const NAME_SIMILARITY = 0.5;

/** Two stored names are the same name or nearly: both present and similar enough. */
export const similarNamesSql = (a: SQL, b: SQL): SQL =>
  sql`(${a} is not null and ${b} is not null and similarity(${a}, ${b}) >= ${sql.raw(String(NAME_SIMILARITY))})`;
