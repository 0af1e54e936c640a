import { sql } from "drizzle-orm";
import type { Db, Queryable } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { can, Permission } from "../core/permissions.js";
import { recordAudit, recordReads } from "../audit/audit.service.js";
import { executeRows, theRow } from "../db/rows.js";
import { loadComplianceRecords } from "../compliance/compliance.service.js";
import { badInput, notFound } from "../core/errors.js";
import { assertId, parseInput } from "../core/input.js";
import { clampFirst, decodeCursor, encodeCursor } from "../core/cursor.js";
import { getService } from "../service/service.service.js";
import { localDate } from "../clock/calendar-date.js";
import type { z } from "zod";
import {
  DBS_WARNING_DAYS,
  TRAINING_WARNING_DAYS,
  confidentialitySignedBy,
  dbsValidOn,
  dueSoon,
  trainingCurrentOn,
} from "../staff/staff.rules.js";
import { supervisionAttendees, supervisions } from "./supervision.table.js";
import { recordSupervisionSchema } from "./supervision.validation.js";
import {
  SCHEDULED_SUPERVISION_ROLES,
  lastSupervisedSql,
  mayBeSupervised,
  maySupervise,
  nextSupervisionDueSql,
  supervisionWeeksSql,
} from "./supervision.rules.js";
import { sqlValues } from "../db/sql.js";
import type { Supervision, SupervisionConnection, SupervisionScheduleEntry, TrainingStatus } from "./supervision.model.js";
import type { StaffRole, SupervisionKind, SupervisionTopic, TrainingKind } from "../core/vocabulary.js";

const json = <T>(v: T | string): T => (typeof v === "string" ? JSON.parse(v) : v);

/** Staff of the viewer's service by id; ids of other services are simply absent. */
async function staffOfService(q: Queryable, serviceId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, { id: string; role: StaffRole; active: boolean }>();
  const rows = await executeRows<{ id: string; role: StaffRole; active: boolean }>(
    q,
    sql`select id, role::text as role, active from staff where service_id = ${serviceId} and id in (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Record a supervision session (managers). Supervisor and supervisees must be active staff of the
 * caller's service; an id from elsewhere is NOT_FOUND. Returns the new record's id.
 */
export async function recordSupervision(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<ReturnType<typeof recordSupervisionSchema>>;
  now: Date;
  correlationId: string;
}): Promise<Supervision> {
  const { viewer } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  const today = localDate(opts.now, service.officeHours.timeZone);
  const input = parseInput(recordSupervisionSchema(today), opts.input);
  const supervisorId = input.supervisorId ?? viewer.staffId;
  if (input.attendeeIds.includes(supervisorId)) throw badInput("input.attendeeIds", "The supervisor cannot also be a supervisee.");

  const id = await opts.db.transaction(async (tx) => {
    const found = await staffOfService(tx, viewer.serviceId, [supervisorId, ...input.attendeeIds]);
    const supervisor = found.get(supervisorId);
    if (!supervisor) throw notFound("Staff member", "input.supervisorId");
    if (!supervisor.active || !maySupervise(supervisor.role))
      throw badInput("input.supervisorId", "The supervisor must be an active manager or officer.");
    for (const id of input.attendeeIds) {
      const member = found.get(id);
      if (!member) throw notFound("Staff member", "input.attendeeIds");
      if (!member.active || !mayBeSupervised(member.role))
        throw badInput("input.attendeeIds", "Supervisees must be active managers, officers or volunteers.");
    }
    const row = theRow(
      await tx
        .insert(supervisions)
        .values({
          serviceId: viewer.serviceId,
          kind: input.kind,
          supervisorId,
          heldOn: input.heldOn,
          topics: input.topics,
          notes: input.notes,
        })
        .returning({ id: supervisions.id }),
      "the new session",
    );
    await tx
      .insert(supervisionAttendees)
      .values(input.attendeeIds.map((staffId) => ({ supervisionId: row.id, staffId, serviceId: viewer.serviceId })));
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "supervision.record",
      entityType: "supervision",
      entityId: row.id,
      fields: ["kind", "supervisor", "attendees", "heldOn", "topics", ...(input.notes ? ["notes"] : [])],
    });
    return row.id;
  });
  return getSupervision({ db: opts.db, viewer, id, correlationId: opts.correlationId });
}

interface SupervisionRow {
  id: string;
  kind: SupervisionKind;
  held_on: string;
  topics: SupervisionTopic[] | string;
  notes: string | null;
  supervisor: { id: string; displayName: string; role: StaffRole } | string;
  attendees: { id: string; displayName: string; role: StaffRole }[] | string;
}

const isCursor = (v: any): v is { h: string; id: string } =>
  v && typeof v.h === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v.h) && typeof v.id === "string" && /^[0-9a-f-]{36}$/i.test(v.id);

/**
 * Supervision records, newest first, that the caller may see: managers every record of the
 * service; anyone else only those they attended or led. `staffId` narrows to one supervisee —
 * another officer asking about a colleague gets an empty list, not the colleague's notes.
 */
export async function listSupervisions(opts: {
  db: Db;
  viewer: Viewer;
  staffId?: string | null;
  /** One record by id (still subject to the visibility rule). */
  only?: string;
  first?: number | null;
  after?: string | null;
  correlationId: string;
}): Promise<SupervisionConnection> {
  const { viewer } = opts;
  const first = clampFirst(opts.first, 100);
  const staffId = opts.staffId == null ? null : assertId("staffId", opts.staffId);
  const after = opts.after ? decodeCursor(opts.after, isCursor) : null;
  const seesAll = can(viewer.role, Permission.ReadSupervisionAny);
  const conditions = [sql`sp.service_id = ${viewer.serviceId}`];
  if (!seesAll)
    conditions.push(
      sql`(sp.supervisor_id = ${viewer.staffId} or exists (select 1 from supervision_attendees x where x.supervision_id = sp.id and x.staff_id = ${viewer.staffId}))`,
    );
  if (staffId)
    conditions.push(sql`exists (select 1 from supervision_attendees y where y.supervision_id = sp.id and y.staff_id = ${staffId})`);
  if (opts.only) conditions.push(sql`sp.id = ${opts.only}`);
  if (after) conditions.push(sql`(sp.held_on, sp.id) < (${after.h}::date, ${after.id}::uuid)`);
  const rows = await executeRows<SupervisionRow>(
    opts.db,
    sql`
      select sp.id, sp.kind::text as kind, sp.held_on::text as held_on, sp.topics, sp.notes,
        json_build_object('id', sup.id, 'displayName', sup.display_name, 'role', sup.role) as supervisor,
        (select json_agg(json_build_object('id', s.id, 'displayName', s.display_name, 'role', s.role) order by s.display_name)
           from supervision_attendees a join staff s on s.id = a.staff_id where a.supervision_id = sp.id) as attendees
      from supervisions sp join staff sup on sup.id = sp.supervisor_id
      where ${sql.join(conditions, sql` and `)}
      order by sp.held_on desc, sp.id desc
      limit ${first + 1}`,
  );
  const page = rows.slice(0, first);
  await recordReads(opts.db, {
    viewer,
    action: "supervision.read",
    entityType: "supervision",
    ids: page.map((r) => r.id),
    fields: ["notes"],
    correlationId: opts.correlationId,
  });
  const nodes: Supervision[] = page.map((r) => ({
    id: r.id,
    kind: r.kind,
    heldOn: r.held_on,
    topics: json(r.topics),
    notes: r.notes,
    supervisor: json(r.supervisor),
    attendees: json(r.attendees) ?? [],
  }));
  const edges = nodes.map((node) => ({ cursor: encodeCursor({ h: node.heldOn, id: node.id }), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** One supervision the caller may see (e.g. straight after recording it); NOT_FOUND otherwise. */
async function getSupervision(opts: { db: Db; viewer: Viewer; id: string; correlationId: string }): Promise<Supervision> {
  const page = await listSupervisions({ ...opts, only: assertId("id", opts.id), first: 1 });
  const [edge] = page.edges;
  if (!edge) throw notFound("Supervision");
  return edge.node;
}

interface ScheduleRow {
  id: string;
  display_name: string;
  role: StaffRole;
  every_weeks: number;
  last_individual: string | null;
  last_group: string | null;
  next_due: string;
  dbs_enhanced: boolean;
  dbs_renewal_due_on: string | null;
  confidentiality_signed_on: string | null;
  training: { kind: TrainingKind; completedOn: string; expiresOn: string | null }[] | string;
}

/**
 * Supervision due dates and compliance: managers see every active officer and volunteer; an
 * officer or volunteer sees their own line. Due dates follow the overdue engine's rule (last
 * one-to-one, or the start date, plus the role's interval).
 */
export async function getSupervisionSchedule(opts: { db: Db; viewer: Viewer; now: Date }): Promise<SupervisionScheduleEntry[]> {
  const { viewer } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  const today = localDate(opts.now, service.officeHours.timeZone);
  const own = !can(viewer.role, Permission.ReadSupervisionAny);
  const rows = await executeRows<ScheduleRow>(
    opts.db,
    sql`
      with st as (
        select s.*, ${supervisionWeeksSql(sql`s.role`, sql`sv`)} as every_weeks,
          ${lastSupervisedSql(sql`s.id`, "INDIVIDUAL")} as last_individual,
          ${lastSupervisedSql(sql`s.id`, "GROUP")} as last_group
        from staff s join services sv on sv.id = s.service_id
        where s.service_id = ${viewer.serviceId} and s.active and s.role in (${sqlValues(SCHEDULED_SUPERVISION_ROLES)})
          ${own ? sql`and s.id = ${viewer.staffId}` : sql``}
      )
      select st.id, st.display_name, st.role::text as role, st.every_weeks,
        st.last_individual::text as last_individual, st.last_group::text as last_group,
        ${nextSupervisionDueSql(sql`st.last_individual`, sql`st.created_at::date`, sql`st.every_weeks`)}::text as next_due,
        st.dbs_enhanced, st.dbs_renewal_due_on::text as dbs_renewal_due_on, st.confidentiality_signed_on::text as confidentiality_signed_on,
        coalesce((
          select json_agg(json_build_object('kind', t.kind, 'completedOn', t.completed_on::text, 'expiresOn', t.expires_on::text) order by t.kind)
          from (select distinct on (tr.kind) tr.kind, tr.completed_on, tr.expires_on from staff_training tr
                where tr.staff_id = st.id order by tr.kind, tr.completed_on desc) t
        ), '[]'::json) as training
      from st
      order by next_due, st.display_name`,
  );
  // The compliance screen's own rule for what is missing, expired or due (staff.rules.ts).
  const records = await loadComplianceRecords(opts.db, {
    serviceId: viewer.serviceId,
    today,
    warningDays: service.dbsWarningDays,
    staffIds: rows.map((r) => r.id),
  });
  const issuesOf = new Map(records.map((rec) => [rec.staffId, rec.issues]));
  return rows.map((r) => {
    const training: TrainingStatus[] = json(r.training).map((t) => ({
      kind: t.kind,
      completedOn: t.completedOn,
      expiresOn: t.expiresOn,
      expired: !trainingCurrentOn(t, today),
      expiringSoon: dueSoon(t.expiresOn, today, TRAINING_WARNING_DAYS),
    }));
    // The same rules as allocation's blocking reasons (staff.rules.ts).
    const dbsExpired = !dbsValidOn({ dbsEnhanced: r.dbs_enhanced, dbsRenewalDueOn: r.dbs_renewal_due_on }, today);
    return {
      staff: { id: r.id, displayName: r.display_name, role: r.role },
      everyWeeks: Number(r.every_weeks),
      lastSupervisedOn: r.last_individual,
      lastGroupSupportOn: r.last_group,
      nextDueOn: r.next_due,
      overdue: r.next_due <= today,
      compliance: {
        dbsEnhanced: r.dbs_enhanced,
        dbsRenewalDueOn: r.dbs_renewal_due_on,
        dbsExpired,
        dbsRenewalDueSoon: !dbsExpired && dueSoon(r.dbs_renewal_due_on, today, DBS_WARNING_DAYS),
        confidentialitySignedOn: r.confidentiality_signed_on,
        confidentialitySigned: confidentialitySignedBy(r.confidentiality_signed_on, today),
        training,
        trainingExpired: training.some((t) => t.expired),
        trainingExpiringSoon: training.some((t) => t.expiringSoon),
        issues: issuesOf.get(r.id) ?? [],
      },
    };
  });
}
