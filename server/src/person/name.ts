import { sql, type SQL } from "drizzle-orm";

/*
 * When two names are (nearly) the same name: pg_trgm similarity at least NAME_SIMILARITY. The one
 * home of the rule for records search (decisions 033 and 053), the possible duplicates offered on a
 * family record, and the conduct flag on a referral from a removed family (decision 042): a name
 * misspelt on the phone must not hide a family from any of them. Search also matches a name by its
 * words (decision 053): a typed word finds the names having a word like it.
 */

/**
 * How similar a name must be (pg_trgm similarity, 0–1) to count as a match. One or two typos in a full
 * name stay above it (a substitution in "Bernadette Okonkwo" leaves about 0.7); pg_trgm's default of
 * 0.3 let a shared first name match, and made the GIN scan read far more rows (decision 033).
 */
export const NAME_SIMILARITY = 0.5;

/**
 * How similar a word of a name must be to a typed word to count as that word: the least similarity
 * one changed letter leaves. A word of L letters has L + 1 trigrams and one changed letter removes at
 * most 3 of them, which leaves (L − 2) / (L + 4): 1/7 for three letters ("Ama" for "Ala"), 1/3 for five
 * ("Smyth" for "Smith"), 5/11 for seven ("Okonkow" for "Okonkwo"), 1/2 for eight. Longer words need
 * more, so a typed word is never like a hundred others. One word typed alone needs at least
 * NAME_WORD_SIMILARITY (pg_trgm's default): looser, a short word would match half the service. Words
 * of one or two letters must be as typed. Rounded down a little: pg_trgm's similarity is a float4.
 */
export function wordSimilarityNeeded(word: string, alone: boolean): number {
  const letters = [...word].length;
  if (letters < 3) return 1;
  const oneTypo = (letters - 2) / (letters + 4) - 0.001;
  return alone ? Math.max(oneTypo, NAME_WORD_SIMILARITY) : oneTypo;
}

/** The least a word typed alone needs: see wordSimilarityNeeded. */
export const NAME_WORD_SIMILARITY = 0.3;

/**
 * Which typed words a name must have a word like, for a name of several words: every word of three
 * letters or more (every word if none is that long), except that with three or more such words one
 * may be missing (a middle name typed but not stored). Those names are the only ones the whole-name
 * rule is tried on (decision 053), with the names `carryingWords` adds.
 */
export function requiredWords(words: readonly string[]): { words: string[]; mayMiss: number } {
  const long = words.filter((w) => [...w].length >= 3);
  const required = long.length ? long : [...words];
  return { words: required, mayMiss: required.length >= 3 ? 1 : 0 };
}

/**
 * A typed word holding at least half the typed name's trigrams (usually a long surname) can make a
 * name similar on its own: "Caris Lonstoneash" is like "Carina Lonstoneash", and like "Cbrit
 * Lonstoneash" with two typos in the short word. A name is tried too when it has a word at least
 * CARRYING_WORD_SIMILARITY like such a word, whatever its other words. Why that much: two names'
 * similarity S / (|Q| + |N| − S) is a mediant of their word pairs', so a name similar by one pair alone
 * has that pair at least NAME_SIMILARITY alike; less a margin, since a trigram of one typed word may
 * be found in another word of the name (decision 053).
 */
export const CARRYING_WORD_SIMILARITY = NAME_SIMILARITY - 0.05;

/** The typed words (with their trigram counts) that can carry a name alone: see CARRYING_WORD_SIMILARITY. */
export function carryingWords(words: readonly { word: string; trigrams: number }[], nameTrigrams: number): string[] {
  return words.filter((w) => 2 * w.trigrams >= nameTrigrams).map((w) => w.word);
}

/** A name's words as the database splits and indexes them (migration 0029): lower-cased, split where pg_trgm splits words. */
export const nameWordsSql = (name: SQL): SQL => sql`name_words_of(${name})`;

/** Two stored names are the same name or nearly: both present and similar enough. */
export const similarNamesSql = (a: SQL, b: SQL): SQL =>
  sql`(${a} is not null and ${b} is not null and similarity(${a}, ${b}) >= ${sql.raw(String(NAME_SIMILARITY))})`;

/** How well a name matches one typed word: its best word's similarity to it. */
export const bestWordSimilaritySql = (name: SQL, word: SQL): SQL =>
  sql`(select max(similarity(w, ${word})) from unnest(${nameWordsSql(name)}) w)`;
