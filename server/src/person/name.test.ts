import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openDatabase, type Database } from "../db/client.js";
import { executeRows } from "../db/rows.js";
import { carryingWords, requiredWords, wordSimilarityNeeded } from "./name.js";

/*
 * The word thresholds of records search (decision 053) checked against pg_trgm itself: a typed word
 * with one letter changed, dropped or added must still reach the threshold its own length sets.
 */

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ template: false });
  await database.db.execute(sql`create extension if not exists pg_trgm`);
}, 60_000);
afterAll(() => database?.close());

const WORDS = ["ada", "ife", "anna", "tobi", "smith", "chidi", "okonkwo", "bernadette", "pritchard", "quillfeather"];

/** Every word one keystroke away: each letter replaced by a neighbour, dropped, or doubled. */
function oneTypo(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    const next = word[i] === "z" ? "y" : String.fromCharCode(word.charCodeAt(i) + 1);
    out.add(word.slice(0, i) + next + word.slice(i + 1));
    out.add(word.slice(0, i) + word.slice(i + 1));
    out.add(word.slice(0, i) + word[i] + word.slice(i));
  }
  out.delete(word);
  return [...out];
}

describe("wordSimilarityNeeded", () => {
  it("is reached by every word of three letters or more typed with one letter changed, dropped or added", async () => {
    const pairs = WORDS.flatMap((stored) => oneTypo(stored).map((typed) => ({ stored, typed })));
    const rows = await executeRows<{ typed: string; stored: string; s: number }>(
      database.db,
      sql`select typed, stored, similarity(typed, stored)::float8 as s
          from unnest(${`{${pairs.map((p) => p.typed).join(",")}}`}::text[], ${`{${pairs.map((p) => p.stored).join(",")}}`}::text[]) t(typed, stored)`,
    );
    const below = rows.filter((r) => [...r.typed].length >= 3 && Number(r.s) < wordSimilarityNeeded(r.typed, false));
    expect(below).toEqual([]);
  });

  it("asks a word typed alone for at least 0.3, and a one- or two-letter word to be as typed", () => {
    expect(wordSimilarityNeeded("ada", true)).toBeCloseTo(0.3, 2);
    expect(wordSimilarityNeeded("ada", false)).toBeCloseTo(1 / 7, 2);
    expect(wordSimilarityNeeded("okonkow", true)).toBeCloseTo(5 / 11, 2);
    expect(wordSimilarityNeeded("ng", false)).toBe(1);
  });
});

describe("requiredWords and carryingWords", () => {
  it("require every word of three letters or more, all but one of three or more", () => {
    expect(requiredWords(["jo", "okonkwo"])).toEqual({ words: ["okonkwo"], mayMiss: 0 });
    expect(requiredWords(["jo", "ng"])).toEqual({ words: ["jo", "ng"], mayMiss: 0 });
    expect(requiredWords(["mary", "jane", "smith"])).toEqual({ words: ["mary", "jane", "smith"], mayMiss: 1 });
  });

  it("let a word holding half the typed name's trigrams carry it", () => {
    const typed = [
      { word: "ada", trigrams: 4 },
      { word: "lonstoneash", trigrams: 12 },
    ];
    expect(carryingWords(typed, 16)).toEqual(["lonstoneash"]);
    expect(
      carryingWords(
        [
          { word: "anna", trigrams: 5 },
          { word: "smith", trigrams: 6 },
        ],
        11,
      ),
    ).toEqual(["smith"]);
  });
});
