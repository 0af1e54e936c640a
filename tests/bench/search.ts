/**
 * `pnpm --filter tests bench:search` — the records search benchmark (issue 19, decision 033).
 *
 * Builds a throwaway PostgreSQL database with the real migrations, writes N people (default 1M) with
 * realistic name variety (synthetic first names and surnames from syllables: ~400 first names ×
 * ~27,000 surnames, so a full name repeats rarely, as in a real service), a child and a referral
 * each, all in one service (the worst case: every row is the searcher's), then measures the search
 * statement the API runs (`searchReferrals`, server/src/records/records.query.ts) for a name with one
 * typo (in its transaction, as the API runs it), beside a plain indexed lookup of the same rows by
 * primary key, interleaved.
 *
 * Flags: --people N (default 1000000)  --rounds N (default 300)  --seed N  --keep-db  --doc (write the
 * result into docs/benchmarks.md, section "Records search")  --db NAME (measure a database an earlier run
 * kept with --keep-db, same --people and --seed: no load; it is migrated first, and kept)
 * Env: BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 * Target: p95 ≤ 30 ms for the one-typo name search at 1M people.
 */
import path from "node:path";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { migrate, openDatabase } from "server/db/client.ts";
import { matchNames, searchReferrals } from "server/records/records.query.ts";
import { executeRows } from "server/db/rows.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { values: flags } = parseArgs({
  options: {
    people: { type: "string", default: "1000000" },
    rounds: { type: "string", default: "300" },
    seed: { type: "string", default: "20261204" },
    "keep-db": { type: "boolean", default: false },
    db: { type: "string" },
    doc: { type: "boolean", default: false },
  },
});
const PEOPLE = Number(flags.people);
const ROUNDS = Number(flags.rounds);
const SEED = Number(flags.seed);
const TARGET_P95_MS = 30;
const baseUrl = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const reuseDb = flags.db;
if (reuseDb !== undefined && !/^bench_search_[0-9]+$/.test(reuseDb)) throw new Error("--db takes the name of a kept search bench database");
const dbName = reuseDb ?? `bench_search_${process.pid}`;
const dbUrl = baseUrl.replace(/\/[^/]*$/, `/${dbName}`);

// Syllables for names: 20 × 20 first names, 30 × 30 × 30 surnames.
const FIRST_A = [
  "Al",
  "Ber",
  "Car",
  "Dan",
  "El",
  "Fran",
  "Geor",
  "Han",
  "Is",
  "Jo",
  "Kat",
  "Li",
  "Mar",
  "Nat",
  "Ol",
  "Pen",
  "Ro",
  "Sam",
  "Tam",
  "Vic",
];
const FIRST_B = [
  "a",
  "ie",
  "ina",
  "on",
  "ette",
  "ah",
  "y",
  "ian",
  "el",
  "ora",
  "ey",
  "an",
  "ine",
  "o",
  "is",
  "ia",
  "us",
  "en",
  "ice",
  "ara",
];
const LAST_A = [
  "Ab",
  "Bran",
  "Cart",
  "Dun",
  "Ell",
  "Fen",
  "Grim",
  "Hol",
  "Ing",
  "Jar",
  "Kel",
  "Lon",
  "Mor",
  "Nor",
  "Ok",
  "Pen",
  "Quin",
  "Ross",
  "Stan",
  "Thorn",
  "Upp",
  "Vaug",
  "Whit",
  "Yar",
  "Zell",
  "Ash",
  "Brom",
  "Cal",
  "Dray",
  "Fitz",
];
const LAST_B = [
  "er",
  "ing",
  "ow",
  "ham",
  "ley",
  "wick",
  "ton",
  "ford",
  "by",
  "combe",
  "well",
  "field",
  "stone",
  "more",
  "worth",
  "wood",
  "bury",
  "dale",
  "land",
  "shaw",
  "croft",
  "gate",
  "hurst",
  "mere",
  "sted",
  "thorpe",
  "wright",
  "kin",
  "son",
  "ock",
];
const LAST_C = [
  "",
  "e",
  "s",
  "y",
  "ers",
  "ley",
  "an",
  "ard",
  "ell",
  "ins",
  "ington",
  "ridge",
  "ott",
  "ash",
  "ay",
  "ow",
  "er",
  "on",
  "ick",
  "am",
  "ey",
  "ud",
  "il",
  "ot",
  "ew",
  "ax",
  "um",
  "ix",
  "oy",
  "ing",
];
const arr = (xs: string[]) => `array[${xs.map((x) => `'${x}'`).join(",")}]::text[]`;
const pickSql = (xs: string[], salt: number) => `(${arr(xs)})[1 + (abs(hashint8extended(g, ${SEED + salt})) % ${xs.length})::int]`;

/** One typo: a letter of the name replaced by its neighbour in the alphabet (never a space). */
function withTypo(name: string, r: number): string {
  const letters = [...name].map((c, i) => (/[a-z]/i.test(c) ? i : -1)).filter((i) => i > 0);
  const at = letters[r % letters.length]!;
  const c = name[at]!;
  const next = c === "z" ? "y" : c === "Z" ? "Y" : String.fromCharCode(c.charCodeAt(0) + 1);
  return name.slice(0, at) + next + name.slice(at + 1);
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const fmt = (n: number) => n.toFixed(2);

const SERVICE_ID = "00000000-0000-4000-8000-00000000b001";

/** One service of PEOPLE people, each with a child and a referral. */
async function load(pg: postgres.Sql) {
  const t0 = performance.now();
  await pg.unsafe(`insert into services (id, slug, name, area_name) values ('${SERVICE_ID}', 'bench-search', 'Bench', 'Bench')`);
  // Triggers off while loading (the statistics rollups are not what is measured here).
  await pg.unsafe(`set session_replication_role = replica`);
  const first = `${pickSql(FIRST_A, 1)} || ${pickSql(FIRST_B, 2)}`;
  const last = `${pickSql(LAST_A, 3)} || ${pickSql(LAST_B, 4)} || ${pickSql(LAST_C, 5)}`;
  await pg.unsafe(`
    insert into people (id, service_id, role, full_name, phone, email, postcode, preferred_contact, created_at)
    select md5('p' || g)::uuid, '${SERVICE_ID}', 'PARENT_CARER', ${first} || ' ' || ${last},
      '077' || lpad((abs(hashint8extended(g, ${SEED + 6})) % 100000000)::text, 8, '0'),
      'p' || g || '@example.org', 'ST' || (1 + g % 9) || ' ' || (g % 10) || 'AB', 'PHONE', now()
    from generate_series(1, ${PEOPLE}) g`);
  await pg.unsafe(`
    insert into children (id, service_id, full_name, date_of_birth)
    select md5('c' || g)::uuid, '${SERVICE_ID}', ${pickSql(FIRST_A, 7)} || ${pickSql(FIRST_B, 8)} || ' ' || split_part(p.full_name, ' ', 2),
      date '2005-01-01' + (abs(hashint8extended(g, ${SEED + 9})) % 7000)::int
    from generate_series(1, ${PEOPLE}) g join people p on p.id = md5('p' || g)::uuid`);
  await pg.unsafe(`
    insert into referrals (id, service_id, reference, channel, source, person_id, child_id, received_at, response_target_at, response_deadline_at, status)
    select md5('r' || g)::uuid, '${SERVICE_ID}', 'R-' || upper(substr(md5('ref' || g), 1, 4)) || lpad(g::text, 7, '0'), 'HELPLINE', 'PARENT_CARER',
      md5('p' || g)::uuid, md5('c' || g)::uuid, now() - (g % 1000) * interval '1 hour', now(), now(), 'CLOSED'
    from generate_series(1, ${PEOPLE}) g`);
  await pg.unsafe(`set session_replication_role = origin`);
  // The name words the triggers would have written (decision 053): the same statement as migration 0029's backfill.
  await pg.unsafe(`
    insert into name_words (word)
    select unnest(name_words_of(full_name)) from people where full_name is not null
    union
    select unnest(name_words_of(full_name)) from children where full_name is not null
    on conflict do nothing`);
  await pg.unsafe(`vacuum analyze name_words`);
  await pg.unsafe(`vacuum analyze people`);
  await pg.unsafe(`vacuum analyze children`);
  await pg.unsafe(`vacuum analyze referrals`);
  console.log(`loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

async function main() {
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  if (!reuseDb) await admin.unsafe(`create database ${dbName}`);
  const database = await openDatabase({ url: dbUrl });
  const pg = postgres(dbUrl, { max: 1, onnotice: () => {} });
  try {
    await migrate(database);
    if (!reuseDb) await load(pg);
    const [{ n: distinct }] = await pg.unsafe<{ n: number }[]>(`select count(distinct full_name)::int as n from people`);
    console.log(`${reuseDb ? "reused" : "loaded"} ${PEOPLE} people (${distinct} distinct names), children and referrals`);

    const serviceId = SERVICE_ID;
    // Names to search: real people's names, each with one typo.
    const sample = await pg.unsafe<{ full_name: string }[]>(
      `select full_name from people where id in (select md5('p' || (1 + (abs(hashint8extended(g, ${SEED + 11})) % ${PEOPLE})))::uuid from generate_series(1, ${ROUNDS}) g)`,
    );
    const searchMs: number[] = [];
    const lookupMs: number[] = [];
    const hitCounts: number[] = [];
    let found = 0;
    const criteria = (name: string) => ({ name, dateOfBirth: null, postcode: null, reference: null, phone: null, email: null });
    // Warm both paths.
    // As the API's searchRecords runs it: the names matched on two connections at once, then the page in a transaction.
    const search = async (name: string) => {
      const named = await matchNames(database.db, serviceId, name);
      return database.db.transaction((tx) => searchReferrals(tx, { serviceId, criteria: criteria(name), named, offset: 0, limit: 20 }));
    };
    for (const s of sample.slice(0, 20)) await search(s.full_name);
    for (let i = 0; i < ROUNDS; i++) {
      const name = sample[i % sample.length]!.full_name;
      const typo = withTypo(name, i);
      const a = performance.now();
      const rows = await search(typo);
      searchMs.push(performance.now() - a);
      hitCounts.push(rows.length);
      if (rows.some((r) => r.contact_name === name)) found++;
      // Baseline: the same rows fetched by a plain indexed lookup (primary keys), the same columns joined.
      const ids = rows.map((r) => r.id);
      const b = performance.now();
      await executeRows(
        database.db,
        sql`select r.id, r.reference, p.full_name, ch.full_name, ch.date_of_birth, p.postcode, p.phone, p.email
            from referrals r left join people p on p.id = r.person_id left join children ch on ch.id = r.child_id
            where r.id = any(${`{${ids.join(",")}}`}::uuid[])`,
      );
      lookupMs.push(performance.now() - b);
    }
    const row = {
      people: PEOPLE,
      rounds: ROUNDS,
      search: { p50: quantile(searchMs, 0.5), p95: quantile(searchMs, 0.95), p99: quantile(searchMs, 0.99), max: Math.max(...searchMs) },
      lookup: { p50: quantile(lookupMs, 0.5), p95: quantile(lookupMs, 0.95), p99: quantile(lookupMs, 0.99) },
      recall: found / ROUNDS,
      medianHits: quantile(hitCounts, 0.5),
    };
    const verdict = row.search.p95 <= TARGET_P95_MS ? "PASS" : PEOPLE >= 1_000_000 ? "MISS" : "INFO (not at 1M)";
    console.log(
      `search, one typo, ${PEOPLE.toLocaleString("en-GB")} people: p50 ${fmt(row.search.p50)} · p95 ${fmt(row.search.p95)} · p99 ${fmt(row.search.p99)} ms` +
        ` | plain indexed lookup of the same rows: p50 ${fmt(row.lookup.p50)} · p95 ${fmt(row.lookup.p95)} ms` +
        ` | the person searched for found in ${(row.recall * 100).toFixed(1)}% of rounds, median ${row.medianHits} hits | ${verdict}`,
    );
    if (flags.doc) writeDoc(row, verdict);
  } finally {
    await pg.end();
    await database.close();
    if (!flags["keep-db"] && !reuseDb) await admin.unsafe(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

function writeDoc(
  r: {
    people: number;
    rounds: number;
    search: Record<string, number>;
    lookup: Record<string, number>;
    recall: number;
    medianHits: number;
  },
  verdict: string,
) {
  const file = path.join(root, "docs/benchmarks.md");
  const doc = readFileSync(file, "utf8");
  const section = `## Records search

Written by \`pnpm --filter tests bench:search --people ${r.people} --doc\` (tests/bench/search.ts) on ${new Date().toISOString().slice(0, 10)}.
One service holding every row (the worst case); the API's search statement for a real person's name with one
letter changed, beside a plain lookup of the same rows by primary key, ${r.rounds} interleaved rounds.

| measurement | system under test | baseline (same run) | target | result |
|---|---|---|---|---|
| name search, one typo, ${r.people.toLocaleString("en-GB")} people, ms<br><sub>typed words matched in the name-word table (pg_trgm \`%\`), then people and children by a GIN index on their names' words, whole-name similarity on those (decision 053); person found in ${(r.recall * 100).toFixed(1)}% of rounds; median ${r.medianHits} hits (page of 20)</sub> | p50 ${fmt(r.search.p50!)} · p95 ${fmt(r.search.p95!)} · p99 ${fmt(r.search.p99!)} | p50 ${fmt(r.lookup.p50!)} · p95 ${fmt(r.lookup.p95!)} | p95 ≤ ${TARGET_P95_MS} ms at 1M | **${verdict}** |
`;
  const start = doc.indexOf("## Records search");
  const next = start < 0 ? -1 : doc.indexOf("\n## ", start + 3);
  const updated = start < 0 ? `${doc.trimEnd()}\n\n${section}` : doc.slice(0, start) + section + (next < 0 ? "" : doc.slice(next + 1));
  writeFileSync(file, updated);
}

await main();
