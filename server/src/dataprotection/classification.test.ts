import { describe, expect, it } from "vitest";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import * as tables from "../tables.js";
import { NOT_PERSONAL_COLUMNS, PERSONAL_COLUMNS } from "./dataprotection.rules.js";

/** Column types that can hold free text or documents (enums, numbers, dates and ids cannot). */
const TEXT_TYPES = new Set(["PgText", "PgVarchar", "PgChar", "PgJson", "PgJsonb", "PgArray"]);

/** Every drizzle table in the schema (tables.ts also exports enums). */
const allTables = (Object.values(tables) as unknown[]).filter((t): t is PgTable => t instanceof PgTable);

const textColumns = allTables
  .flatMap((t) => {
    const config = getTableConfig(t);
    return config.columns.filter((c) => TEXT_TYPES.has(c.columnType)).map((c) => `${config.name}.${c.name}`);
  })
  .sort();

const allColumns = allTables.flatMap((t) => {
  const config = getTableConfig(t);
  return config.columns.map((c) => `${config.name}.${c.name}`);
});

const listed = (lists: Record<string, readonly string[] | Record<string, string>>) =>
  Object.entries(lists).flatMap(([table, cols]) => (Array.isArray(cols) ? cols : Object.keys(cols)).map((c) => `${table}.${c}`));

describe("every text and JSON column is classified", () => {
  it("a column that can hold free text is either a family's personal data (erased) or listed, with a reason, as not", () => {
    const personal = listed(PERSONAL_COLUMNS);
    const notPersonal = listed(NOT_PERSONAL_COLUMNS);
    expect(textColumns.length).toBeGreaterThan(50);
    expect(textColumns.filter((c) => !personal.includes(c) && !notPersonal.includes(c))).toEqual([]);
  });

  it("no column is in both lists, and every listed column exists", () => {
    const personal = listed(PERSONAL_COLUMNS);
    expect(personal.filter((c) => listed(NOT_PERSONAL_COLUMNS).includes(c))).toEqual([]);
    // Personal data is not only text (a date of birth); every name listed is a real column.
    expect([...personal, ...listed(NOT_PERSONAL_COLUMNS)].filter((c) => !allColumns.includes(c))).toEqual([]);
  });

  it("meetings.kind is free text about the family, so it is personal", () => {
    expect(PERSONAL_COLUMNS.meetings).toContain("kind");
  });
});
