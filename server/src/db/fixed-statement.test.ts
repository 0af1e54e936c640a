import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { fixedStatement } from "./fixed-statement.js";

const dialect = new PgDialect();
const build = (v: { id: string; at: string }) =>
  sql`select ${"constant"} as c, ${sql.raw("12")} as n from t where t.id = ${v.id}::uuid and t.at <= ${new Date(v.at).toISOString()}::timestamptz and t.id <> ${v.id}::uuid limit ${1 + 1}`;
const sentinels = { id: "00000000-0000-4000-8000-0000000000aa", at: "1901-02-03T04:05:06.789Z" };

describe("fixedStatement", () => {
  it("gives the same text and parameters as building the statement afresh", () => {
    const fixed = fixedStatement(sentinels, build);
    for (const values of [
      { id: "11111111-1111-4111-8111-111111111111", at: "2026-12-06T09:30:00.000Z" },
      { id: "22222222-2222-4222-8222-222222222222", at: "2027-01-01T00:00:00.000Z" },
    ]) {
      expect(dialect.sqlToQuery(fixed(values))).toEqual(dialect.sqlToQuery(build(values)));
    }
  });

  it("refuses a shape in which a sentinel never appears as a parameter", () => {
    const fixed = fixedStatement({ id: sentinels.id, unused: "never-bound" }, (v) => sql`select ${v.id}`);
    expect(() => fixed({ id: "x", unused: "y" })).toThrow(/unused not found/);
  });
});
