import { stringify } from "csv-stringify/sync";
import { and, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { Db, Queryable } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { badInput, forbidden } from "../core/errors.js";
import { parseInput } from "../core/input.js";
import { clampFirst, decodeCursor, encodeCursor } from "../core/cursor.js";
import type { StaffRole } from "../core/vocabulary.js";
import { recordAudit } from "../audit/audit.service.js";
import { auditEvents } from "../audit/audit.table.js";
import { staff } from "../staff/staff.table.js";
import { getService } from "../service/service.service.js";
import { auditFilterSchema, type AuditFilter } from "./auditlog.validation.js";
import type { AuditEntry, AuditEntryConnection } from "./auditlog.model.js";

/** Administrators and managers read the audit log; steering members, officers and volunteers never do. */
const AUDIT_READERS = ["ADMIN", "MANAGER"] as const satisfies readonly StaffRole[];
/** Rows one export holds at most; a larger range is refused so it is narrowed rather than cut short silently. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

function requireReader(viewer: Viewer) {
  if (!(AUDIT_READERS as readonly StaffRole[]).includes(viewer.role)) throw forbidden();
}

const isCursor = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v > 0;

/** The filters as SQL, always within the viewer's service; days start at midnight in the service's time zone. */
function conditions(serviceId: string, timeZone: string, f: AuditFilter): SQL[] {
  const startOf = (day: string) => sql`((${day}::date)::timestamp at time zone ${timeZone})`;
  const out: (SQL | undefined)[] = [
    eq(auditEvents.serviceId, serviceId),
    f.actorId ? eq(auditEvents.actorStaffId, f.actorId) : undefined,
    f.entityType ? eq(auditEvents.entityType, f.entityType) : undefined,
    f.entityId ? eq(auditEvents.entityId, f.entityId) : undefined,
    f.action ? eq(auditEvents.action, f.action) : undefined,
    f.from ? gte(auditEvents.at, startOf(f.from)) : undefined,
    f.to ? lt(auditEvents.at, sql`${startOf(f.to)} + interval '1 day'`) : undefined,
  ];
  return out.filter((c): c is SQL => c !== undefined);
}

const columns = {
  id: auditEvents.id,
  at: auditEvents.at,
  actorId: auditEvents.actorStaffId,
  actorName: staff.displayName,
  action: auditEvents.action,
  entityType: auditEvents.entityType,
  entityId: auditEvents.entityId,
  fields: auditEvents.fields,
};

async function select(q: Queryable, where: SQL[], limit: number) {
  const rows = await q
    .select(columns)
    .from(auditEvents)
    .leftJoin(staff, eq(staff.id, auditEvents.actorStaffId))
    .where(and(...where))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
  return rows.map((r): AuditEntry => ({ ...r, id: String(r.id), actorName: r.actorName ?? null, fields: r.fields ?? [] }));
}

const usedFilters = (f: AuditFilter) => Object.entries(f).flatMap(([k, v]) => (v ? [k] : []));

/** A page of the service's audit log, newest first, filtered by person, record, action and dates. */
export async function listAuditEntries(opts: {
  db: Db;
  viewer: Viewer;
  filter?: z.input<typeof auditFilterSchema> | null;
  first?: number | null;
  after?: string | null;
}): Promise<AuditEntryConnection> {
  const { viewer } = opts;
  requireReader(viewer);
  const filter = parseInput(auditFilterSchema, opts.filter ?? {}, "filter");
  const first = clampFirst(opts.first, 200);
  const after = opts.after ? decodeCursor(opts.after, isCursor) : null;
  const service = await getService(opts.db, viewer.serviceId);
  const where = conditions(viewer.serviceId, service.officeHours.timeZone, filter);
  if (after) where.push(lt(auditEvents.id, after));
  return opts.db.transaction(async (tx) => {
    const rows = await select(tx, where, first + 1);
    const page = rows.slice(0, first);
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "audit.read",
      entityType: "audit_events",
      entityId: null,
      fields: usedFilters(filter),
    });
    return {
      edges: page.map((node) => ({ cursor: encodeCursor(Number(node.id)), node })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(Number(page.at(-1)!.id)) : null },
    };
  });
}

/** The filtered audit log as CSV, newest first; refused (BAD_USER_INPUT at `filter`) beyond `AUDIT_EXPORT_MAX_ROWS`. */
export async function exportAuditEntriesCsv(opts: {
  db: Db;
  viewer: Viewer;
  filter?: z.input<typeof auditFilterSchema> | null;
}): Promise<string> {
  const { viewer } = opts;
  requireReader(viewer);
  const filter = parseInput(auditFilterSchema, opts.filter ?? {}, "filter");
  const service = await getService(opts.db, viewer.serviceId);
  const where = conditions(viewer.serviceId, service.officeHours.timeZone, filter);
  return opts.db.transaction(async (tx) => {
    const rows = await select(tx, where, AUDIT_EXPORT_MAX_ROWS + 1);
    if (rows.length > AUDIT_EXPORT_MAX_ROWS) {
      throw badInput("filter", `More than ${AUDIT_EXPORT_MAX_ROWS.toLocaleString("en-GB")} entries: narrow the dates or filters.`);
    }
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "audit.export",
      entityType: "audit_events",
      entityId: null,
      fields: usedFilters(filter),
    });
    return stringify(
      rows.map((r) => [
        r.at.toISOString(),
        r.actorName ?? "",
        r.actorId ?? "",
        r.action,
        r.entityType,
        r.entityId ?? "",
        r.fields.join(" "),
      ]),
      { header: true, columns: ["at", "actor", "actor_id", "action", "record_type", "record_id", "fields"] },
    );
  });
}
