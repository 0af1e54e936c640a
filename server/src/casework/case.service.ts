import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db, Queryable } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { can, Permission } from "../core/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import { conflict, forbidden, notFound } from "../core/errors.js";
import { assertId } from "../core/input.js";
import { getService } from "../service/service.service.js";
import { selectReferralPage } from "../referral/referral.query.js";
import { serviceToday } from "../service/service-calendar.js";
import { allocations, caseCoworkers, cases, mentalCapacityAssessments } from "./casework.table.js";
import {
  selectActivities,
  selectAllocations,
  selectConductIncidents,
  selectConsents,
  selectCoworkers,
  selectLevelChanges,
  selectMeetings,
  selectReopenings,
  toConsent,
  toMeeting,
} from "./case.query.js";
import { activities } from "./casework.table.js";
import type { Case } from "./casework.model.js";
import { decisionMakerWithCapacity, isClosed, jointWorkerMayWrite } from "./casework.rules.js";
import { theRow } from "../db/rows.js";

export type CaseRow = typeof cases.$inferSelect;

/** Fields of a case view, as recorded in the audit trail. */
export const CASE_FIELDS = [
  "referral",
  "allocations",
  "activities",
  "consents",
  "meetings",
  "conductIncidents",
  "safeguardingConcerns",
  "closure",
  "levelChanges",
  "coworkers",
  "reopenings",
  "capacityAssessments",
];

/**
 * The case, if the viewer may see it: managers any case of their service; officers and volunteers
 * only cases allocated to them now or before (read-only once reallocated). Another service's case
 * is NOT_FOUND. `write` also refuses a closed case (CONFLICT) and a former holder (FORBIDDEN), and
 * locks the case row so concurrent changes to one case serialise.
 */
export async function requireCaseAccess(
  q: Queryable,
  viewer: Viewer,
  caseId: string,
  mode: "read" | "write",
): Promise<{ row: CaseRow; readOnly: boolean }> {
  const query = q
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), eq(cases.serviceId, viewer.serviceId)));
  const [row] = mode === "write" ? await query.for("update") : await query;
  if (!row) throw notFound("Case");
  let holdsNow: boolean;
  if (can(viewer.role, Permission.ReadCaseAny)) {
    holdsNow = can(viewer.role, Permission.WriteCaseAny);
  } else if (can(viewer.role, Permission.ReadCaseOwn)) {
    const mine = await q
      .select({ endedAt: allocations.endedAt })
      .from(allocations)
      .where(and(eq(allocations.caseId, caseId), eq(allocations.staffId, viewer.staffId)));
    // Joint working [004 2.2B3]: a co-worker works the case with its holder; a shadow reads it.
    const joint = await q
      .select({ role: caseCoworkers.role, endedAt: caseCoworkers.endedAt })
      .from(caseCoworkers)
      .where(and(eq(caseCoworkers.caseId, caseId), eq(caseCoworkers.staffId, viewer.staffId)));
    if (mine.length === 0 && joint.length === 0) throw forbidden("This case is not allocated to you.");
    holdsNow =
      (mine.some((a) => a.endedAt === null) || joint.some((j) => j.endedAt === null && jointWorkerMayWrite(j.role))) &&
      can(viewer.role, Permission.WriteCaseOwn);
  } else {
    throw forbidden();
  }
  if (mode === "write") {
    if (!holdsNow) throw forbidden("This case is no longer allocated to you; you can read it but not change it.");
    if (isClosed(row.status)) throw conflict("This case is closed.");
  }
  return { row, readOnly: !holdsNow || isClosed(row.status) };
}

/** One case with its history, as the viewer may see it; the read is audited in the same transaction. */
export async function getCase(opts: { db: Db; viewer: Viewer; id: string; now: Date; correlationId: string }): Promise<Case> {
  const id = assertId("id", opts.id);
  const { viewer } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  const today = serviceToday(service, opts.now);
  const tz = service.officeHours.timeZone;
  return opts.db.transaction(async (tx) => {
    const { row, readOnly } = await requireCaseAccess(tx, viewer, id, "read");
    const page = await selectReferralPage(tx, {
      serviceId: viewer.serviceId,
      asOf: opts.now,
      where: [sql`r.id = ${row.referralId}::uuid`],
      limit: 1,
      audit: { action: "referral.read", actorStaffId: viewer.staffId, correlationId: opts.correlationId },
    });
    // Every case has its referral, in the same service (erasure keeps the row).
    const referral = theRow(page.items, "the case's referral").referral;
    const allocationRows = await selectAllocations(tx, viewer.serviceId, eq(allocations.caseId, id));
    // An activity voided as entered in error stays for audit but leaves the timeline (issue 19).
    const activityRows = await selectActivities(tx, viewer, and(eq(activities.caseId, id), isNull(activities.voidedAt)));
    const consentRows = await selectConsents(tx, viewer.serviceId, id);
    const meetingRows = await selectMeetings(tx, viewer.serviceId, id);
    const conduct = await selectConductIncidents(tx, viewer.serviceId, id);
    const levelChanges = await selectLevelChanges(tx, viewer.serviceId, id);
    const coworkers = await selectCoworkers(tx, viewer.serviceId, id);
    const reopenings = await selectReopenings(tx, viewer.serviceId, id);
    const capacityAssessments = await tx
      .select({
        id: mentalCapacityAssessments.id,
        hasCapacity: mentalCapacityAssessments.hasCapacity,
        assessedOn: mentalCapacityAssessments.assessedOn,
        assessedBy: mentalCapacityAssessments.assessedBy,
        notes: mentalCapacityAssessments.notes,
      })
      .from(mentalCapacityAssessments)
      .where(and(eq(mentalCapacityAssessments.serviceId, viewer.serviceId), eq(mentalCapacityAssessments.caseId, id)))
      .orderBy(desc(mentalCapacityAssessments.assessedOn), desc(mentalCapacityAssessments.createdAt));
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.read",
      entityType: "case",
      entityId: id,
      fields: CASE_FIELDS,
      correlationId: opts.correlationId,
    });
    return {
      id: row.id,
      status: row.status,
      level: row.level,
      openedAt: row.openedAt,
      lastActivityAt: row.lastActivityAt,
      readOnly,
      referral,
      decisionMaker: decisionMakerWithCapacity(referral.decisionMaker, capacityAssessments[0] ?? null),
      currentAllocation: allocationRows.find((a) => a.current) ?? null,
      allocations: allocationRows,
      activities: activityRows,
      totalMinutes: activityRows.reduce((s, a) => s + a.minutes, 0),
      consents: consentRows.map((c) => toConsent(c, today)),
      meetings: meetingRows.map((m) => toMeeting(m, tz)),
      missedMeetings: row.missedMeetings,
      putForwardForClosureAt: row.putForwardForClosureAt,
      conductIncidents: conduct,
      closedAt: row.closedAt,
      closureReason: row.closureReason,
      closureNote: row.closureNote,
      levelChanges,
      coworkers,
      reopenings,
      viewerManages: can(viewer.role, Permission.AllocateReferral),
      capacityAssessments,
    };
  });
}
