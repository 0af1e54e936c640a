import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { sqlValues } from "../db/sql.js";
import { ACTIVE_CASE_STATUSES } from "../casework/casework.rules.js";
import { conflictDeclarations, type staff, staffTraining } from "../staff/staff.table.js";
import { allocations, cases } from "../casework/casework.table.js";
import { referrals } from "../referral/referral.table.js";
import { children, people } from "../person/person.table.js";
import type { CaseDemand, StaffFacts } from "./allocation.rules.js";

export type StaffRow = typeof staff.$inferSelect;

/** Open caseload (allocations not ended, on cases not closed) per staff member and level. */
export async function openCaseload(q: Queryable, serviceId: string, staffIds: string[]) {
  if (staffIds.length === 0) return [];
  return q
    .select({ staffId: allocations.staffId, level: cases.level, count: sql<number>`count(*)::int` })
    .from(allocations)
    .innerJoin(cases, eq(cases.id, allocations.caseId))
    .where(
      and(
        eq(allocations.serviceId, serviceId),
        inArray(allocations.staffId, staffIds),
        isNull(allocations.endedAt),
        sql`${cases.status} in (${sqlValues(ACTIVE_CASE_STATUSES)})`,
      ),
    )
    .groupBy(allocations.staffId, cases.level);
}

/** Everything `blockingReasons` needs about each staff member, in three queries whatever the team size. */
export async function loadStaffFacts(q: Queryable, serviceId: string, members: StaffRow[]): Promise<Map<string, StaffFacts>> {
  const ids = members.map((m) => m.id);
  const [load, training, conflicts] = ids.length
    ? await Promise.all([
        openCaseload(q, serviceId, ids),
        q
          .select({ staffId: staffTraining.staffId, kind: staffTraining.kind, expiresOn: staffTraining.expiresOn })
          .from(staffTraining)
          .where(and(eq(staffTraining.serviceId, serviceId), inArray(staffTraining.staffId, ids))),
        q
          .select({
            staffId: conflictDeclarations.staffId,
            kind: conflictDeclarations.kind,
            subject: conflictDeclarations.subject,
            dateOfBirth: conflictDeclarations.dateOfBirth,
            postcode: conflictDeclarations.postcode,
            withdrawnOn: conflictDeclarations.withdrawnOn,
          })
          .from(conflictDeclarations)
          .where(and(eq(conflictDeclarations.serviceId, serviceId), inArray(conflictDeclarations.staffId, ids))),
      ])
    : [[], [], []];
  return new Map(
    members.map((m) => [
      m.id,
      {
        role: m.role,
        capacity: m.capacity,
        maxLevel: m.maxLevel,
        openAllocations: load.filter((l) => l.staffId === m.id).reduce((s, l) => s + Number(l.count), 0),
        dbsEnhanced: m.dbsEnhanced,
        dbsRenewalDueOn: m.dbsRenewalDueOn,
        dbsBarredListChecked: m.dbsBarredListChecked,
        confidentialitySignedOn: m.confidentialitySignedOn,
        training: training.filter((t) => t.staffId === m.id),
        conflicts: conflicts.filter((c) => c.staffId === m.id),
      },
    ]),
  );
}

/** The level, family names and education setting of a referral, for conflict and level checks. */
export async function loadCaseDemand(q: Queryable, serviceId: string, referralId: string): Promise<CaseDemand & { found: boolean }> {
  const [row] = await q
    .select({
      level: referrals.level,
      contactName: people.fullName,
      postcode: people.postcode,
      childName: children.fullName,
      childBorn: children.dateOfBirth,
      setting: children.educationSetting,
      referrerName: referrals.referrerName,
      referrerOrganisation: referrals.referrerOrganisation,
    })
    .from(referrals)
    .leftJoin(people, eq(people.id, referrals.personId))
    .leftJoin(children, eq(children.id, referrals.childId))
    .where(and(eq(referrals.id, referralId), eq(referrals.serviceId, serviceId)));
  if (!row) return { found: false };
  return {
    found: true,
    level: row.level,
    // The child lives with the contact: the contact's postcode identifies both.
    family: [
      { fullName: row.contactName, postcode: row.postcode },
      { fullName: row.childName, dateOfBirth: row.childBorn, postcode: row.postcode },
    ],
    educationSetting: row.setting,
    referrerName: row.referrerName,
    referrerOrganisation: row.referrerOrganisation,
  };
}
