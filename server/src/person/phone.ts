import { sql, type SQL } from "drizzle-orm";

/*
 * When two phone numbers are the same number (decision 047): compared by their digits, a leading 44
 * read as the trunk 0 ("+44 7911 123456" is "07911 123456"). The one home of the rule for records
 * search, the duplicate check on a family and the conduct flag on a referral from a removed family
 * (decision 042), in TypeScript (a number typed into a search) and in SQL (numbers stored). Both forms
 * are built from the same two steps, and a test runs them side by side on the database.
 *
 * The SQL is written with literals, not parameters, so it stays the expression of
 * people_phone_digits_idx (migration 0020) and the planner can use that index.
 */
const STEPS: readonly { pattern: string; flags: "g" | ""; replacement: string }[] = [
  { pattern: "[^0-9]", flags: "g", replacement: "" },
  { pattern: "^44", flags: "", replacement: "0" },
];

/** A phone number's comparable digits. */
export function phoneDigits(phone: string): string {
  return STEPS.reduce((s, step) => s.replace(new RegExp(step.pattern, step.flags), step.replacement), phone);
}

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The same, in SQL, of a stored column (e.g. sql`p.phone`). */
export function phoneDigitsSql(column: SQL): SQL {
  return STEPS.reduce<SQL>(
    (inner, step) =>
      sql`regexp_replace(${inner}, ${sql.raw(literal(step.pattern))}, ${sql.raw(literal(step.replacement))}${
        step.flags ? sql.raw(`, ${literal(step.flags)}`) : sql``
      })`,
    column,
  );
}

/** Two stored phone numbers are the same number: both present and with the same digits. */
export const samePhoneSql = (a: SQL, b: SQL): SQL =>
  sql`(${a} is not null and ${b} is not null and ${phoneDigitsSql(a)} = ${phoneDigitsSql(b)})`;
