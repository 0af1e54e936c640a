import { and, asc, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db, Queryable } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { can, Permission } from "../core/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import { DomainError, ErrorCode, forbidden, notFound } from "../core/errors.js";
import { parseInput } from "../core/input.js";
import { executeRows, theRow } from "../db/rows.js";
import { getService } from "../service/service.service.js";
import { serviceToday } from "../service/service-calendar.js";
import { people } from "../person/person.table.js";
import { activities, activityExpenses, groupSessions, monitoringNotes, sessionAttendees, sessionEvaluations } from "./casework.table.js";
import {
  activityExpenseSchema,
  expenseMonthSchema,
  groupSessionSchema,
  monitoringNoteSchema,
  sessionEvaluationsSchema,
} from "./groupwork.validation.js";
import { mayClaimExpense, mayShowSessionScores, monthOf, personalDataIn, withinAttendance } from "./groupwork.rules.js";
import type { ActivityExpense, ExpenseTotal, GroupSession, MonitoringNote, SessionAttendeeChoice } from "./groupwork.model.js";
import { localDate } from "../clock/calendar-date.js";

/**
 * The people a recorder may link to a session as attending (decision 047): a manager, anyone of the
 * service; an officer or volunteer, the families of cases they may read (allocated to them, now or
 * before, or worked jointly) — the people whose names they already see. Erased and merged records are
 * never linked. `only` narrows the answer to some ids (checking a submission).
 */
async function linkablePeople(q: Queryable, viewer: Viewer, only: readonly string[] | null): Promise<SessionAttendeeChoice[]> {
  if (only && only.length === 0) return [];
  const readsAny = can(viewer.role, Permission.ReadCaseAny);
  const ids = only
    ? sql`and p.id in (${sql.join(
        only.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  const rows = await executeRows<{ id: string; full_name: string | null }>(
    q,
    sql`select p.id, p.full_name from people p
      where p.service_id = ${viewer.serviceId}::uuid and p.erased_at is null and p.merged_into_id is null ${ids}
        and (${readsAny} or exists (
          select 1 from referrals r join cases c on c.referral_id = r.id
          where r.person_id = p.id and r.service_id = p.service_id
            and (exists (select 1 from allocations a where a.case_id = c.id and a.staff_id = ${viewer.staffId}::uuid)
              or exists (select 1 from case_coworkers w where w.case_id = c.id and w.staff_id = ${viewer.staffId}::uuid))))
      order by p.full_name, p.id limit 1000`,
  );
  return rows.map((r) => ({ personId: r.id, fullName: r.full_name }));
}

/** Whom the viewer may link to a session as attending, by name. */
export async function sessionAttendeeChoices(opts: { db: Db; viewer: Viewer }): Promise<SessionAttendeeChoice[]> {
  requireStaffWriter(opts.viewer);
  return linkablePeople(opts.db, opts.viewer, null);
}

/**
 * Sessions with their attendees and evaluation summary, newest first. An attendee's name is shown
 * only to whoever may link them (decision 047); others see that someone linked came.
 */
async function selectSessions(q: Queryable, viewer: Viewer, ids: string[] | null): Promise<GroupSession[]> {
  const serviceId = viewer.serviceId;
  const rows = await q
    .select()
    .from(groupSessions)
    .where(and(eq(groupSessions.serviceId, serviceId), ids ? inArray(groupSessions.id, ids) : undefined))
    .orderBy(desc(groupSessions.heldOn), desc(groupSessions.createdAt))
    .limit(200);
  if (rows.length === 0) return [];
  const sessionIds = rows.map((r) => r.id);
  const attendees = await q
    .select({
      sessionId: sessionAttendees.sessionId,
      personId: sessionAttendees.personId,
      fullName: people.fullName,
      attended: sessionAttendees.attended,
    })
    .from(sessionAttendees)
    .innerJoin(people, eq(people.id, sessionAttendees.personId))
    .where(inArray(sessionAttendees.sessionId, sessionIds))
    .orderBy(asc(people.fullName));
  const named = new Set((await linkablePeople(q, viewer, [...new Set(attendees.map((a) => a.personId))])).map((p) => p.personId));
  const scores = await q
    .select({
      sessionId: sessionEvaluations.sessionId,
      n: count(),
      usefulness: sql<number>`avg(${sessionEvaluations.usefulness})::float8`,
      impartiality: sql<number>`avg(${sessionEvaluations.impartiality})::float8`,
    })
    .from(sessionEvaluations)
    .where(inArray(sessionEvaluations.sessionId, sessionIds))
    .groupBy(sessionEvaluations.sessionId);
  const round = (x: number) => Math.round(Number(x) * 100) / 100;
  return rows.map((r) => {
    const s = scores.find((x) => x.sessionId === r.id);
    const forms = Number(s?.n ?? 0);
    const shown = s && mayShowSessionScores(forms);
    return {
      id: r.id,
      kind: r.kind,
      title: r.title,
      heldOn: r.heldOn,
      topic: r.topic,
      facilitator: r.facilitator,
      attendance: r.attendance,
      attendees: attendees
        .filter((a) => a.sessionId === r.id)
        .map(({ personId, fullName, attended }) => ({ personId, fullName: named.has(personId) ? fullName : null, attended })),
      evaluationForms: forms,
      meanUsefulness: shown ? round(s.usefulness) : null,
      meanImpartiality: shown ? round(s.impartiality) : null,
    };
  });
}

/** Staff who work with families record group work and monitoring notes; steering members do not. */
function requireStaffWriter(viewer: Viewer) {
  if (!can(viewer.role, Permission.WriteCaseOwn)) throw forbidden();
}

export async function listGroupSessions(opts: { db: Db; viewer: Viewer }): Promise<GroupSession[]> {
  requireStaffWriter(opts.viewer);
  return selectSessions(opts.db, opts.viewer, null);
}

/** Record an information or training session held, with the number attending and, optionally, who came. */
export async function recordGroupSession(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<ReturnType<typeof groupSessionSchema>>;
  now: Date;
}): Promise<GroupSession> {
  const { viewer } = opts;
  requireStaffWriter(viewer);
  const service = await getService(opts.db, viewer.serviceId);
  const input = parseInput(groupSessionSchema(serviceToday(service, opts.now)), opts.input);
  const attendees = input.attendees ?? [];
  if (new Set(attendees.map((a) => a.personId)).size !== attendees.length)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "Each person once.", { field: "input.attendees" });
  if (!withinAttendance(attendees.filter((a) => a.attended).length, input.attendance))
    throw new DomainError(ErrorCode.ATTENDANCE_EXCEEDS_COUNT, "More people are marked as attending than the number attending.", {
      field: "input.attendance",
    });
  const id = await opts.db.transaction(async (tx) => {
    if (attendees.length) {
      const ids = attendees.map((a) => a.personId);
      const known = await tx
        .select({ id: people.id })
        .from(people)
        .where(and(eq(people.serviceId, viewer.serviceId), inArray(people.id, ids), isNull(people.erasedAt), isNull(people.mergedIntoId)));
      if (known.length !== attendees.length) throw notFound("Person", "input.attendees");
      if ((await linkablePeople(tx, viewer, ids)).length !== attendees.length)
        throw new DomainError(ErrorCode.FORBIDDEN, "You can link only families you work with; count the others in the number attending.", {
          field: "input.attendees",
        });
    }
    const session = theRow(
      await tx
        .insert(groupSessions)
        .values({
          serviceId: viewer.serviceId,
          kind: input.kind,
          title: input.title,
          heldOn: input.heldOn,
          topic: input.topic,
          facilitator: input.facilitator,
          attendance: input.attendance,
          recordedById: viewer.staffId,
          createdAt: opts.now,
        })
        .returning({ id: groupSessions.id }),
      "the new session",
    );
    if (attendees.length)
      await tx
        .insert(sessionAttendees)
        .values(attendees.map((a) => ({ serviceId: viewer.serviceId, sessionId: session.id, personId: a.personId, attended: a.attended })));
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "session.record",
      entityType: "group_session",
      entityId: session.id,
      fields: attendees.length ? ["session", "attendees"] : ["session"],
    });
    return session.id;
  });
  return theRow(await selectSessions(opts.db, viewer, [id]), "the session");
}

/**
 * Enter a session's anonymous evaluation forms [002]: scores only, stored with nothing that links a
 * form to an attendee or to who entered it (the audit event names the session, not the forms).
 */
export async function recordSessionEvaluations(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<typeof sessionEvaluationsSchema>;
}): Promise<GroupSession> {
  const { viewer } = opts;
  requireStaffWriter(viewer);
  const input = parseInput(sessionEvaluationsSchema, opts.input);
  await opts.db.transaction(async (tx) => {
    const [session] = await tx
      .select()
      .from(groupSessions)
      .where(and(eq(groupSessions.id, input.sessionId), eq(groupSessions.serviceId, viewer.serviceId)))
      .for("update");
    if (!session) throw notFound("Session", "input.sessionId");
    const { n } = theRow(
      await tx.select({ n: count() }).from(sessionEvaluations).where(eq(sessionEvaluations.sessionId, session.id)),
      "a count",
    );
    if (!withinAttendance(Number(n) + input.forms.length, session.attendance))
      throw new DomainError(ErrorCode.ATTENDANCE_EXCEEDS_COUNT, `Only ${session.attendance} attended; ${Number(n)} forms are already in.`, {
        field: "input.forms",
      });
    // Shuffled, so the order of rows does not follow the order the forms were handed in.
    const forms = [...input.forms].sort(() => Math.random() - 0.5);
    await tx.insert(sessionEvaluations).values(forms.map((f) => ({ serviceId: viewer.serviceId, sessionId: session.id, ...f })));
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "session.evaluations.record",
      entityType: "group_session",
      entityId: session.id,
      fields: ["evaluations"],
    });
  });
  return theRow(await selectSessions(opts.db, viewer, [input.sessionId]), "the session");
}

/** Record an anonymised poor-practice issue or positive outcome; text that looks personal is refused. */
export async function recordMonitoringNote(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<ReturnType<typeof monitoringNoteSchema>>;
  now: Date;
}): Promise<MonitoringNote> {
  const { viewer } = opts;
  requireStaffWriter(viewer);
  const service = await getService(opts.db, viewer.serviceId);
  const input = parseInput(monitoringNoteSchema(serviceToday(service, opts.now)), opts.input);
  const personal = personalDataIn(input.summary);
  if (personal)
    throw new DomainError(
      ErrorCode.PERSONAL_DATA_IN_ANONYMOUS_TEXT,
      `This looks like it contains ${personal}. Monitoring notes are anonymous: describe what happened without identifying anyone.`,
      { field: "input.summary" },
    );
  return opts.db.transaction(async (tx) => {
    const row = theRow(
      await tx
        .insert(monitoringNotes)
        .values({
          serviceId: viewer.serviceId,
          kind: input.kind,
          category: input.kind === "POOR_PRACTICE" ? input.category : null,
          agencyType: input.kind === "POOR_PRACTICE" ? input.agencyType : null,
          month: monthOf(input.month),
          summary: input.summary,
          recordedById: viewer.staffId,
          createdAt: opts.now,
        })
        .returning(),
      "the new note",
    );
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "monitoring.record",
      entityType: "monitoring_note",
      entityId: row.id,
      fields: ["monitoringNote"],
    });
    return { id: row.id, kind: row.kind, category: row.category, agencyType: row.agencyType, month: row.month, summary: row.summary };
  });
}

export async function listMonitoringNotes(opts: { db: Db; viewer: Viewer }): Promise<MonitoringNote[]> {
  requireStaffWriter(opts.viewer);
  return opts.db
    .select({
      id: monitoringNotes.id,
      kind: monitoringNotes.kind,
      category: monitoringNotes.category,
      agencyType: monitoringNotes.agencyType,
      month: monitoringNotes.month,
      summary: monitoringNotes.summary,
    })
    .from(monitoringNotes)
    .where(eq(monitoringNotes.serviceId, opts.viewer.serviceId))
    .orderBy(desc(monitoringNotes.month), desc(monitoringNotes.createdAt))
    .limit(200);
}

/** Record (or correct) the mileage and expenses of an activity: by whoever did it, or a manager. */
export async function recordActivityExpense(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<typeof activityExpenseSchema>;
}): Promise<ActivityExpense> {
  const { viewer } = opts;
  requireStaffWriter(viewer);
  const input = parseInput(activityExpenseSchema, opts.input);
  const service = await getService(opts.db, viewer.serviceId);
  return opts.db.transaction(async (tx) => {
    const [activity] = await tx
      .select()
      .from(activities)
      .where(and(eq(activities.id, input.activityId), eq(activities.serviceId, viewer.serviceId)));
    if (!activity || activity.voidedAt) throw notFound("Activity", "input.activityId");
    if (!mayClaimExpense({ didIt: activity.staffId === viewer.staffId, writesAny: can(viewer.role, Permission.WriteCaseAny) }))
      throw forbidden("Expenses are claimed by whoever did the activity.");
    const values = {
      serviceId: viewer.serviceId,
      activityId: activity.id,
      staffId: activity.staffId,
      incurredOn: localDate(activity.occurredAt, service.officeHours.timeZone),
      miles: input.miles,
      amountPence: input.amountPence,
      note: input.note,
    };
    const row = theRow(
      await tx
        .insert(activityExpenses)
        .values(values)
        .onConflictDoUpdate({
          target: activityExpenses.activityId,
          set: { miles: values.miles, amountPence: values.amountPence, note: values.note },
        })
        .returning(),
      "the expense",
    );
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.activity.expense",
      entityType: "case",
      entityId: activity.caseId,
      fields: ["expense"],
    });
    return {
      id: row.id,
      activityId: row.activityId,
      incurredOn: row.incurredOn,
      miles: Number(row.miles),
      amountPence: row.amountPence,
      note: row.note,
    };
  });
}

/** A manager's monthly totals per staff member (activities voided since are left out). */
export async function expenseTotals(opts: { db: Db; viewer: Viewer; month: string }): Promise<ExpenseTotal[]> {
  const { month } = parseInput(expenseMonthSchema, { month: opts.month }, "");
  const first = `${month}-01`;
  const rows = await executeRows<{
    staff_id: string;
    staff_name: string;
    claims: number | string;
    miles: number | string;
    pence: number | string;
  }>(
    opts.db,
    sql`select e.staff_id, s.display_name as staff_name, count(*) as claims, coalesce(sum(e.miles), 0) as miles, coalesce(sum(e.amount_pence), 0) as pence
      from activity_expenses e join staff s on s.id = e.staff_id join activities a on a.id = e.activity_id
      where e.service_id = ${opts.viewer.serviceId}::uuid and e.incurred_on >= ${first}::date
        and e.incurred_on < (${first}::date + interval '1 month') and a.voided_at is null
      group by e.staff_id, s.display_name order by s.display_name`,
  );
  return rows.map((r) => ({
    staffId: r.staff_id,
    staffName: r.staff_name,
    claims: Number(r.claims),
    miles: Math.round(Number(r.miles) * 10) / 10,
    amountPence: Number(r.pence),
  }));
}
