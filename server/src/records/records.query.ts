import { sql, type SQL } from "drizzle-orm";
import type { Db, Queryable } from "../db/client.js";
import { epochMs, executeRows, fromEpochMs } from "../db/rows.js";
import type { RecordAccess, ReferralStatus } from "../core/vocabulary.js";
import type { SearchCriteria } from "./records.validation.js";
import { normalisePostcode } from "./records.rules.js";
import { REFERENCE_LENGTH } from "../referral/referral.rules.js";
import {
  CARRYING_WORD_SIMILARITY,
  bestWordSimilaritySql,
  carryingWords,
  nameWordsSql,
  requiredWords,
  similarNamesSql,
  wordSimilarityNeeded,
} from "../person/name.js";
import { phoneDigits, phoneDigitsSql } from "../person/phone.js";

export interface SearchRow {
  id: string;
  reference: string;
  status: ReferralStatus;
  received_ms: number;
  created_by_id: string | null;
  person_id: string | null;
  contact_name: string | null;
  child_name: string | null;
  dob: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  name_score: number | null;
  total: number | string;
  holder_id: string | null;
  held_by: string | null;
}

/**
 * The stored reference ("R-7K2M9Q") of a reference as typed (checked by `searchSchema`: its six
 * characters, after "R-", "R" or nothing): "r-7K2M9Q", "R7K2M9Q" and "7k2m9q" are one. A reference's
 * own characters may begin with R, so a leading R is its prefix only when six characters follow it.
 */
export function storedReference(typed: string): string {
  const r = typed.trim().toUpperCase().replace(/^R-/, "");
  return `R-${r.length === REFERENCE_LENGTH + 1 && r.startsWith("R") ? r.slice(1) : r}`;
}

/** The referrals whose contact's or child's name matched, with the best similarity of either. */
export interface NameMatches {
  ids: string[];
  scores: number[];
}

/** A text[] literal of name words (letters and digits only: name_words_of splits on everything else), quoted so "null" stays a word. */
const wordsLiteral = (words: readonly string[]) => `{${words.map((w) => `"${w}"`).join(",")}}`;

/**
 * The referrals of a service whose parent's, carer's or young person's name or child's name is like
 * `name` (decision 053). The typed words are looked up in `name_words`, whose trigram index finds the
 * words like each in a millisecond; the people and children having those words are found through the
 * GIN index on their names' words; and the rule is tried on those only:
 * - one word typed: a name matches when one of its words is like it (`wordSimilarityNeeded`):
 *   "Okonkwo" finds every Okonkwo whatever the first name, scored by that word's similarity;
 * - several: the whole name must be similar (NAME_SIMILARITY), as before (decision 033); only the
 *   names having a word like each typed word (`requiredWords`), or like a word that can carry the
 *   name alone (`carryingWords`), are tried.
 * One short transaction, for the thresholds `%` reads (the search re-reads every matched referral in
 * its own, and leaves out an erased one). Both sides are one statement on one connection: running
 * them on two connections at once, as decision 033 did for the whole-name scans, measured no faster.
 */
export async function matchNames(db: Db, serviceId: string, name: string): Promise<NameMatches> {
  const rows = await db.transaction(async (tx) => {
    // A few hundred candidate rows at most: starting parallel workers would take longer than reading them.
    const typed = await executeRows<{ word: string; trigrams: number; whole: number }>(
      tx,
      sql`select w as word, cardinality(show_trgm(w)) as trigrams, cardinality(show_trgm(${name}::text)) as whole
          from set_config('max_parallel_workers_per_gather', '0', true), unnest(${nameWordsSql(sql`${name}::text`)}) w`,
    );
    if (typed.length === 0) return [];
    const one = typed.length === 1;
    const typedWords = typed.map((t) => t.word);
    const carrying = new Set(one ? [] : carryingWords(typed, Number(typed[0]!.whole)));
    // Each typed word's like words through the trigram index, at its own threshold (`%` reads it from
    // the setting): `needed` for a word the name must have, `carries` for one that can carry it alone.
    const like = new Map<string, { needed: string[]; carries: string[] }>();
    for (const word of typedWords) {
      const needed = wordSimilarityNeeded(word, one);
      const least = carrying.has(word) ? Math.min(needed, CARRYING_WORD_SIMILARITY) : needed;
      await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(least)}, true)`);
      const found = await executeRows<{ word: string; s: number }>(
        tx,
        sql`select word, similarity(word, ${word}::text)::float8 as s from name_words where word % ${word}::text`,
      );
      like.set(word, {
        needed: found.filter((f) => Number(f.s) >= needed).map((f) => f.word),
        carries: carrying.has(word) ? found.filter((f) => Number(f.s) >= CARRYING_WORD_SIMILARITY).map((f) => f.word) : [],
      });
    }
    // A name is tried when it has a word like each required word (all but `mayMiss` of them), or a
    // word like a carrying word.
    const { words, mayMiss } = one ? { words: typedWords, mayMiss: 0 } : requiredWords(typedWords);
    const sets = words.map((w) => like.get(w)!.needed);
    const groups = [
      ...(mayMiss ? sets.map((_, skip) => sets.filter((_s, i) => i !== skip)) : [sets]),
      ...[...carrying].map((w) => [like.get(w)!.carries]),
    ].filter((g) => g.every((s) => s.length > 0));
    if (groups.length === 0) return [];
    const side = (alias: "p" | "ch") => {
      const words = nameWordsSql(sql.raw(`${alias}.full_name`));
      const candidate = sql.join(
        groups.map(
          (g) =>
            sql`(${sql.join(
              g.map((s) => sql`${words} && ${wordsLiteral(s)}::text[]`),
              sql` and `,
            )})`,
        ),
        sql` or `,
      );
      const fullName = sql.raw(`${alias}.full_name`);
      return one
        ? { where: sql`(${candidate})`, score: bestWordSimilaritySql(fullName, sql`${typedWords[0]}::text`) }
        : {
            where: sql`(${candidate}) and ${similarNamesSql(fullName, sql`${name}::text`)}`,
            score: sql`similarity(${fullName}, ${name}::text)`,
          };
    };
    const p = side("p");
    const ch = side("ch");
    return executeRows<{ id: string; s: number }>(
      tx,
      sql`select r.id, ${p.score}::float8 as s
          from people p join referrals r on r.person_id = p.id
          where p.service_id = ${serviceId}::uuid and ${p.where}
          union all
          select r.id, ${ch.score}::float8 as s
          from children ch join referrals r on r.child_id = ch.id
          where ch.service_id = ${serviceId}::uuid and ${ch.where}`,
    );
  });
  const best = new Map<string, number>();
  for (const m of rows) best.set(m.id, Math.max(Number(m.s), best.get(m.id) ?? 0));
  return { ids: [...best.keys()], scores: [...best.values()] };
}

/**
 * One page of referrals matching every criterion given, best name match first, then newest. A name
 * criterion is matched beforehand (`matchNames`, passed as `named`); the other criteria compare
 * normalised values.
 */
export async function searchReferrals(
  q: Queryable,
  opts: { serviceId: string; criteria: SearchCriteria; named: NameMatches | null; offset: number; limit: number },
): Promise<SearchRow[]> {
  const { serviceId, criteria: c } = opts;
  if (c.name && !opts.named) throw new Error("searchReferrals: a name criterion needs its matches (matchNames)");
  const conditions: SQL[] = [sql`r.service_id = ${serviceId}::uuid`, sql`r.erased_at is null`];
  if (c.dateOfBirth) conditions.push(sql`ch.date_of_birth = ${c.dateOfBirth}::date`);
  if (c.postcode) {
    const norm = normalisePostcode(c.postcode);
    conditions.push(
      /^[A-Z]{1,2}[0-9][A-Z0-9]?$/.test(norm)
        ? sql`upper(split_part(trim(p.postcode), ' ', 1)) = ${norm}`
        : sql`upper(replace(p.postcode, ' ', '')) = ${norm}`,
    );
  }
  if (c.reference) conditions.push(sql`r.reference = ${storedReference(c.reference)}`);
  if (c.phone) conditions.push(sql`${phoneDigitsSql(sql`p.phone`)} = ${phoneDigits(c.phone)}`);
  if (c.email) conditions.push(sql`lower(p.email) = ${c.email.toLowerCase()}`);

  const named = opts.named
    ? sql`named as (
        select m.id, m.s from unnest(${`{${opts.named.ids.join(",")}}`}::uuid[], ${`{${opts.named.scores.join(",")}}`}::float8[]) as m(id, s)
      ),`
    : sql``;
  const statement = sql`
    with ${named} hits as (
      select r.id, r.reference, r.status::text as status, ${epochMs(sql`r.received_at`)} as received_ms, r.created_by_id,
        r.person_id, p.full_name as contact_name, ch.full_name as child_name, ch.date_of_birth::text as dob,
        p.postcode, p.phone, p.email, ${opts.named ? sql`named.s` : sql`null::float8`} as name_score,
        count(*) over () as total
      from referrals r
      ${opts.named ? sql`join named on named.id = r.id` : sql``}
      left join people p on p.id = r.person_id
      left join children ch on ch.id = r.child_id
      where ${sql.join(conditions, sql` and `)}
      order by name_score desc nulls last, r.received_at desc, r.id
      offset ${opts.offset} limit ${opts.limit + 1}
    )
    select h.*, holder.staff_id as holder_id, s.display_name as held_by
    from hits h
    left join lateral (
      select al.staff_id from cases k join allocations al on al.case_id = k.id and al.ended_at is null
      where k.referral_id = h.id limit 1
    ) holder on true
    left join staff s on s.id = holder.staff_id
    order by h.name_score desc nulls last, h.received_ms desc, h.id`;
  return executeRows<SearchRow>(q, statement);
}

export const toHit = (row: SearchRow, access: RecordAccess) => {
  const full = access === "FULL";
  return {
    referralId: row.id,
    reference: row.reference,
    status: row.status,
    receivedAt: fromEpochMs(row.received_ms)!,
    access,
    personId: full ? row.person_id : null,
    contactName: row.contact_name,
    childName: row.child_name,
    heldBy: row.held_by,
    nameScore: row.name_score === null ? null : Math.round(Number(row.name_score) * 100) / 100,
    childDateOfBirth: full ? row.dob : null,
    postcode: full ? row.postcode : null,
    phone: full ? row.phone : null,
    email: full ? row.email : null,
  };
};
