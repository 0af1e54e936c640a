import { sql, type SQL } from "drizzle-orm";
import type { Db, Queryable } from "../db/client.js";
import { epochMs, executeRows, fromEpochMs } from "../db/rows.js";
import type { RecordAccess, ReferralStatus } from "../core/vocabulary.js";
import type { SearchCriteria } from "./records.validation.js";
import { NAME_SIMILARITY, normalisePostcode } from "./records.rules.js";
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

/** A reference as typed ("7k2m9q", "r-7K2M9Q") as stored ("R-7K2M9Q"). */
const storedReference = (r: string) => `R-${r.toUpperCase().replace(/^R-?/, "")}`;

/** The referrals whose contact's or child's name matched, with the best similarity of either. */
export interface NameMatches {
  ids: string[];
  scores: number[];
}

/** One side of a name match (the contact's or the child's name), in its own short transaction for the threshold. */
function matchSide(db: Db, side: "people" | "children", serviceId: string, name: string) {
  const statement =
    side === "people"
      ? sql`select r.id, similarity(p.full_name, ${name})::float8 as s
            from people p join referrals r on r.person_id = p.id
            where p.full_name % ${name} and p.service_id = ${serviceId}::uuid`
      : sql`select r.id, similarity(ch.full_name, ${name})::float8 as s
            from children ch join referrals r on r.child_id = ch.id
            where ch.full_name % ${name} and ch.service_id = ${serviceId}::uuid`;
  return db.transaction(async (tx) => {
    // The threshold `%` reads (and the GIN scan with it), for this transaction only.
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(NAME_SIMILARITY)}, true)`);
    return executeRows<{ id: string; s: number }>(tx, statement);
  });
}

/**
 * The referrals of a service whose parent's, carer's or young person's name or child's name is like
 * `name`: pg_trgm's `%` (similarity at least NAME_SIMILARITY) through each table's GIN trigram index.
 * Almost all of a search's time is these two index scans, so they run at the same time on two of the
 * pool's connections (decision 033); each only reads, so it need not share the search's transaction
 * (the search re-reads every matched referral in it, and an erased one is left out there). With one
 * connection (PGlite) they run one after the other.
 */
export async function matchNames(db: Db, serviceId: string, name: string): Promise<NameMatches> {
  const [people, children] = await Promise.all([matchSide(db, "people", serviceId, name), matchSide(db, "children", serviceId, name)]);
  const best = new Map<string, number>();
  for (const m of [...people, ...children]) best.set(m.id, Math.max(Number(m.s), best.get(m.id) ?? 0));
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
