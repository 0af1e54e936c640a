import { and, eq, sql } from "drizzle-orm";
import type { Db, Queryable } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { recordAudit, recordReads } from "../audit/audit.service.js";
import { epochMs, executeRows, fromEpochMs, theRow } from "../db/rows.js";
import { badInput, notFound } from "../core/errors.js";
import { assertId, parseInput } from "../core/input.js";
import { clampFirst, decodeCursor, encodeCursor } from "../core/cursor.js";
import { addWorkingDays } from "../clock/working-time.js";
import { getService } from "../service/service.service.js";
import { calendarOf } from "../service/service-calendar.js";
import { localDate } from "../clock/calendar-date.js";
import { complaints } from "./complaint.table.js";
import type { z } from "zod";
import { logComplaintSchema, updateComplaintSchema } from "./complaint.validation.js";
import {
  COMPLAINT_RESPONSE_WORKING_DAYS,
  mayHaveResponseDate,
  mayTakeOutcome,
  responseDueByDefault,
  responseOverdue,
} from "./complaint.rules.js";
import type { Complaint, ComplaintConnection } from "./complaint.model.js";
import type { ComplaintOutcome, FeedbackKind } from "../core/vocabulary.js";

const PERSONAL_FIELDS = ["fromWhom", "what", "measuresTaken", "escalatedTo"];

/** Log a complaint, comment or compliment (managers and officers); returns it as logged. */
export async function logComplaint(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<ReturnType<typeof logComplaintSchema>>;
  now: Date;
}): Promise<Complaint> {
  const { viewer } = opts;
  const input = parseInput(logComplaintSchema(opts.now), opts.input);
  const service = await getService(opts.db, viewer.serviceId);
  const responseDueOn =
    input.responseDueOn ??
    (responseDueByDefault(input.kind)
      ? localDate(addWorkingDays(calendarOf(service), input.receivedAt, COMPLAINT_RESPONSE_WORKING_DAYS), service.officeHours.timeZone)
      : null);
  const id = await opts.db.transaction(async (tx) => {
    const row = theRow(
      await tx
        .insert(complaints)
        .values({
          serviceId: viewer.serviceId,
          kind: input.kind,
          receivedAt: input.receivedAt,
          fromWhom: input.fromWhom,
          what: input.what,
          measuresTaken: input.measuresTaken,
          escalatedTo: input.escalatedTo,
          responseDueOn,
          loggedById: viewer.staffId,
        })
        .returning({ id: complaints.id }),
      "the new complaint",
    );
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "complaint.log",
      entityType: "complaint",
      entityId: row.id,
      fields: ["kind", "receivedAt", "responseDueOn", ...PERSONAL_FIELDS.filter((f) => input[f as keyof typeof input])],
    });
    return row.id;
  });
  return getComplaint({ db: opts.db, viewer, id, now: opts.now });
}

/** Record the outcome, measures, escalation or response of a complaint (managers); returns it as updated. */
export async function updateComplaint(opts: {
  db: Db;
  viewer: Viewer;
  id: string;
  input: z.input<ReturnType<typeof updateComplaintSchema>>;
  now: Date;
}): Promise<Complaint> {
  const { viewer } = opts;
  const id = assertId("id", opts.id);
  const input = parseInput(updateComplaintSchema(opts.now), opts.input);
  await opts.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(complaints)
      .where(and(eq(complaints.id, id), eq(complaints.serviceId, viewer.serviceId)))
      .for("update");
    if (!current) throw notFound("Complaint");
    if (input.outcome && !mayTakeOutcome(current.kind, input.outcome))
      throw badInput("input.outcome", "Only a complaint can be upheld or not upheld; record a comment or compliment as resolved.");
    if (input.responseDueOn && !mayHaveResponseDate(current.kind))
      throw badInput("input.responseDueOn", "A compliment needs no response date.");
    if (input.respondedAt && input.respondedAt.getTime() < current.receivedAt.getTime())
      throw badInput("input.respondedAt", "The response cannot come before the complaint was received.");
    const closing = input.outcome && input.outcome !== "OPEN";
    const respondedAt = input.respondedAt ?? (closing && !current.respondedAt ? opts.now : undefined);
    const changes = {
      ...(input.outcome ? { outcome: input.outcome } : {}),
      ...(input.measuresTaken ? { measuresTaken: input.measuresTaken } : {}),
      ...(input.escalatedTo ? { escalatedTo: input.escalatedTo } : {}),
      ...(input.responseDueOn ? { responseDueOn: input.responseDueOn } : {}),
      ...(respondedAt ? { respondedAt } : {}),
    };
    await tx.update(complaints).set(changes).where(eq(complaints.id, id));
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "complaint.update",
      entityType: "complaint",
      entityId: id,
      fields: Object.keys(changes),
    });
  });
  return getComplaint({ db: opts.db, viewer, id, now: opts.now });
}

interface Row {
  id: string;
  kind: FeedbackKind;
  received_ms: number;
  from_whom: string | null;
  what: string | null;
  measures_taken: string | null;
  outcome: ComplaintOutcome;
  escalated_to: string | null;
  response_due_on: string | null;
  responded_ms: number | null;
  logged_by: string;
}

const isCursor = (v: any): v is { r: number; id: string } =>
  v && Number.isFinite(v.r) && typeof v.id === "string" && /^[0-9a-f-]{36}$/i.test(v.id);

async function selectComplaints(
  q: Queryable,
  viewer: Viewer,
  opts: { id?: string; after?: { r: number; id: string } | null; limit: number },
) {
  const conditions = [sql`c.service_id = ${viewer.serviceId}`];
  if (opts.id) conditions.push(sql`c.id = ${opts.id}`);
  if (opts.after) conditions.push(sql`(${epochMs(sql`c.received_at`)}, c.id) < (${opts.after.r}::float8, ${opts.after.id}::uuid)`);
  return executeRows<Row>(
    q,
    sql`select c.id, c.kind::text as kind, ${epochMs(sql`c.received_at`)} as received_ms, c.from_whom, c.what,
        c.measures_taken, c.outcome::text as outcome, c.escalated_to, c.response_due_on::text as response_due_on,
        ${epochMs(sql`c.responded_at`)} as responded_ms, s.display_name as logged_by
      from complaints c join staff s on s.id = c.logged_by_id
      where ${sql.join(conditions, sql` and `)}
      order by c.received_at desc, c.id desc
      limit ${opts.limit}`,
  );
}

const toComplaint = (r: Row, today: string): Complaint => ({
  id: r.id,
  kind: r.kind,
  receivedAt: fromEpochMs(r.received_ms)!,
  fromWhom: r.from_whom,
  what: r.what,
  measuresTaken: r.measures_taken,
  outcome: r.outcome,
  escalatedTo: r.escalated_to,
  responseDueOn: r.response_due_on,
  respondedAt: fromEpochMs(r.responded_ms),
  responseOverdue: responseOverdue({ responseDueOn: r.response_due_on, respondedAt: fromEpochMs(r.responded_ms) }, today),
  loggedBy: r.logged_by,
});

/** One complaint of the caller's service, as just logged or updated. */
async function getComplaint(opts: { db: Db; viewer: Viewer; id: string; now: Date }): Promise<Complaint> {
  const service = await getService(opts.db, opts.viewer.serviceId);
  const [row] = await selectComplaints(opts.db, opts.viewer, { id: assertId("id", opts.id), limit: 1 });
  if (!row) throw notFound("Complaint");
  return toComplaint(row, localDate(opts.now, service.officeHours.timeZone));
}

/** The complaints log, newest first (managers). Each record returned is audited as read. */
export async function listComplaints(opts: {
  db: Db;
  viewer: Viewer;
  first?: number | null;
  after?: string | null;
  now: Date;
  correlationId: string;
}): Promise<ComplaintConnection> {
  const first = clampFirst(opts.first, 100);
  const after = opts.after ? decodeCursor(opts.after, isCursor) : null;
  const service = await getService(opts.db, opts.viewer.serviceId);
  const today = localDate(opts.now, service.officeHours.timeZone);
  const rows = await selectComplaints(opts.db, opts.viewer, { after, limit: first + 1 });
  const page = rows.slice(0, first);
  await recordReads(opts.db, {
    viewer: opts.viewer,
    action: "complaint.read",
    entityType: "complaint",
    ids: page.map((r) => r.id),
    fields: PERSONAL_FIELDS,
    correlationId: opts.correlationId,
  });
  const edges = page.map((r) => ({ cursor: encodeCursor({ r: Number(r.received_ms), id: r.id }), node: toComplaint(r, today) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
