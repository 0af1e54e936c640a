import { and, asc, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { can, Permission } from "../core/permissions.js";
import { forbidden, notFound } from "../core/errors.js";
import { staff } from "../staff/staff.table.js";
import { overdueItems } from "./overdue.table.js";
import { keyDates } from "../referral/referral.table.js";
import type { OverdueItem } from "./overdue.model.js";
import type { OverdueScope } from "../core/vocabulary.js";

const columns = {
  id: overdueItems.id,
  kind: overdueItems.kind,
  label: overdueItems.label,
  dueAt: overdueItems.dueAt,
  raisedAt: overdueItems.raisedAt,
  subjectType: overdueItems.subjectType,
  subjectId: overdueItems.subjectId,
  referralId: overdueItems.referralId,
  assigneeStaffId: overdueItems.assigneeStaffId,
  assigneeName: staff.displayName,
  // Items raised ahead of a date name the date itself, read from their subject as it stands now.
  upcomingOn: sql<string | null>`case ${overdueItems.kind}
    when 'KEY_DATE_APPROACHING' then (select ${keyDates.on}::text from ${keyDates} where ${keyDates.id} = ${overdueItems.subjectId})
    when 'DBS_RENEWAL_DUE' then (select s.dbs_renewal_due_on::text from staff s where s.id = ${overdueItems.subjectId})
  end`,
};

/** Open overdue items: the caller's own (and, for managers, unassigned team items), or the whole team's. */
export async function listOverdueItems(opts: { db: Queryable; viewer: Viewer; scope: OverdueScope }): Promise<OverdueItem[]> {
  const { viewer } = opts;
  if (opts.scope === "TEAM" && !can(viewer.role, Permission.ReadOverdueAny)) throw forbidden("Only managers see the team's items.");
  const conditions: SQL[] = [eq(overdueItems.serviceId, viewer.serviceId), isNull(overdueItems.clearedAt)];
  if (opts.scope === "MINE") {
    conditions.push(
      can(viewer.role, Permission.ReadOverdueAny)
        ? or(eq(overdueItems.assigneeStaffId, viewer.staffId), isNull(overdueItems.assigneeStaffId))!
        : eq(overdueItems.assigneeStaffId, viewer.staffId),
    );
  }
  return opts.db
    .select(columns)
    .from(overdueItems)
    .leftJoin(staff, eq(staff.id, overdueItems.assigneeStaffId))
    .where(and(...conditions))
    .orderBy(asc(overdueItems.dueAt), asc(overdueItems.id))
    .limit(500);
}

export async function getOverdueItem(opts: { db: Queryable; viewer: Viewer; id: string }): Promise<OverdueItem> {
  const [row] = await opts.db
    .select(columns)
    .from(overdueItems)
    .leftJoin(staff, eq(staff.id, overdueItems.assigneeStaffId))
    .where(and(eq(overdueItems.id, opts.id), eq(overdueItems.serviceId, opts.viewer.serviceId)));
  if (!row) throw notFound("Overdue item");
  return row;
}
