import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { executeRows } from "server/db/rows.ts";
import { phoneDigits, phoneDigitsSql, samePhoneSql } from "server/person/phone.ts";
import { startTestServer, type TestServer } from "../support/server.js";

/*
 * When two phone numbers are the same number (decision 047): one rule, in TypeScript for a number
 * typed in and in SQL for numbers stored, used by records search, the family duplicate check and the
 * conduct flag on a referral from a removed family. The two forms must give the same digits on the
 * database, in both modes (PGlite and PostgreSQL), and the SQL must stay the expression of
 * people_phone_digits_idx so searches by phone use it.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: () => new Date("2026-11-25T09:00:00Z") });
});
afterAll(() => server?.close());

const SAMPLES = [
  "07911 123456",
  "+44 7911 123456",
  "+44 (0)20 7946 0958".replace("(0)", ""),
  "020-7946-0958",
  "(0161) 496 0000",
  "0044 7911 123456",
  "441614960000",
  "4407911",
  "  0 1 6 1 4 9 6 0 0 0 0 ",
  "ext. 44",
  "no digits",
  "",
];

describe("the phone rule", () => {
  it("gives the same digits in TypeScript and in SQL", async () => {
    for (const phone of SAMPLES) {
      const [row] = await executeRows<{ digits: string }>(server.db, sql`select ${phoneDigitsSql(sql`${phone}::text`)} as digits`);
      expect({ phone, digits: row!.digits }).toEqual({ phone, digits: phoneDigits(phone) });
    }
  });

  it("judges a number written with +44, spaces or dashes the same as with its 0, and a missing number never the same", async () => {
    const same = async (a: string | null, b: string | null) =>
      (
        await executeRows<{ same: boolean }>(
          server.db,
          sql`select coalesce(${samePhoneSql(sql`${a}::text`, sql`${b}::text`)}, false) as same`,
        )
      )[0]!.same;
    expect(await same("+44 7911 123456", "07911-123456")).toBe(true);
    expect(await same("(020) 7946 0958", "+442079460958")).toBe(true);
    expect(await same("07911 123456", "07911 123457")).toBe(false);
    expect(await same(null, null)).toBe(false);
    expect(await same("07911 123456", null)).toBe(false);
  });

  it("is the expression of people_phone_digits_idx, so a search by phone can use the index", async () => {
    const [expr] = await executeRows<{ def: string }>(
      server.db,
      sql`select pg_get_expr(i.indexprs, i.indrelid) as def from pg_index i join pg_class c on c.oid = i.indexrelid where c.relname = 'people_phone_digits_idx'`,
    );
    expect(expr?.def).toContain("regexp_replace");
    // PostgreSQL prints the stored expression with casts; ours, printed back the same way, must equal it.
    await server.db.transaction(async (tx) => {
      await tx.execute(sql`create temporary table phone_rule_probe (phone text) on commit drop`);
      await tx.execute(sql`create index phone_rule_probe_idx on phone_rule_probe (${phoneDigitsSql(sql.raw("phone"))})`);
      const [ours] = await executeRows<{ def: string }>(
        tx,
        sql`select pg_get_expr(i.indexprs, i.indrelid) as def from pg_index i join pg_class c on c.oid = i.indexrelid where c.relname = 'phone_rule_probe_idx'`,
      );
      expect(ours!.def).toBe(expr!.def);
    });
  });
});
