import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { recordAudit } from "../audit/audit.service.js";
import { notFound } from "../core/errors.js";
import { children, people } from "../person/person.table.js";
import { keyDates, referrals } from "../referral/referral.table.js";
import {
  activities,
  activityExpenses,
  sessionAttendees,
  allocations,
  caseLevelChanges,
  caseReopenings,
  cases,
  conductIncidents,
  consents,
  meetings,
  mentalCapacityAssessments,
} from "../casework/casework.table.js";
import { idempotencyKeys } from "../idempotency/idempotency.table.js";
import { safeguardingConcerns } from "../safeguarding/safeguarding.table.js";
import { overdueItems } from "../overdue/overdue.table.js";
import { recordCorrections } from "../records/records.table.js";
import { assertId } from "../core/input.js";
import { eraseDocumentsOf } from "../documents/document.service.js";
import { ERASED, PERSONAL_COLUMNS } from "./dataprotection.rules.js";
import type { ErasureResult } from "./dataprotection.model.js";

/** Remove a family's personal data everywhere; idempotent; statistics are unchanged. */
export async function eraseServiceUser(opts: { db: Db; viewer: Viewer; personId: string; now: Date }): Promise<ErasureResult> {
  const personId = assertId("personId", opts.personId);
  return opts.db.transaction(async (tx) => {
    const [person] = await tx
      .select({ id: people.id, erasedAt: people.erasedAt })
      .from(people)
      .where(and(eq(people.id, personId), eq(people.serviceId, opts.viewer.serviceId)));
    if (!person) throw notFound("Person");
    const result = await erasePeople(tx, opts.viewer.serviceId, [person.id], person.erasedAt ?? opts.now);
    await recordAudit(tx, {
      serviceId: opts.viewer.serviceId,
      actorStaffId: opts.viewer.staffId,
      action: "person.erase",
      entityType: "person",
      entityId: person.id,
      fields: Object.keys(PERSONAL_COLUMNS),
    });
    return { personId: person.id, referralsErased: result.referrals, erasedAt: person.erasedAt ?? opts.now };
  });
}

/** The erasure itself, for one or many people of one service (the retention job erases in bulk). */
export async function erasePeople(tx: Tx, serviceId: string, requested: string[], at: Date) {
  if (requested.length === 0) return { referrals: 0 };
  // A duplicate merged into a person is the same person: erased with them (issue 19).
  const merged = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.serviceId, serviceId), inArray(people.mergedIntoId, requested)));
  const personIds = [...new Set([...requested, ...merged.map((m) => m.id)])];
  // Their documents' bytes and names (decision 038).
  await eraseDocumentsOf(tx, serviceId, personIds, at);
  // The history of corrections holds previous values: erased too.
  await tx
    .update(recordCorrections)
    .set({ previousValue: null, newValue: null, reason: null })
    .where(and(eq(recordCorrections.serviceId, serviceId), inArray(recordCorrections.personId, personIds)));
  const refs = await tx
    .select({ id: referrals.id, childId: referrals.childId, reference: referrals.reference })
    .from(referrals)
    .where(and(eq(referrals.serviceId, serviceId), inArray(referrals.personId, personIds)));
  const referralIds = refs.map((r) => r.id);
  const childIds = refs.map((r) => r.childId).filter((id): id is string => id !== null);

  await tx
    .update(people)
    .set({
      fullName: null,
      email: null,
      phone: null,
      address: null,
      postcode: null,
      interpreterLanguage: null,
      accessibilityNeeds: [],
      erasedAt: sql`coalesce(${people.erasedAt}, ${at.toISOString()}::timestamptz)`,
    })
    .where(and(eq(people.serviceId, serviceId), inArray(people.id, personIds)));
  if (childIds.length) {
    await tx
      .update(children)
      .set({
        fullName: null,
        dateOfBirth: null,
        educationSetting: null,
        needsOverview: null,
        erasedAt: sql`coalesce(${children.erasedAt}, ${at.toISOString()}::timestamptz)`,
      })
      .where(and(eq(children.serviceId, serviceId), inArray(children.id, childIds)));
  }
  if (referralIds.length === 0) return { referrals: 0 };
  await tx
    .update(referrals)
    .set({
      referrerName: null,
      referrerOrganisation: null,
      reasonForReferral: null,
      ineligibleReason: null,
      signposting: null,
      priorityOverrideReason: null,
      triageNotes: null,
      erasedAt: sql`coalesce(${referrals.erasedAt}, ${at.toISOString()}::timestamptz)`,
    })
    .where(inArray(referrals.id, referralIds));
  await tx.update(keyDates).set({ notes: null, voidReason: null }).where(inArray(keyDates.referralId, referralIds));
  await tx.update(safeguardingConcerns).set({ summary: null, outcome: null }).where(inArray(safeguardingConcerns.referralId, referralIds));
  // Nothing is left to act on: the family's open overdue items are cleared as of the erasure, and
  // every item keeps only the reference as its label.
  await tx
    .update(overdueItems)
    .set({
      label: sql`'Erased record — ' || (select r.reference from referrals r where r.id = ${overdueItems.referralId})`,
      clearedAt: sql`coalesce(${overdueItems.clearedAt}, ${at.toISOString()}::timestamptz)`,
    })
    .where(inArray(overdueItems.referralId, referralIds));

  const caseRows = await tx.select({ id: cases.id }).from(cases).where(inArray(cases.referralId, referralIds));
  const caseIds = caseRows.map((c) => c.id);
  if (caseIds.length) {
    await tx.update(cases).set({ closureNote: null }).where(inArray(cases.id, caseIds));
    // A family erased is no longer worked with: an open case is closed (reason OTHER) as of the
    // erasure, its allocation ended, and its referral closed, as `closeCase` would.
    const open = await tx
      .update(cases)
      .set({ status: "CLOSED", closedAt: at, closureReason: "OTHER" })
      .where(and(inArray(cases.id, caseIds), ne(cases.status, "CLOSED")))
      .returning({ id: cases.id, referralId: cases.referralId });
    if (open.length) {
      await tx
        .update(allocations)
        .set({ endedAt: at })
        .where(
          and(
            inArray(
              allocations.caseId,
              open.map((c) => c.id),
            ),
            isNull(allocations.endedAt),
          ),
        );
      await tx
        .update(referrals)
        .set({ status: "CLOSED", updatedAt: at })
        .where(
          inArray(
            referrals.id,
            open.map((c) => c.referralId),
          ),
        );
    }
    await tx.update(activities).set({ summary: null, voidReason: null }).where(inArray(activities.caseId, caseIds));
    await tx.update(consents).set({ partyName: ERASED, partyOrganisation: null, mayShare: null }).where(inArray(consents.caseId, caseIds));
    await tx.update(meetings).set({ kind: ERASED, keyPoints: null, actions: null }).where(inArray(meetings.caseId, caseIds));
    await tx
      .update(conductIncidents)
      .set({ description: null, signposting: null, reviewNote: null })
      .where(inArray(conductIncidents.caseId, caseIds));
    await tx
      .update(activityExpenses)
      .set({ note: null })
      .where(
        sql`${activityExpenses.activityId} in (select id from activities where case_id in (${sql.join(
          caseIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}))`,
      );
    await tx.update(caseLevelChanges).set({ reason: ERASED }).where(inArray(caseLevelChanges.caseId, caseIds));
    await tx.update(caseReopenings).set({ reason: ERASED }).where(inArray(caseReopenings.caseId, caseIds));
    await tx
      .update(mentalCapacityAssessments)
      .set({ assessedBy: ERASED, notes: null })
      .where(inArray(mentalCapacityAssessments.caseId, caseIds));
  }
  // Links to group sessions go; the session's attendance count (a number) stays.
  await tx.delete(sessionAttendees).where(inArray(sessionAttendees.personId, personIds));
  // A stored answer kept for a retry (decision 027, at most a day) is a copy of what it answered:
  // any that names one of the family's records goes too.
  const named = [...personIds, ...childIds, ...referralIds, ...caseIds].map((id) => `%${id}%`);
  await tx.delete(idempotencyKeys).where(sql`${idempotencyKeys.body} like any(${sql.param(named)}::text[])`);
  return { referrals: referralIds.length };
}
