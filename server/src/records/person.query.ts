import { sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { epochMs, executeRows, fromEpochMs } from "../db/rows.js";
import type { Correction, FamilyActivity, FamilyConsent, FamilyKeyDate, FamilyReferral, PossibleDuplicate } from "./person.model.js";
import { phoneDigitsSql } from "../person/phone.js";
import { similarNamesSql } from "../person/name.js";

/** Every referral of a person, oldest first, with its child and case. */
export async function familyReferrals(q: Queryable, serviceId: string, personId: string): Promise<FamilyReferral[]> {
  const rows = await executeRows<{
    id: string;
    reference: string;
    status: FamilyReferral["status"];
    channel: FamilyReferral["channel"];
    received_ms: number;
    level: number | null;
    child_name: string | null;
    dob: string | null;
    case_id: string | null;
    case_status: FamilyReferral["caseStatus"];
  }>(
    q,
    sql`select r.id, r.reference, r.status::text as status, r.channel::text as channel, ${epochMs(sql`r.received_at`)} as received_ms,
          r.level, ch.full_name as child_name, ch.date_of_birth::text as dob, k.id as case_id, k.status::text as case_status
        from referrals r
        left join children ch on ch.id = r.child_id
        left join cases k on k.referral_id = r.id
        where r.service_id = ${serviceId}::uuid and r.person_id = ${personId}::uuid
        order by r.received_at, r.id`,
  );
  return rows.map((r, i) => ({
    id: r.id,
    reference: r.reference,
    status: r.status,
    channel: r.channel,
    receivedAt: fromEpochMs(r.received_ms)!,
    level: r.level,
    childName: r.child_name,
    childDateOfBirth: r.dob,
    caseId: r.case_id,
    caseStatus: r.case_status,
    repeat: i > 0,
  }));
}

/** Every activity on the person's cases, newest first; voided ones only when asked for. */
export async function familyActivities(q: Queryable, serviceId: string, personId: string, withVoided: boolean): Promise<FamilyActivity[]> {
  const rows = await executeRows<{
    id: string;
    case_id: string;
    reference: string;
    kind: FamilyActivity["kind"];
    occurred_ms: number;
    minutes: number;
    summary: string | null;
    staff_name: string;
    voided: boolean;
    void_reason: string | null;
    with_family: boolean;
    consent_id: string | null;
    party_name: string | null;
  }>(
    q,
    sql`select a.id, a.case_id, r.reference, a.kind::text as kind, ${epochMs(sql`a.occurred_at`)} as occurred_ms, a.minutes, a.summary,
          s.display_name as staff_name, a.voided_at is not null as voided, a.void_reason, a.with_family, a.consent_id, co.party_name
        from activities a join cases k on k.id = a.case_id join referrals r on r.id = k.referral_id join staff s on s.id = a.staff_id
          left join consents co on co.id = a.consent_id
        where a.service_id = ${serviceId}::uuid and r.person_id = ${personId}::uuid ${withVoided ? sql`` : sql`and a.voided_at is null`}
        order by a.occurred_at desc, a.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    referralReference: r.reference,
    kind: r.kind,
    occurredAt: fromEpochMs(r.occurred_ms)!,
    minutes: r.minutes,
    summary: r.summary,
    staffDisplayName: r.staff_name,
    voided: r.voided,
    voidReason: r.void_reason,
    withFamily: r.with_family,
    consentId: r.consent_id,
    partyName: r.party_name,
  }));
}

export async function familyConsents(q: Queryable, serviceId: string, personId: string): Promise<FamilyConsent[]> {
  const rows = await executeRows<{
    id: string;
    case_id: string;
    party_name: string;
    granted: boolean;
    given_on: string;
    review_on: string;
    withdrawn_on: string | null;
  }>(
    q,
    sql`select c.id, c.case_id, c.party_name, c.granted, c.given_on::text as given_on, c.review_on::text as review_on, c.withdrawn_on::text as withdrawn_on
        from consents c join cases k on k.id = c.case_id join referrals r on r.id = k.referral_id
        where c.service_id = ${serviceId}::uuid and r.person_id = ${personId}::uuid order by c.given_on desc`,
  );
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    partyName: r.party_name,
    granted: r.granted,
    givenOn: r.given_on,
    reviewOn: r.review_on,
    withdrawnOn: r.withdrawn_on,
  }));
}

export async function familyKeyDates(q: Queryable, serviceId: string, personId: string, withVoided = false): Promise<FamilyKeyDate[]> {
  const rows = await executeRows<{
    id: string;
    referral_id: string;
    kind: FamilyKeyDate["kind"];
    on: string;
    notes: string | null;
    derived: boolean;
    voided: boolean;
    void_reason: string | null;
  }>(
    q,
    sql`select kd.id, kd.referral_id, kd.kind::text as kind, kd.on::text as on, kd.notes, kd.derived_from_id is not null as derived,
          kd.voided_at is not null as voided, kd.void_reason
        from key_dates kd join referrals r on r.id = kd.referral_id
        where kd.service_id = ${serviceId}::uuid and r.person_id = ${personId}::uuid ${withVoided ? sql`` : sql`and kd.voided_at is null`}
        order by kd.on, kd.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    referralId: r.referral_id,
    kind: r.kind,
    on: r.on,
    notes: r.notes,
    derived: r.derived,
    voided: r.voided,
    voidReason: r.void_reason,
  }));
}

/**
 * The entries a case's history covers: its referral and that referral's child and key dates, and the
 * case's activities and consents — never the family's other referrals, nor the contact's details,
 * which are the family's (their record shows them).
 */
const caseEntries = (caseId: string) => sql`(
  select 'referral'::text as entity_type, k.referral_id as entity_id from cases k where k.id = ${caseId}::uuid
  union all select 'child', r.child_id from cases k join referrals r on r.id = k.referral_id where k.id = ${caseId}::uuid and r.child_id is not null
  union all select 'key_date', d.id from cases k join key_dates d on d.referral_id = k.referral_id where k.id = ${caseId}::uuid
  union all select 'activity', a.id from activities a where a.case_id = ${caseId}::uuid
  union all select 'consent', c.id from consents c where c.case_id = ${caseId}::uuid
)`;

/**
 * The history of corrections, newest first: to a person and everything of theirs (the family record),
 * or to one case's own entries (the case page). Each says whether the entry it corrected is now void.
 */
export async function corrections(q: Queryable, serviceId: string, of: { personId: string } | { caseId: string }): Promise<Correction[]> {
  const rows = await executeRows<{
    id: string;
    entity_type: string;
    entity_id: string;
    field: string;
    previous_value: unknown;
    new_value: unknown;
    reason: string | null;
    changed_by: string;
    changed_ms: number;
    entry_voided: boolean;
  }>(
    q,
    sql`select c.id, c.entity_type, c.entity_id, c.field, c.previous_value, c.new_value, c.reason, s.display_name as changed_by,
          ${epochMs(sql`c.changed_at`)} as changed_ms,
          case c.entity_type
            when 'activity' then exists (select 1 from activities a where a.id = c.entity_id and a.voided_at is not null)
            when 'key_date' then exists (select 1 from key_dates d where d.id = c.entity_id and d.voided_at is not null)
            else false end as entry_voided
        from record_corrections c join staff s on s.id = c.changed_by_id
        where c.service_id = ${serviceId}::uuid and ${
          "personId" in of
            ? sql`c.person_id = ${of.personId}::uuid`
            : sql`(c.entity_type, c.entity_id) in (select entity_type, entity_id from ${caseEntries(of.caseId)} e)`
        }
        order by c.changed_at desc, c.id`,
  );
  const text = (v: unknown) => (v === null || v === undefined ? null : typeof v === "string" ? v : JSON.stringify(v));
  return rows.map((r) => ({
    id: r.id,
    entityType: r.entity_type,
    entityId: r.entity_id,
    field: r.field,
    previousValue: text(
      typeof r.previous_value === "string" && r.previous_value.startsWith('"') ? JSON.parse(r.previous_value) : r.previous_value,
    ),
    newValue: text(typeof r.new_value === "string" && r.new_value.startsWith('"') ? JSON.parse(r.new_value) : r.new_value),
    reason: r.reason,
    changedBy: r.changed_by,
    changedAt: fromEpochMs(r.changed_ms)!,
    entryVoided: r.entry_voided,
  }));
}

/**
 * Other people of the service who may be the same person: the same name (or nearly) with the same
 * phone or email, or a child of the same name and date of birth on one of their referrals.
 */
export async function possibleDuplicates(q: Queryable, serviceId: string, personId: string): Promise<PossibleDuplicate[]> {
  const rows = await executeRows<{ person_id: string; full_name: string | null; matched_on: string; referral_count: number | string }>(
    q,
    sql`with me as (select * from people where id = ${personId}::uuid and service_id = ${serviceId}::uuid),
      my_children as (
        select lower(trim(ch.full_name)) as name, ch.date_of_birth from referrals r join children ch on ch.id = r.child_id
        where r.person_id = ${personId}::uuid and ch.full_name is not null and ch.date_of_birth is not null
      ),
      candidates as (
        select o.id, 'name and phone' as matched_on from people o, me
        where o.service_id = me.service_id and o.id <> me.id and o.merged_into_id is null and o.erased_at is null
          and me.phone is not null and o.phone is not null and ${phoneDigitsSql(sql`o.phone`)} = ${phoneDigitsSql(sql`me.phone`)}
          and ${similarNamesSql(sql`o.full_name`, sql`me.full_name`)}
        union all
        select o.id, 'name and email' from people o, me
        where o.service_id = me.service_id and o.id <> me.id and o.merged_into_id is null and o.erased_at is null
          and me.email is not null and lower(o.email) = lower(me.email) and ${similarNamesSql(sql`o.full_name`, sql`me.full_name`)}
        union all
        select o.id, 'child''s name and date of birth' from referrals r
          join children ch on ch.id = r.child_id
          join my_children mc on mc.name = lower(trim(ch.full_name)) and mc.date_of_birth = ch.date_of_birth
          join people o on o.id = r.person_id
        where r.service_id = ${serviceId}::uuid and o.id <> ${personId}::uuid and o.merged_into_id is null and o.erased_at is null
      )
      select c.id as person_id, p.full_name, string_agg(distinct c.matched_on, ', ') as matched_on,
        (select count(*) from referrals r where r.person_id = c.id) as referral_count
      from candidates c join people p on p.id = c.id
      group by c.id, p.full_name order by p.full_name, c.id limit 20`,
  );
  return rows.map((r) => ({
    personId: r.person_id,
    fullName: r.full_name,
    matchedOn: r.matched_on,
    referralCount: Number(r.referral_count),
  }));
}
