import { and, asc, inArray, isNull, Placeholder, sql, SQL, StringChunk } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { keyDates } from "./referral.table.js";
import type { Queryable } from "../db/client.js";
import { epochMs, executeRows, fromEpochMs } from "../db/rows.js";
import { fixedStatement, splitAroundParameters } from "../db/fixed-statement.js";
import { explainPriority, prioritySql, urgentKindsSql } from "../triage/priority.js";
import { ageInYears, checkEligibility } from "../triage/triage.rules.js";
import { ethnicGroupOf } from "../person/ethnicity.js";
import { QUEUE_STATUSES, decisionMakerFor, isPastTarget } from "./referral.rules.js";
import type { KeyDate, Referral, ReferralChild, ReferralContact } from "./referral.model.js";
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
  sv_time_zone: string;
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
  /** Which columns to read (default "all"): see `ReferralColumns`. */
  columns?: ReferralColumns;
}

/**
 * The columns a page reads. "all": every field of `Referral`. "queue": what the triage queue's rows
 * show (`QUEUE_FIELDS`) — no free text, contact details beyond the name, or eligibility inputs; a field
 * outside them reads as undefined, so only `referralColumnsFor` picks "queue", from the query's selection.
 */
export type ReferralColumns = "all" | "queue";

/**
 * Referrals as the dashboard shows them — contact, child, nearest key date, priority — in queue
 * order, with the total, in ONE statement that also writes the audit events for the rows it returns.
 */
export async function selectReferralPage(q: Queryable, opts: ReferralPageOptions) {
  const statement = referralPageStatement({ ...opts, limit: { rows: opts.limit, plusOne: opts.limit + 1 } });
  return referralPageOf(await executeRows<Row>(q, statement), opts);
}

/** A value of the statement, or the placeholder it is bound to when the statement is rendered once (`selectQueuePage`). */
type Value<T> = T | Placeholder;

/** `selectReferralPage`'s statement. */
function referralPageStatement(
  opts: Omit<ReferralPageOptions, "limit" | "after" | "serviceId" | "audit"> & {
    serviceId: Value<string>;
    limit: { rows: Value<number>; plusOne: Value<number> };
    after?: { priority: Value<number>; deadlineMs: Value<number>; id: Value<string> } | null;
    audit: { action: Value<AuditAction>; actorStaffId: Value<string>; correlationId: Value<string> } | null;
  },
) {
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
      from (select id from page order by priority desc, deadline_ms asc, id asc limit ${opts.limit.rows}) page
    )`
    : sql``;
  // The queue's rows show a few of a referral's fields: the others (free text, contact details,
  // eligibility inputs) are not read for them at all.
  const columns =
    opts.columns === "queue"
      ? sql`page.id, r.reference, r.status::text as status, r.channel::text as channel,
      ${epochMs(sql`r.received_at`)} as received_ms, ${epochMs(sql`r.response_target_at`)} as target_ms,
      page.deadline_ms, ${epochMs(sql`r.first_responded_at`)} as responded_ms,
      r.level, r.eligibility::text as eligibility, r.possible_duplicate_of_id, r.current_stage::text as current_stage,
      r.safeguarding_flag, r.excluded_or_no_place, r.child_in_need_or_looked_after,
      r.priority_override, r.priority_override_reason,
      p.id as person_id, p.full_name as contact_name, p.preferred_contact::text as preferred_contact, p.accessibility_needs,
      c.id as child_id, c.full_name as child_name, c.date_of_birth::text as date_of_birth,
      page.nk_id, page.nk_kind, page.nk_on, page.priority, page.total_count, sv.office_hours->>'timeZone' as sv_time_zone`
      : sql`page.id, r.reference, r.status::text as status, r.channel::text as channel, r.source::text as source,
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
      sv.office_hours->>'timeZone' as sv_time_zone, sv.area_name as sv_area_name, sv.area_postcode_districts as sv_area_postcode_districts`;
  const keyDateJoin = opts.columns === "queue" ? sql`` : sql`left join key_dates nkd on nkd.id = page.nk_id`;
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
      limit ${opts.limit.plusOne}
    )${logged}
    select ${columns}
    from page
    join referrals r on r.id = page.id
    join services sv on sv.id = r.service_id
    left join people p on p.id = r.person_id
    left join children c on c.id = r.child_id
    ${keyDateJoin}
    order by page.priority desc, page.deadline_ms asc, page.id asc`;
  return statement;
}

/** What the triage queue can be narrowed to (`listTriageQueue` checks it; an empty list means no such condition). */
export interface QueueFilter {
  /** The statuses shown (others than QUEUE_STATUSES match nothing); empty: none. */
  statuses: readonly string[];
  channels: readonly string[];
  levels: readonly number[];
  overdue: boolean | null;
  safeguarding: boolean | null;
}

type QueueStatus = (typeof QUEUE_STATUSES)[number];
const dialect = new PgDialect();
/** The instant a rendered statement is scored at, stood in for while it is rendered (as `oneReferralStatement`). */
const AS_OF_SENTINEL = new Date("1901-02-03T04:05:06.789Z");

interface Rendered {
  /** The statement's text split around its parameters. */
  texts: string[];
  /** Each parameter: a value's name, or a constant of the statement. */
  slots: ({ name: string } | { constant: unknown })[];
}

/**
 * The triage queue's statements, rendered by drizzle once per shape (columns, how many values each
 * filter has, whether there is a cursor) and then only bound: building the statement's `sql` tree
 * through drizzle cost as much as the JavaScript of a whole page's rows. Shapes are few — filter
 * values are deduplicated enum members, so each list has a bounded length — which also bounds the
 * prepared statements each connection keeps (decision 013).
 */
const renderedQueue = new Map<string, Rendered>();

function renderQueueStatement(shape: {
  columns: ReferralColumns;
  statuses: readonly QueueStatus[];
  channels: number;
  levels: number;
  overdue: boolean | null;
  safeguarding: boolean;
  after: boolean;
}): Rendered {
  const value = (name: string) => sql`${sql.placeholder(name)}`;
  const list = (prefix: string, n: number) =>
    sql.join(
      Array.from({ length: n }, (_, i) => value(`${prefix}${i}`)),
      sql`, `,
    );
  const asOf = sql`${AS_OF_SENTINEL.toISOString()}::timestamptz`;
  // Statuses are written into the text, as the baseline and the old statement had them: with them as
  // parameters PostgreSQL's plan for the page took ~10% longer (tests/bench). They are members of
  // QUEUE_STATUSES, checked by `selectQueuePage`, so the texts stay few.
  const where = [shape.statuses.length ? sql`r.status::text in (${sql.raw(shape.statuses.map((s) => `'${s}'`).join(", "))})` : sql`false`];
  if (shape.channels) where.push(sql`r.channel::text in (${list("channel", shape.channels)})`);
  if (shape.levels) where.push(sql`r.level in (${list("level", shape.levels)})`);
  if (shape.overdue === true) where.push(sql`r.first_responded_at is null and r.response_target_at <= ${asOf}`);
  if (shape.overdue === false) where.push(sql`(r.first_responded_at is not null or r.response_target_at > ${asOf})`);
  if (shape.safeguarding) where.push(sql`r.safeguarding_flag = ${value("safeguarding")}`);
  const query = dialect.sqlToQuery(
    referralPageStatement({
      serviceId: sql.placeholder("serviceId"),
      asOf: AS_OF_SENTINEL,
      where,
      after: shape.after
        ? { priority: sql.placeholder("afterPriority"), deadlineMs: sql.placeholder("afterDeadlineMs"), id: sql.placeholder("afterId") }
        : null,
      limit: { rows: sql.placeholder("limit"), plusOne: sql.placeholder("limitPlusOne") },
      audit: {
        action: sql.placeholder("action"),
        actorStaffId: sql.placeholder("actorStaffId"),
        correlationId: sql.placeholder("correlationId"),
      },
      columns: shape.columns,
    }),
  );
  return splitAroundParameters(query, (p) =>
    p instanceof Placeholder ? { name: p.name } : p === AS_OF_SENTINEL.toISOString() ? { name: "asOf" } : { constant: p },
  );
}

/**
 * The triage queue's page: `selectReferralPage` for the queue's filters, its statement rendered once
 * per shape, and each referral a view whose fields are worked out as GraphQL reads them.
 */
export async function selectQueuePage(
  q: Queryable,
  opts: {
    serviceId: string;
    asOf: Date;
    filter: QueueFilter;
    after: { priority: number; deadlineMs: number; id: string } | null;
    limit: number;
    audit: { action: AuditAction; actorStaffId: string; correlationId: string };
    columns: ReferralColumns;
  },
) {
  const { filter } = opts;
  const statuses = QUEUE_STATUSES.filter((s) => filter.statuses.includes(s));
  const channels = [...new Set(filter.channels)];
  const levels = [...new Set(filter.levels)];
  const shape = {
    columns: opts.columns,
    statuses,
    channels: channels.length,
    levels: levels.length,
    overdue: filter.overdue,
    safeguarding: filter.safeguarding !== null,
    after: opts.after !== null,
  };
  const key = `${shape.columns}:${shape.statuses.join(",")}:${shape.channels}:${shape.levels}:${shape.overdue}:${shape.safeguarding}:${shape.after}`;
  let rendered = renderedQueue.get(key);
  if (!rendered) renderedQueue.set(key, (rendered = renderQueueStatement(shape)));
  const values: Record<string, unknown> = {
    serviceId: opts.serviceId,
    asOf: opts.asOf.toISOString(),
    limit: opts.limit,
    limitPlusOne: opts.limit + 1,
    safeguarding: filter.safeguarding,
    afterPriority: opts.after?.priority,
    afterDeadlineMs: opts.after?.deadlineMs,
    afterId: opts.after?.id,
    ...opts.audit,
  };
  channels.forEach((v, i) => (values[`channel${i}`] = v));
  levels.forEach((v, i) => (values[`level${i}`] = v));
  const chunks: unknown[] = [new StringChunk(rendered.texts[0]!)];
  for (let i = 0; i < rendered.slots.length; i++) {
    const slot = rendered.slots[i]!;
    chunks.push("name" in slot ? values[slot.name] : slot.constant, new StringChunk(rendered.texts[i + 1]!));
  }
  const rows = await executeRows<Row>(q, new SQL(chunks as never));
  const hasNextPage = rows.length > opts.limit;
  const page = rows.slice(0, opts.limit);
  return {
    totalCount: Number(page[0]?.total_count ?? 0),
    hasNextPage,
    items: page.map((row) => ({ row, referral: new ReferralView(row, opts.asOf) as Referral })),
  };
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
      limit: { rows: 1, plusOne: 2 },
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

/**
 * A referral read from one row of the page statement, each field worked out when it is read: a
 * query asks for some of a referral's fields, and GraphQL reads only those (the queue's rows: about
 * half, and not the costlier ones — eligibility checks, decision maker, contact details). The one
 * definition of what each field is; `toReferral` copies every field into a plain object.
 */
export class ReferralView implements Referral {
  readonly #row: Row;
  readonly #asOf: Date;
  readonly #tz: string;
  constructor(row: Row, asOf: Date) {
    this.#row = row;
    this.#asOf = asOf;
    this.#tz = row.sv_time_zone;
  }
  get id() {
    return this.#row.id;
  }
  get reference() {
    return this.#row.reference;
  }
  get status() {
    return this.#row.status;
  }
  get channel() {
    return this.#row.channel;
  }
  get source() {
    return this.#row.source;
  }
  get professionalType() {
    return this.#row.professional_type;
  }
  get referrerName() {
    return this.#row.referrer_name;
  }
  get referrerOrganisation() {
    return this.#row.referrer_organisation;
  }
  get familyConsentedToShare() {
    return this.#row.family_consented_to_share;
  }
  get receivedAt() {
    return fromEpochMs(this.#row.received_ms)!;
  }
  get responseTargetAt() {
    return fromEpochMs(this.#row.target_ms)!;
  }
  get responseDeadlineAt() {
    return fromEpochMs(this.#row.deadline_ms)!;
  }
  get firstRespondedAt() {
    return fromEpochMs(this.#row.responded_ms);
  }
  get priority() {
    return this.#row.priority;
  }
  get priorityReasons() {
    const row = this.#row;
    return explainPriority(
      {
        safeguardingFlag: row.safeguarding_flag,
        excludedOrNoPlace: row.excluded_or_no_place,
        childInNeedOrLookedAfter: row.child_in_need_or_looked_after,
        currentStage: row.current_stage,
        nextKeyDate: row.nk_id ? { kind: row.nk_kind!, on: row.nk_on! } : null,
        firstRespondedAt: this.firstRespondedAt,
        responseTargetAt: this.responseTargetAt,
        responseDeadlineAt: this.responseDeadlineAt,
        priorityOverride: row.priority_override,
        priorityOverrideReason: row.priority_override_reason,
      },
      this.#asOf,
      this.#tz,
    ).reasons;
  }
  get level() {
    return this.#row.level;
  }
  get eligibility() {
    return this.#row.eligibility;
  }
  get eligibilityChecks() {
    const row = this.#row;
    return checkEligibility({
      dateOfBirth: row.date_of_birth,
      receivedAt: this.receivedAt,
      timeZone: this.#tz,
      needsOverview: row.needs_overview,
      reasonForReferral: row.reason_for_referral,
      postcode: row.postcode,
      areaName: row.sv_area_name,
      areaPostcodeDistricts: json(row.sv_area_postcode_districts),
    });
  }
  get ineligibleReason() {
    return this.#row.ineligible_reason;
  }
  get signposting() {
    return this.#row.signposting;
  }
  get possibleDuplicate() {
    return this.#row.possible_duplicate_of_id !== null;
  }
  get possibleDuplicateOfId() {
    return this.#row.possible_duplicate_of_id;
  }
  get currentStage() {
    return this.#row.current_stage;
  }
  get howHeard() {
    return this.#row.how_heard;
  }
  get topic() {
    const topic = this.#row.topic;
    return isValueOf(ENQUIRY_TOPIC, topic) ? topic : null;
  }
  get reasonForReferral() {
    return this.#row.reason_for_referral;
  }
  get safeguardingFlag() {
    return this.#row.safeguarding_flag;
  }
  get excludedOrNoPlace() {
    return this.#row.excluded_or_no_place;
  }
  get childInNeedOrLookedAfter() {
    return this.#row.child_in_need_or_looked_after;
  }
  get priorityOverride() {
    return this.#row.priority_override;
  }
  get priorityOverrideReason() {
    return this.#row.priority_override_reason;
  }
  get triageNotes() {
    return this.#row.triage_notes;
  }
  get triagedAt() {
    return fromEpochMs(this.#row.triaged_ms);
  }
  get overdue() {
    return isPastTarget({ firstRespondedAt: this.firstRespondedAt, responseTargetAt: this.responseTargetAt }, this.#asOf);
  }
  get decisionMaker() {
    const dateOfBirth = this.#row.date_of_birth;
    return decisionMakerFor(dateOfBirth ? ageInYears(dateOfBirth, this.#asOf, this.#tz) : null);
  }
  get personId() {
    return this.#row.person_id;
  }
  get contact() {
    return this.#row.person_id ? new ContactView(this.#row) : null;
  }
  get child() {
    return this.#row.child_id ? new ChildView(this.#row, this.#asOf, this.#tz) : null;
  }
  get nextKeyDate() {
    return this.#row.nk_id ? new NextKeyDateView(this.#row) : null;
  }
}

class ContactView implements ReferralContact {
  readonly #row: Row;
  constructor(row: Row) {
    this.#row = row;
  }
  get fullName() {
    return this.#row.contact_name;
  }
  get email() {
    return this.#row.email;
  }
  get phone() {
    return this.#row.phone;
  }
  get address() {
    return this.#row.address;
  }
  get postcode() {
    return this.#row.postcode;
  }
  get preferredContact() {
    return this.#row.preferred_contact;
  }
  get accessibilityNeeds(): ReferralContact["accessibilityNeeds"] {
    return json(this.#row.accessibility_needs ?? []);
  }
  get interpreterLanguage() {
    return this.#row.interpreter_language;
  }
  get ethnicity() {
    return ethnicGroupOf(this.#row.ethnicity);
  }
}

class ChildView implements ReferralChild {
  readonly #row: Row;
  readonly #asOf: Date;
  readonly #tz: string;
  constructor(row: Row, asOf: Date, tz: string) {
    this.#row = row;
    this.#asOf = asOf;
    this.#tz = tz;
  }
  get fullName() {
    return this.#row.child_name;
  }
  get dateOfBirth() {
    return this.#row.date_of_birth;
  }
  get ageYears() {
    const dateOfBirth = this.#row.date_of_birth;
    return dateOfBirth ? ageInYears(dateOfBirth, this.#asOf, this.#tz) : null;
  }
  get educationSetting() {
    return this.#row.education_setting;
  }
  get needsOverview() {
    return this.#row.needs_overview;
  }
  get diagnosisStatus() {
    return this.#row.diagnosis_status ?? "NONE";
  }
  get primaryNeed() {
    return this.#row.primary_need ?? "NOT_KNOWN";
  }
}

class NextKeyDateView implements KeyDate {
  readonly #row: Row;
  constructor(row: Row) {
    this.#row = row;
  }
  get id() {
    return this.#row.nk_id!;
  }
  get kind() {
    return this.#row.nk_kind as KeyDate["kind"];
  }
  get on() {
    return this.#row.nk_on!;
  }
  get rule() {
    return null;
  }
  get derivedFromId() {
    return this.#row.nk_derived_from_id;
  }
  get notes() {
    return this.#row.nk_notes;
  }
  /** The next key date is never a superseded one (the query skips them). */
  get supersededById() {
    return null;
  }
}

/** Every field but `eligibilityChecks`, which stays worked out on reading (the queue's rows do not show it). */
const REFERRAL_FIELDS = [
  "id",
  "reference",
  "status",
  "channel",
  "source",
  "professionalType",
  "referrerName",
  "referrerOrganisation",
  "familyConsentedToShare",
  "receivedAt",
  "responseTargetAt",
  "responseDeadlineAt",
  "firstRespondedAt",
  "priority",
  "priorityReasons",
  "level",
  "eligibility",
  "ineligibleReason",
  "signposting",
  "possibleDuplicate",
  "possibleDuplicateOfId",
  "currentStage",
  "howHeard",
  "topic",
  "reasonForReferral",
  "safeguardingFlag",
  "excludedOrNoPlace",
  "childInNeedOrLookedAfter",
  "priorityOverride",
  "priorityOverrideReason",
  "triageNotes",
  "triagedAt",
  "overdue",
  "decisionMaker",
  "personId",
] as const satisfies readonly (keyof Referral)[];
// Every field of Referral is copied by `toReferral`: a field added to the model and not here fails to compile.
type Uncopied = Exclude<keyof Referral, (typeof REFERRAL_FIELDS)[number] | "eligibilityChecks" | "contact" | "child" | "nextKeyDate">;
const everyFieldCopied: Uncopied extends never ? true : Uncopied = true;
void everyFieldCopied;

const copy = <T extends object>(view: T, keys: readonly (keyof T)[]): T => {
  const plain = {} as T;
  for (const key of keys) plain[key] = view[key];
  return plain;
};
const CONTACT_FIELDS = [
  "fullName",
  "email",
  "phone",
  "address",
  "postcode",
  "preferredContact",
  "accessibilityNeeds",
  "interpreterLanguage",
  "ethnicity",
] as const satisfies readonly (keyof ReferralContact)[];
const CHILD_FIELDS = [
  "fullName",
  "dateOfBirth",
  "ageYears",
  "educationSetting",
  "needsOverview",
  "diagnosisStatus",
  "primaryNeed",
] as const satisfies readonly (keyof ReferralChild)[];
const KEY_DATE_FIELDS = [
  "id",
  "kind",
  "on",
  "rule",
  "derivedFromId",
  "notes",
  "supersededById",
] as const satisfies readonly (keyof KeyDate)[];

/** The referral of a full row ("all" columns) as a plain object: what is kept, spread or handed on outside one GraphQL answer. */
function toReferral(row: Row, asOf: Date): Referral {
  const view = new ReferralView(row, asOf);
  const referral = copy(view, REFERRAL_FIELDS) as Referral;
  const { contact, child, nextKeyDate } = view;
  referral.contact = contact && copy(contact, CONTACT_FIELDS);
  referral.child = child && copy(child, CHILD_FIELDS);
  referral.nextKeyDate = nextKeyDate && copy(nextKeyDate, KEY_DATE_FIELDS);
  let eligibilityChecks: Referral["eligibilityChecks"] | undefined;
  // Worked out only when asked for: the queue's rows do not show it, the referral's page does.
  Object.defineProperty(referral, "eligibilityChecks", {
    get: () => (eligibilityChecks ??= view.eligibilityChecks),
    enumerable: true,
    configurable: true,
  });
  return referral;
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
