import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { staff } from "../staff/staff.table.js";
import {
  activities,
  allocations,
  caseCoworkers,
  caseLevelChanges,
  caseReopenings,
  cases,
  conductIncidents,
  consents,
  meetings,
  activityExpenses,
} from "./casework.table.js";
import type {
  Activity,
  Allocation,
  CaseCoworker,
  CaseLevelChange,
  CaseReopening,
  ConductIncident,
  Consent,
  Meeting,
} from "./casework.model.js";
import { consentValidOn, isShortNotice } from "./casework.rules.js";
import { mayClaimExpense } from "./groupwork.rules.js";
import type { Viewer } from "../core/viewer.js";
import { can, Permission } from "../core/permissions.js";
import { notFound } from "../core/errors.js";
import { referrals } from "../referral/referral.table.js";
import { children } from "../person/person.table.js";
import { initialsOf } from "../person/person.rules.js";
import type { ConsentPartyType } from "../core/vocabulary.js";

type ConsentRow = typeof consents.$inferSelect;
type MeetingRow = typeof meetings.$inferSelect;

export const toConsent = (c: ConsentRow, today: string): Consent => ({
  id: c.id,
  caseId: c.caseId,
  partyName: c.partyName,
  partyOrganisation: c.partyOrganisation,
  partyType: c.partyType as ConsentPartyType,
  granted: c.granted,
  givenOn: c.givenOn,
  method: c.method,
  reviewOn: c.reviewOn,
  withdrawnOn: c.withdrawnOn,
  endedOn: c.endedOn,
  givenBy: c.givenBy,
  mayShare: c.mayShare,
  current: consentValidOn(c, today),
});

export const toMeeting = (m: MeetingRow, timeZone: string): Meeting => ({
  id: m.id,
  caseId: m.caseId,
  kind: m.kind,
  scheduledAt: m.scheduledAt,
  noticeReceivedOn: m.noticeReceivedOn,
  shortNotice: isShortNotice(m.scheduledAt, m.noticeReceivedOn, timeZone),
  status: m.status,
  familyPresent: m.familyPresent,
  keyPoints: m.keyPoints,
  actions: m.actions,
  followUpDueOn: m.followUpDueOn,
});

/** Activities, each with its expense claim for a viewer who may claim it (decision 047). */
export async function selectActivities(q: Queryable, viewer: Viewer, where: ReturnType<typeof and>): Promise<Activity[]> {
  const serviceId = viewer.serviceId;
  const writesAny = can(viewer.role, Permission.WriteCaseAny);
  const rows = await q
    .select({
      id: activities.id,
      caseId: activities.caseId,
      kind: activities.kind,
      occurredAt: activities.occurredAt,
      minutes: activities.minutes,
      withFamily: activities.withFamily,
      consentId: activities.consentId,
      partyName: consents.partyName,
      summary: activities.summary,
      staffId: activities.staffId,
      staffDisplayName: staff.displayName,
      expenseId: activityExpenses.id,
      incurredOn: activityExpenses.incurredOn,
      miles: activityExpenses.miles,
      amountPence: activityExpenses.amountPence,
      expenseNote: activityExpenses.note,
    })
    .from(activities)
    .innerJoin(staff, eq(staff.id, activities.staffId))
    .leftJoin(consents, eq(consents.id, activities.consentId))
    .leftJoin(activityExpenses, eq(activityExpenses.activityId, activities.id))
    .where(and(eq(activities.serviceId, serviceId), where))
    .orderBy(desc(activities.occurredAt), desc(activities.id));
  return rows.map(({ expenseId, incurredOn, miles, amountPence, expenseNote, ...a }) => {
    const viewerMayClaimExpense = mayClaimExpense({ didIt: a.staffId === viewer.staffId, writesAny });
    return {
      ...a,
      viewerMayClaimExpense,
      expense:
        viewerMayClaimExpense && expenseId && incurredOn != null && amountPence != null
          ? { id: expenseId, activityId: a.id, incurredOn, miles: Number(miles), amountPence, note: expenseNote }
          : null,
    };
  });
}

export async function selectConsents(q: Queryable, serviceId: string, caseId: string) {
  return q
    .select()
    .from(consents)
    .where(and(eq(consents.serviceId, serviceId), eq(consents.caseId, caseId)))
    .orderBy(desc(consents.givenOn), asc(consents.partyName));
}

export async function selectMeetings(q: Queryable, serviceId: string, caseId: string) {
  return q
    .select()
    .from(meetings)
    .where(and(eq(meetings.serviceId, serviceId), eq(meetings.caseId, caseId)))
    .orderBy(desc(meetings.scheduledAt));
}

export const conductIncidentColumns = {
  id: conductIncidents.id,
  caseId: conductIncidents.caseId,
  occurredOn: conductIncidents.occurredOn,
  description: conductIncidents.description,
  action: conductIncidents.action,
  signposting: conductIncidents.signposting,
  reviewStatus: conductIncidents.reviewStatus,
  reviewedAt: conductIncidents.reviewedAt,
  reviewNote: conductIncidents.reviewNote,
  letterSentOn: conductIncidents.letterSentOn,
  recordedAt: conductIncidents.recordedAt,
};

/** A case's conduct incidents, oldest first. */
export async function selectConductIncidents(q: Queryable, serviceId: string, caseId: string): Promise<ConductIncident[]> {
  return q
    .select(conductIncidentColumns)
    .from(conductIncidents)
    .where(and(eq(conductIncidents.serviceId, serviceId), eq(conductIncidents.caseId, caseId)))
    .orderBy(asc(conductIncidents.occurredOn), asc(conductIncidents.id));
}

const allocationColumns = {
  id: allocations.id,
  caseId: allocations.caseId,
  referralId: cases.referralId,
  referralReference: referrals.reference,
  level: cases.level,
  staffId: allocations.staffId,
  staffDisplayName: staff.displayName,
  kind: allocations.kind,
  allocatedAt: allocations.allocatedAt,
  acceptedAt: allocations.acceptedAt,
  endedAt: allocations.endedAt,
  childName: children.fullName,
  primaryNeed: children.primaryNeed,
  responseTargetAt: referrals.responseTargetAt,
  responseDeadlineAt: referrals.responseDeadlineAt,
  firstRespondedAt: referrals.firstRespondedAt,
};

/** Allocations joined to what the dashboard shows beside them; `where` is added to the service scope. */
export async function selectAllocations(
  q: Queryable,
  serviceId: string,
  where: ReturnType<typeof and>,
  limit?: number,
): Promise<Allocation[]> {
  const query = q
    .select(allocationColumns)
    .from(allocations)
    .innerJoin(cases, eq(cases.id, allocations.caseId))
    .innerJoin(referrals, eq(referrals.id, cases.referralId))
    .innerJoin(staff, eq(staff.id, allocations.staffId))
    .leftJoin(children, eq(children.id, referrals.childId))
    .where(and(eq(allocations.serviceId, serviceId), where))
    .orderBy(desc(allocations.allocatedAt), desc(allocations.id));
  const rows = limit ? await query.limit(limit) : await query;
  return rows.map(({ childName, ...r }) => ({ ...r, current: r.endedAt === null, childInitials: initialsOf(childName) }));
}

export async function getAllocation(q: Queryable, serviceId: string, id: string): Promise<Allocation> {
  const [row] = await selectAllocations(q, serviceId, eq(allocations.id, id));
  if (!row) throw notFound("Allocation");
  return row;
}

/**
 * The case of each referral (cases.referral_id is unique). Callers ask only about referrals the
 * viewer may see, whose case belongs to the same service.
 */
export async function caseIdsByReferral(q: Queryable, referralIds: string[]): Promise<Map<string, string>> {
  const rows = await q.select({ id: cases.id, referralId: cases.referralId }).from(cases).where(inArray(cases.referralId, referralIds));
  return new Map(rows.map((r) => [r.referralId, r.id]));
}

/** The case's level changes, oldest first. */
export async function selectLevelChanges(q: Queryable, serviceId: string, caseId: string): Promise<CaseLevelChange[]> {
  return q
    .select({
      id: caseLevelChanges.id,
      fromLevel: caseLevelChanges.fromLevel,
      toLevel: caseLevelChanges.toLevel,
      reason: caseLevelChanges.reason,
      changedByName: staff.displayName,
      changedAt: caseLevelChanges.changedAt,
    })
    .from(caseLevelChanges)
    .innerJoin(staff, eq(staff.id, caseLevelChanges.changedById))
    .where(and(eq(caseLevelChanges.serviceId, serviceId), eq(caseLevelChanges.caseId, caseId)))
    .orderBy(asc(caseLevelChanges.changedAt), asc(caseLevelChanges.id));
}

/** The case's co-workers and shadows, in the order they joined. */
export async function selectCoworkers(q: Queryable, serviceId: string, caseId: string): Promise<CaseCoworker[]> {
  return q
    .select({
      id: caseCoworkers.id,
      staffId: caseCoworkers.staffId,
      staffDisplayName: staff.displayName,
      role: caseCoworkers.role,
      addedAt: caseCoworkers.addedAt,
      endedAt: caseCoworkers.endedAt,
    })
    .from(caseCoworkers)
    .innerJoin(staff, eq(staff.id, caseCoworkers.staffId))
    .where(and(eq(caseCoworkers.serviceId, serviceId), eq(caseCoworkers.caseId, caseId)))
    .orderBy(asc(caseCoworkers.addedAt), asc(caseCoworkers.id));
}

/** The case's reopenings, oldest first. */
export async function selectReopenings(q: Queryable, serviceId: string, caseId: string): Promise<CaseReopening[]> {
  return q
    .select({
      id: caseReopenings.id,
      previousClosedAt: caseReopenings.previousClosedAt,
      previousClosureReason: caseReopenings.previousClosureReason,
      reason: caseReopenings.reason,
      reopenedAt: caseReopenings.reopenedAt,
    })
    .from(caseReopenings)
    .where(and(eq(caseReopenings.serviceId, serviceId), eq(caseReopenings.caseId, caseId)))
    .orderBy(asc(caseReopenings.reopenedAt));
}
