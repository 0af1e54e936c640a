import { and, asc, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { keyDates } from "./referral.table.js";
import type { Queryable } from "../db/client.js";
import { epochMs, executeRows, fromEpochMs } from "../db/rows.js";
import { fixedStatement } from "../db/fixed-statement.js";
import type { ServiceRow } from "../service/service.service.js";
import { explainPriority, prioritySql, urgentKindsSql } from "../triage/priority.js";
import { ageInYears, checkEligibility } from "../triage/triage.rules.js";
import { ethnicGroupOf } from "../person/ethnicity.js";
import { decisionMakerFor, isPastTarget } from "./referral.rules.js";
import type { KeyDate, Referral } from "./referral.model.js";
import type { AuditAction, AuditEntry } from "../audit/audit.service.js";
import { ENQUIRY_TOPIC, isValueOf } from "../core/vocabulary.js";

/** Fields of the personal data a referral view carries, as recorded in the audit trail. */
export const REFERRAL_PERSONAL_FIELDS = ["contact", "child", "reasonForReferral", "triageNotes"];

/** The audit entry of one staff member reading one referral (its personal fields). */
export const referralReadEntry = (serviceId: string, actorStaffId: string, referralId: string, correlationId: string): AuditEntry => ({
  serviceId,
  actorStaffId,
  action: "referral.read",
  entityType: "referral",
  entityId: referralId,
  fields: REFERRAL_PERSONAL_FIELDS,
  correlationId,
});

interface Row {
  id: string;
  reference: string;
  status: Referral["status"];
  channel: Referral["channel"];
  source: Referral["source"];
  professional_type: Referral["professionalType"];
  referrer_name: string | null;
  referrer_organisation: string | null;
  family_consented_to_share: boolean;
  received_ms: number;
  target_ms: number;
  deadline_ms: number;
  responded_ms: number | null;
  triaged_ms: number | null;
  level: number | null;
  eligibility: Referral["eligibility"];
  ineligible_reason: string | null;
  signposting: string | null;
  possible_duplicate_of_id: string | null;
  current_stage: Referral["currentStage"];
  how_heard: Referral["howHeard"];
  topic: string | null;
  reason_for_referral: string | null;
  safeguarding_flag: boolean;
  excluded_or_no_place: boolean;
  child_in_need_or_looked_after: boolean;
  priority_override: number | null;
  priority_override_reason: string | null;
  triage_notes: string | null;
  person_id: string | null;
  contact_name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  postcode: string | null;
  preferred_contact: NonNullable<Referral["contact"]>["preferredContact"];
  accessibility_needs: NonNullable<Referral["contact"]>["accessibilityNeeds"] | string | null;
  interpreter_language: string | null;
  ethnicity: string | null;
  child_id: string | null;
  child_name: string | null;
  date_of_birth: string | null;
  education_setting: string | null;
  needs_overview: string | null;
  diagnosis_status: NonNullable<Referral["child"]>["diagnosisStatus"] | null;
  primary_need: NonNullable<Referral["child"]>["primaryNeed"] | null;
  nk_id: string | null;
  nk_kind: string | null;
  nk_on: string | null;
  nk_notes: string | null;
  nk_derived_from_id: string | null;
  priority: number;
  total_count: number | string;
  sv_office_hours: ServiceRow["officeHours"] | string;
  sv_area_name: string;
  sv_area_postcode_districts: string[] | string;
}

export interface ReferralPageOptions {
  serviceId: string;
  asOf: Date;
  /** Extra conditions on `r` (the referrals row); the service scope is always added. */
  where: SQL[];
  /** Keyset position: rows strictly after it in queue order. */
  after?: { priority: number; deadlineMs: number; id: string } | null;
  limit: number;
  /** Audit rows for the referrals returned, written by the same statement. Null: the caller audits. */
  audit: { action: AuditAction; actorStaffId: string; correlationId: string } | null;
}

/**
 * Referrals as the dashboard shows them — contact, child, nearest key date, priority — in queue
 * order, with the total, in ONE statement that also writes the audit events for the rows it returns.
 */
export async function selectReferralPage(q: Queryable, opts: ReferralPageOptions) {
  return referralPageOf(await executeRows<Row>(q, referralPageStatement(opts)), opts);
}

/** `selectReferralPage`'s statement. */
function referralPageStatement(opts: ReferralPageOptions) {
  // The service's settings come from the same statement, so a page costs one round trip.
  const tz = sql`(sv.office_hours->>'timeZone')`;
  const today = sql`(${opts.asOf.toISOString()}::timestamptz at time zone ${tz})::date`;
  const priority = prioritySql({
    safeguardingFlag: sql`r.safeguarding_flag`,
    excludedOrNoPlace: sql`r.excluded_or_no_place`,
    childInNeedOrLookedAfter: sql`r.child_in_need_or_looked_after`,
    currentStage: sql`r.current_stage`,
    firstRespondedAt: sql`r.first_responded_at`,
    responseTargetAt: sql`r.response_target_at`,
    responseDeadlineAt: sql`r.response_deadline_at`,
    priorityOverride: sql`r.priority_override`,
    keyDateOn: sql`nk.on`,
    asOf: opts.asOf,
    timeZone: tz,
  });
  const conditions = sql.join([sql`r.service_id = ${opts.serviceId}`, ...opts.where], sql` and `);
  const after = opts.after
    ? sql`where (s.priority < ${opts.after.priority}
         or (s.priority = ${opts.after.priority} and s.deadline_ms > ${opts.after.deadlineMs})
         or (s.priority = ${opts.after.priority} and s.deadline_ms = ${opts.after.deadlineMs} and s.id > ${opts.after.id}::uuid))`
    : sql``;
  const logged = opts.audit
    ? sql`, logged as (
      insert into audit_events (service_id, actor_staff_id, action, entity_type, entity_id, fields, correlation_id)
      select ${opts.serviceId}, ${opts.audit.actorStaffId}, ${opts.audit.action}, 'referral', page.id,
        ${JSON.stringify(REFERRAL_PERSONAL_FIELDS)}::jsonb, ${opts.audit.correlationId}
      from (select id from page order by priority desc, deadline_ms asc, id asc limit ${opts.limit}) page
    )`
    : sql``;
  // Queue order is worked out over narrow rows (the referral's flags and clock, its nearest key date);
  // the wide columns — contact, child, free text — are joined for the page's rows only.
  const statement = sql`
    with scored as (
      select r.id, ${priority} as priority, ${epochMs(sql`r.response_deadline_at`)} as deadline_ms,
        nk.id as nk_id, nk.kind::text as nk_kind, nk.on::text as nk_on,
        count(*) over () as total_count
      from referrals r
      join services sv on sv.id = r.service_id
      left join lateral (
        select kd.id, kd.kind, kd.on from key_dates kd
        where kd.referral_id = r.id and kd.kind::text in (${urgentKindsSql()}) and kd.on >= ${today} and kd.superseded_by_id is null and kd.voided_at is null
        order by kd.on, kd.kind limit 1
      ) nk on true
      where ${conditions}
    ),
    page as (
      select s.* from scored s ${after}
      order by s.priority desc, s.deadline_ms asc, s.id asc
      limit ${opts.limit + 1}
    )${logged}
    select page.id, r.reference, r.status::text as status, r.channel::text as channel, r.source::text as source,
      r.professional_type::text as professional_type, r.referrer_name, r.referrer_organisation, r.family_consented_to_share,
      ${epochMs(sql`r.received_at`)} as received_ms, ${epochMs(sql`r.response_target_at`)} as target_ms,
      page.deadline_ms, ${epochMs(sql`r.first_responded_at`)} as responded_ms,
      ${epochMs(sql`r.triaged_at`)} as triaged_ms,
      r.level, r.eligibility::text as eligibility, r.ineligible_reason, r.signposting, r.possible_duplicate_of_id,
      r.current_stage::text as current_stage, r.how_heard::text as how_heard, r.topic, r.reason_for_referral,
      r.safeguarding_flag, r.excluded_or_no_place, r.child_in_need_or_looked_after,
      r.priority_override, r.priority_override_reason, r.triage_notes,
      p.id as person_id, p.full_name as contact_name, p.email, p.phone, p.address, p.postcode,
      p.preferred_contact::text as preferred_contact, p.accessibility_needs, p.interpreter_language, p.ethnicity,
      c.id as child_id, c.full_name as child_name, c.date_of_birth::text as date_of_birth, c.education_setting, c.needs_overview,
      c.diagnosis_status::text as diagnosis_status, c.primary_need::text as primary_need,
      page.nk_id, page.nk_kind, page.nk_on, nkd.notes as nk_notes, nkd.derived_from_id as nk_derived_from_id,
      page.priority, page.total_count,
      sv.office_hours as sv_office_hours, sv.area_name as sv_area_name, sv.area_postcode_districts as sv_area_postcode_districts
    from page
    join referrals r on r.id = page.id
    join services sv on sv.id = r.service_id
    left join people p on p.id = r.person_id
    left join children c on c.id = r.child_id
    left join key_dates nkd on nkd.id = page.nk_id
    order by page.priority desc, page.deadline_ms asc, page.id asc`;
  return statement;
}

function referralPageOf(rows: Row[], opts: { limit: number; asOf: Date }) {
  const hasNextPage = rows.length > opts.limit;
  const page = rows.slice(0, opts.limit);
  return {
    totalCount: Number(page[0]?.total_count ?? 0),
    hasNextPage,
    items: page.map((row) => ({ row, referral: toReferral(row, opts.asOf) })),
  };
}

/**
 * One referral as `selectReferralPage` gives it, by a statement rendered once (`fixedStatement`):
 * subscription delivery reads one on every event.
 */
const oneReferralStatement = fixedStatement(
  {
    serviceId: "00000000-0000-4000-8000-00000000f001",
    referralId: "00000000-0000-4000-8000-00000000f002",
    asOf: "1901-02-03T04:05:06.789Z",
  },
  (v) =>
    referralPageStatement({
      serviceId: v.serviceId,
      asOf: new Date(v.asOf),
      where: [sql`r.id = ${v.referralId}::uuid`],
      limit: 1,
      audit: null,
    }),
);

export async function selectOneReferral(
  q: Queryable,
  opts: { serviceId: string; referralId: string; asOf: Date },
): Promise<Referral | null> {
  const statement = oneReferralStatement({ serviceId: opts.serviceId, referralId: opts.referralId, asOf: opts.asOf.toISOString() });
  return referralPageOf(await executeRows<Row>(q, statement), { limit: 1, asOf: opts.asOf }).items[0]?.referral ?? null;
}

export const cursorOf = (row: Row) => ({ priority: row.priority, deadlineMs: Number(row.deadline_ms), id: row.id });

const json = <T>(v: T | string): T => (typeof v === "string" ? JSON.parse(v) : v);

function toReferral(row: Row, asOf: Date): Referral {
  const officeHours = json(row.sv_office_hours);
  const tz = officeHours.timeZone;
  const receivedAt = fromEpochMs(row.received_ms)!;
  const responseTargetAt = fromEpochMs(row.target_ms)!;
  const responseDeadlineAt = fromEpochMs(row.deadline_ms)!;
  const firstRespondedAt = fromEpochMs(row.responded_ms);
  const nextKeyDate = row.nk_id ? { kind: row.nk_kind!, on: row.nk_on! } : null;
  const { reasons } = explainPriority(
    {
      safeguardingFlag: row.safeguarding_flag,
      excludedOrNoPlace: row.excluded_or_no_place,
      childInNeedOrLookedAfter: row.child_in_need_or_looked_after,
      currentStage: row.current_stage,
      nextKeyDate,
      firstRespondedAt,
      responseTargetAt,
      responseDeadlineAt,
      priorityOverride: row.priority_override,
      priorityOverrideReason: row.priority_override_reason,
    },
    asOf,
    tz,
  );
  const needs = json(row.accessibility_needs ?? []);
  const childAge = row.date_of_birth ? ageInYears(row.date_of_birth, asOf, tz) : null;
  let eligibilityChecks: Referral["eligibilityChecks"] | undefined;
  return {
    // Worked out only when asked for: the queue's rows do not show it, the referral's page does.
    get eligibilityChecks() {
      return (eligibilityChecks ??= checkEligibility({
        dateOfBirth: row.date_of_birth,
        receivedAt,
        timeZone: tz,
        needsOverview: row.needs_overview,
        reasonForReferral: row.reason_for_referral,
        postcode: row.postcode,
        areaName: row.sv_area_name,
        areaPostcodeDistricts: json(row.sv_area_postcode_districts),
      }));
    },
    id: row.id,
    reference: row.reference,
    status: row.status,
    channel: row.channel,
    source: row.source,
    professionalType: row.professional_type,
    referrerName: row.referrer_name,
    referrerOrganisation: row.referrer_organisation,
    familyConsentedToShare: row.family_consented_to_share,
    receivedAt,
    responseTargetAt,
    responseDeadlineAt,
    firstRespondedAt,
    priority: row.priority,
    priorityReasons: reasons,
    level: row.level,
    eligibility: row.eligibility,
    ineligibleReason: row.ineligible_reason,
    signposting: row.signposting,
    possibleDuplicate: row.possible_duplicate_of_id !== null,
    possibleDuplicateOfId: row.possible_duplicate_of_id,
    currentStage: row.current_stage,
    howHeard: row.how_heard,
    topic: isValueOf(ENQUIRY_TOPIC, row.topic) ? row.topic : null,
    reasonForReferral: row.reason_for_referral,
    safeguardingFlag: row.safeguarding_flag,
    excludedOrNoPlace: row.excluded_or_no_place,
    childInNeedOrLookedAfter: row.child_in_need_or_looked_after,
    priorityOverride: row.priority_override,
    priorityOverrideReason: row.priority_override_reason,
    triageNotes: row.triage_notes,
    triagedAt: fromEpochMs(row.triaged_ms),
    overdue: isPastTarget({ firstRespondedAt, responseTargetAt }, asOf),
    personId: row.person_id,
    decisionMaker: decisionMakerFor(childAge),
    contact: row.person_id
      ? {
          fullName: row.contact_name,
          email: row.email,
          phone: row.phone,
          address: row.address,
          postcode: row.postcode,
          preferredContact: row.preferred_contact,
          accessibilityNeeds: needs,
          interpreterLanguage: row.interpreter_language,
          ethnicity: ethnicGroupOf(row.ethnicity),
        }
      : null,
    child: row.child_id
      ? {
          fullName: row.child_name,
          dateOfBirth: row.date_of_birth,
          ageYears: childAge,
          educationSetting: row.education_setting,
          needsOverview: row.needs_overview,
          diagnosisStatus: row.diagnosis_status ?? "NONE",
          primaryNeed: row.primary_need ?? "NOT_KNOWN",
        }
      : null,
    nextKeyDate: row.nk_id
      ? {
          id: row.nk_id,
          kind: row.nk_kind as never,
          on: row.nk_on!,
          rule: null,
          derivedFromId: row.nk_derived_from_id,
          notes: row.nk_notes,
          // The next key date is never a superseded one (the query skips them).
          supersededById: null,
        }
      : null,
  };
}

/** Every key date of each referral, in date order, each with its service for the caller to check. */
export async function keyDatesByReferral(q: Queryable, referralIds: string[]): Promise<Map<string, (KeyDate & { serviceId: string })[]>> {
  const rows = await q
    .select()
    .from(keyDates)
    .where(and(inArray(keyDates.referralId, referralIds), isNull(keyDates.voidedAt)))
    .orderBy(asc(keyDates.on), asc(keyDates.kind));
  const byReferral = new Map<string, (KeyDate & { serviceId: string })[]>();
  for (const row of rows) {
    const date = {
      id: row.id,
      serviceId: row.serviceId,
      kind: row.kind,
      on: row.on,
      rule: row.derivedFromId ? row.notes : null,
      derivedFromId: row.derivedFromId,
      notes: row.notes,
      supersededById: row.supersededById,
    };
    const list = byReferral.get(row.referralId);
    if (list) list.push(date);
    else byReferral.set(row.referralId, [date]);
  }
  return byReferral;
}
