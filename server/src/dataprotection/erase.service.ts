import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { recordAudit } from "../audit/audit.service.js";
import { notFound } from "../core/errors.js";
import { children, people } from "../person/person.table.js";
import { keyDates, referrals } from "../referral/referral.table.js";
import { activities, cases, conductIncidents, consents, meetings } from "../casework/casework.table.js";
import { safeguardingConcerns } from "../safeguarding/safeguarding.table.js";
import { overdueItems } from "../overdue/overdue.table.js";
import { recordCorrections } from "../records/records.table.js";
import { assertId } from "../core/input.js";
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
  await tx.update(keyDates).set({ notes: null }).where(inArray(keyDates.referralId, referralIds));
  await tx.update(safeguardingConcerns).set({ summary: null, outcome: null }).where(inArray(safeguardingConcerns.referralId, referralIds));
  await tx
    .update(overdueItems)
    .set({ label: sql`'Erased record — ' || (select r.reference from referrals r where r.id = ${overdueItems.referralId})` })
    .where(inArray(overdueItems.referralId, referralIds));

  const caseRows = await tx.select({ id: cases.id }).from(cases).where(inArray(cases.referralId, referralIds));
  const caseIds = caseRows.map((c) => c.id);
  if (caseIds.length) {
    await tx.update(cases).set({ closureNote: null }).where(inArray(cases.id, caseIds));
    await tx.update(activities).set({ summary: null, voidReason: null }).where(inArray(activities.caseId, caseIds));
    await tx.update(consents).set({ partyName: ERASED, partyOrganisation: null }).where(inArray(consents.caseId, caseIds));
    await tx.update(meetings).set({ keyPoints: null, actions: null }).where(inArray(meetings.caseId, caseIds));
    await tx.update(conductIncidents).set({ description: null, signposting: null }).where(inArray(conductIncidents.caseId, caseIds));
  }
  return { referrals: referralIds.length };
}
