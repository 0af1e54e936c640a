import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db, Queryable, Tx } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { Permission, can } from "../core/permissions.js";
import { assertId, parseInput } from "../core/input.js";
import { DomainError, ErrorCode, badInput, conflict, forbidden, notFound } from "../core/errors.js";
import { needsFamilyConsent } from "../referral/referral.rules.js";
import { executeRows } from "../db/rows.js";
import { recordAudit, type AuditAction } from "../audit/audit.service.js";
import { localDate } from "../clock/calendar-date.js";
import { children } from "../person/person.table.js";
import { keyDates, referrals } from "../referral/referral.table.js";
import { services } from "../service/service.table.js";
import { activities, cases, consents } from "../casework/casework.table.js";
import { logActivitySchema, recordConsentSchema } from "../casework/casework.validation.js";
import { AGE_AT_REFERRAL, ageInYears, deriveStatutoryDates, isWithinAge } from "../triage/triage.rules.js";
import { recordCorrections } from "./records.table.js";
import {
  ACTIVITY_FIELDS,
  CHILD_FIELDS,
  CONSENT_FIELDS,
  KEY_DATE_FIELDS,
  REFERRAL_FIELDS,
  correctActivitySchema,
  correctChildSchema,
  correctConsentSchema,
  correctKeyDateSchema,
  correctReferralSchema,
  givenFields,
  referralDetailsSchema,
  voidKeyDateSchema,
  type CorrectActivityInput,
  type CorrectChildInput,
  type CorrectConsentInput,
  type CorrectKeyDateInput,
  type CorrectReferralInput,
  type VoidKeyDateInput,
} from "./correction.validation.js";
import { personCorrectable, voidable } from "./records.rules.js";
import { getPersonRecord } from "./person.service.js";
import type { PersonRecord } from "./person.model.js";

/*
 * Corrections with history (issue 19, decision 043): child, referral, activity, key date and consent
 * details. Each correction is validated like the entry it corrects, changes only what differs, keeps
 * one record_corrections row per field (previous value, new value, who, when, why) and is audited.
 * Statistics follow by the rollup triggers: a referral's channel, source, stage, level or age at
 * referral, a child's primary need, an activity's kind, time or minutes are the columns they watch.
 * Every correction answers the family record, refreshed.
 */

type Opts<I> = { db: Db; viewer: Viewer; input: I; now: Date; correlationId: string };
type Change = { field: string; previous: unknown; next: unknown };

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : (a ?? null) === (b ?? null);

const json = (v: unknown) => (v instanceof Date ? v.toISOString() : (v ?? null));

/** The fields the merged, validated values change. */
function changesOf<T extends Record<string, unknown>>(current: T, next: Record<string, unknown>, fields: readonly string[]): Change[] {
  return fields.flatMap((field) => (same(current[field], next[field]) ? [] : [{ field, previous: current[field], next: next[field] }]));
}

async function keepHistory(
  tx: Tx,
  viewer: Viewer,
  what: { entityType: string; entityId: string; personId: string | null; action: AuditAction; auditEntity: string },
  changes: Change[],
  reason: string,
  now: Date,
  correlationId: string,
) {
  if (changes.length === 0) throw conflict("Nothing changed: the record already says this.");
  await tx.insert(recordCorrections).values(
    changes.map((c) => ({
      serviceId: viewer.serviceId,
      entityType: what.entityType,
      entityId: what.entityId,
      personId: what.personId,
      field: c.field,
      previousValue: json(c.previous),
      newValue: json(c.next),
      reason,
      changedById: viewer.staffId,
      changedAt: now,
    })),
  );
  await recordAudit(tx, {
    serviceId: viewer.serviceId,
    actorStaffId: viewer.staffId,
    action: what.action,
    entityType: what.auditEntity,
    entityId: what.entityId,
    fields: changes.map((c) => c.field),
    correlationId,
  });
}

async function timeZoneOf(q: Queryable, serviceId: string): Promise<string> {
  const [row] = await q.select({ officeHours: services.officeHours }).from(services).where(eq(services.id, serviceId));
  return row?.officeHours.timeZone ?? "Europe/London";
}

/** Whether the viewer entered the referral or holds its case now. */
async function theirs(q: Queryable, viewer: Viewer, referralId: string): Promise<boolean> {
  const [row] = await executeRows<{ theirs: boolean }>(
    q,
    sql`select exists (
      select 1 from referrals r where r.id = ${referralId}::uuid and (r.created_by_id = ${viewer.staffId}::uuid or exists (
        select 1 from cases k join allocations al on al.case_id = k.id
        where k.referral_id = r.id and al.staff_id = ${viewer.staffId}::uuid and al.ended_at is null))
    ) as theirs`,
  );
  return Boolean(row?.theirs);
}

async function holdsCase(q: Queryable, viewer: Viewer, caseId: string): Promise<boolean> {
  const [row] = await executeRows<{ holds: boolean }>(
    q,
    sql`select exists (select 1 from allocations where case_id = ${caseId}::uuid and staff_id = ${viewer.staffId}::uuid and ended_at is null) as holds`,
  );
  return Boolean(row?.holds);
}

type ReferralRow = typeof referrals.$inferSelect;

/** A referral of the viewer's service they may correct (managers, or whoever entered or holds it), locked. */
async function referralForCorrection(tx: Tx, viewer: Viewer, referralId: string): Promise<ReferralRow> {
  const [row] = await tx
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, referralId), eq(referrals.serviceId, viewer.serviceId)))
    .for("update");
  if (!row) throw notFound("Referral");
  const writesAny = can(viewer.role, Permission.WriteCaseAny);
  if (!personCorrectable({ writesAny, theirs: writesAny || (await theirs(tx, viewer, row.id)) }))
    throw forbidden("This family is not one you entered or hold.");
  if (row.erasedAt) throw conflict("This record has been erased.");
  return row;
}

const familyOf = (opts: Opts<unknown>, personId: string | null): Promise<PersonRecord> => {
  if (!personId) throw conflict("This record has no family record to show.");
  return getPersonRecord({ db: opts.db, viewer: opts.viewer, personId, correlationId: opts.correlationId });
};

/** Correct the child's details on a referral; a new date of birth moves the age at referral (and the statistics' age band). */
export async function correctChild(opts: Opts<CorrectChildInput>): Promise<PersonRecord> {
  const { viewer, now } = opts;
  const referralId = assertId("input.referralId", opts.input.referralId);
  const personId = await opts.db.transaction(async (tx) => {
    const referral = await referralForCorrection(tx, viewer, referralId);
    const timeZone = await timeZoneOf(tx, viewer.serviceId);
    const input = parseInput(correctChildSchema(referral.receivedAt, timeZone), opts.input);
    if (!referral.childId) throw conflict("No child or young person is recorded on this referral.");
    const [child] = await tx.select().from(children).where(eq(children.id, referral.childId)).for("update");
    if (!child || child.erasedAt) throw conflict("This record has been erased.");
    const given = givenFields(opts.input, CHILD_FIELDS);
    const next: Record<string, unknown> = { ...child, ...Object.fromEntries(given.map((f) => [f, input[f]])) };
    const changes = changesOf(child, next, CHILD_FIELDS);
    const dob = next.dateOfBirth as string | null;
    if (dob && !same(dob, child.dateOfBirth) && referral.eligibility !== "INELIGIBLE") {
      const age = ageInYears(dob, referral.receivedAt, timeZone);
      if (!isWithinAge(age))
        throw badInput(
          "input.dateOfBirth",
          `With this date of birth the young person was ${age} when the referral arrived; we support ${AGE_AT_REFERRAL.min} to ${AGE_AT_REFERRAL.max}. Record the referral as not eligible, with signposting, first.`,
        );
    }
    await keepHistory(
      tx,
      viewer,
      { entityType: "child", entityId: child.id, personId: referral.personId, action: "child.correct", auditEntity: "child" },
      changes,
      input.reason,
      now,
      opts.correlationId,
    );
    await tx
      .update(children)
      .set(Object.fromEntries(changes.map((c) => [c.field, c.next])))
      .where(eq(children.id, child.id));
    if (changes.some((c) => c.field === "dateOfBirth") && dob) {
      // Every referral about this child: its age when it arrived, which the statistics band.
      const about = await tx
        .select({ id: referrals.id, receivedAt: referrals.receivedAt })
        .from(referrals)
        .where(and(eq(referrals.childId, child.id), eq(referrals.serviceId, viewer.serviceId)));
      for (const r of about)
        await tx
          .update(referrals)
          .set({ ageAtReferral: ageInYears(dob, r.receivedAt, timeZone) })
          .where(eq(referrals.id, r.id));
    }
    return referral.personId;
  });
  return familyOf(opts, personId);
}

/** Correct a referral's own details (channel, source, referrer, reason, stage…), checked as staff intake checks them. */
export async function correctReferral(opts: Opts<CorrectReferralInput>): Promise<PersonRecord> {
  const { viewer, now } = opts;
  const referralId = assertId("input.referralId", opts.input.referralId);
  const personId = await opts.db.transaction(async (tx) => {
    const referral = await referralForCorrection(tx, viewer, referralId);
    const timeZone = await timeZoneOf(tx, viewer.serviceId);
    const input = parseInput(correctReferralSchema(referral.receivedAt, timeZone), opts.input);
    const given = givenFields(opts.input, REFERRAL_FIELDS);
    const merged = { ...pick(referral, REFERRAL_FIELDS), ...Object.fromEntries(given.map((f) => [f, input[f]])) };
    const next = parseInput(referralDetailsSchema(referral.receivedAt, timeZone), merged);
    // As at intake: a professional's referral needs the family's consent to share, confirmed by the referrer.
    if (needsFamilyConsent(next.source) && !referral.familyConsentedToShare)
      throw new DomainError(
        ErrorCode.FAMILY_CONSENT_REQUIRED,
        "A professional referral needs the family's consent to share, obtained by the referrer; it was not recorded on this referral.",
        { field: "input.source" },
      );
    const changes = changesOf(referral, next, REFERRAL_FIELDS);
    await keepHistory(
      tx,
      viewer,
      { entityType: "referral", entityId: referral.id, personId: referral.personId, action: "referral.correct", auditEntity: "referral" },
      changes,
      input.reason,
      now,
      opts.correlationId,
    );
    await tx
      .update(referrals)
      .set(Object.fromEntries(changes.map((c) => [c.field, c.next])))
      .where(eq(referrals.id, referral.id));
    return referral.personId;
  });
  return familyOf(opts, personId);
}

function pick<T extends Record<string, unknown>>(row: T, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, row[f] ?? null]));
}

/** The case and family of a case's entry, with whether the viewer may correct it (managers, or the case's holder now). */
async function caseEntryAccess(tx: Tx, viewer: Viewer, caseId: string) {
  const [row] = await tx
    .select({ personId: referrals.personId, erasedAt: referrals.erasedAt })
    .from(cases)
    .innerJoin(referrals, eq(referrals.id, cases.referralId))
    .where(eq(cases.id, caseId));
  const holds = await holdsCase(tx, viewer, caseId);
  if (!voidable({ writesAny: can(viewer.role, Permission.WriteCaseAny), holds, recordedBySelf: false }))
    throw forbidden("Only the case's holder or a manager can correct its entries.");
  if (!row || row.erasedAt) throw conflict("This record has been erased.");
  return row.personId;
}

/** Correct an activity (kind, when, minutes, with the family, summary); the hours statistics follow. */
export async function correctActivity(opts: Opts<CorrectActivityInput>): Promise<PersonRecord> {
  const { viewer, now } = opts;
  const activityId = assertId("input.activityId", opts.input.activityId);
  const personId = await opts.db.transaction(async (tx) => {
    const [activity] = await tx
      .select()
      .from(activities)
      .where(and(eq(activities.id, activityId), eq(activities.serviceId, viewer.serviceId)))
      .for("update");
    if (!activity) throw notFound("Activity");
    const personId = await caseEntryAccess(tx, viewer, activity.caseId);
    if (activity.voidedAt) throw conflict("This entry is void; it cannot be corrected.");
    const input = parseInput(correctActivitySchema(now), opts.input);
    const given = givenFields(opts.input, ACTIVITY_FIELDS);
    const merged = {
      caseId: activity.caseId,
      consentId: activity.consentId,
      ...pick(activity, ACTIVITY_FIELDS),
      ...Object.fromEntries(given.map((f) => [f, input[f]])),
    };
    const next = parseInput(logActivitySchema(now), merged);
    const changes = changesOf(activity, next, ACTIVITY_FIELDS);
    await keepHistory(
      tx,
      viewer,
      { entityType: "activity", entityId: activity.id, personId, action: "case.activity.correct", auditEntity: "activity" },
      changes,
      input.reason,
      now,
      opts.correlationId,
    );
    await tx
      .update(activities)
      .set(Object.fromEntries(changes.map((c) => [c.field, c.next])))
      .where(eq(activities.id, activity.id));
    return personId;
  });
  return familyOf(opts, personId);
}

type KeyDateRow = typeof keyDates.$inferSelect;

async function keyDateForCorrection(tx: Tx, viewer: Viewer, keyDateId: string): Promise<{ date: KeyDateRow; referral: ReferralRow }> {
  const [date] = await tx
    .select()
    .from(keyDates)
    .where(and(eq(keyDates.id, keyDateId), eq(keyDates.serviceId, viewer.serviceId)))
    .for("update");
  if (!date) throw notFound("Key date");
  const referral = await referralForCorrection(tx, viewer, date.referralId);
  if (date.voidedAt) throw conflict("This date is void; it cannot be changed.");
  if (date.derivedFromId) throw conflict("This date is worked out from another key date: correct that one.");
  return { date, referral };
}

/** Void the statutory dates worked out from a key date (they are worked out again, or go with it). */
async function voidDerived(tx: Tx, viewer: Viewer, keyDateId: string, now: Date, reason: string) {
  await tx
    .update(keyDates)
    .set({ voidedAt: now, voidedById: viewer.staffId, voidReason: reason })
    .where(and(eq(keyDates.derivedFromId, keyDateId), isNull(keyDates.voidedAt)));
}

/** Correct a key date (kind, day, notes); the statutory dates worked out from it are worked out again. */
export async function correctKeyDate(opts: Opts<CorrectKeyDateInput>): Promise<PersonRecord> {
  const { viewer, now } = opts;
  const keyDateId = assertId("input.keyDateId", opts.input.keyDateId);
  const personId = await opts.db.transaction(async (tx) => {
    const { date, referral } = await keyDateForCorrection(tx, viewer, keyDateId);
    const input = parseInput(correctKeyDateSchema, opts.input);
    const given = givenFields(opts.input, KEY_DATE_FIELDS);
    const next = { ...pick(date, KEY_DATE_FIELDS), ...Object.fromEntries(given.map((f) => [f, input[f as keyof typeof input]])) };
    const changes = changesOf(date, next, KEY_DATE_FIELDS);
    await keepHistory(
      tx,
      viewer,
      {
        entityType: "key_date",
        entityId: date.id,
        personId: referral.personId,
        action: "referral.key-date.correct",
        auditEntity: "key_date",
      },
      changes,
      input.reason,
      now,
      opts.correlationId,
    );
    await tx
      .update(keyDates)
      .set(Object.fromEntries(changes.map((c) => [c.field, c.next])))
      .where(eq(keyDates.id, date.id));
    if (changes.some((c) => c.field === "kind" || c.field === "on")) {
      await voidDerived(tx, viewer, date.id, now, "Worked out again from the corrected date.");
      const derived = deriveStatutoryDates(next.kind as KeyDateRow["kind"], next.on as string);
      if (derived.length)
        await tx.insert(keyDates).values(
          derived.map((x) => ({
            serviceId: viewer.serviceId,
            referralId: date.referralId,
            kind: x.kind,
            on: x.on,
            notes: x.rule,
            derivedFromId: date.id,
          })),
        );
    }
    return referral.personId;
  });
  return familyOf(opts, personId);
}

/** Void a key date entered in error, with the dates worked out from it; a date it replaced is current again. */
export async function voidKeyDate(opts: Opts<VoidKeyDateInput>): Promise<PersonRecord> {
  const { viewer, now } = opts;
  const keyDateId = assertId("input.keyDateId", opts.input.keyDateId);
  const personId = await opts.db.transaction(async (tx) => {
    const { date, referral } = await keyDateForCorrection(tx, viewer, keyDateId);
    const input = parseInput(voidKeyDateSchema, opts.input);
    await tx.update(keyDates).set({ voidedAt: now, voidedById: viewer.staffId, voidReason: input.reason }).where(eq(keyDates.id, date.id));
    await voidDerived(tx, viewer, date.id, now, input.reason);
    await tx.update(keyDates).set({ supersededById: null }).where(eq(keyDates.supersededById, date.id));
    await keepHistory(
      tx,
      viewer,
      { entityType: "key_date", entityId: date.id, personId: referral.personId, action: "referral.key-date.void", auditEntity: "key_date" },
      [{ field: "voided", previous: false, next: true }],
      input.reason,
      now,
      opts.correlationId,
    );
    return referral.personId;
  });
  return familyOf(opts, personId);
}

/** Correct a consent (party, dates, method, what may be shared), checked as when it was recorded. */
export async function correctConsent(opts: Opts<CorrectConsentInput>): Promise<PersonRecord> {
  const { viewer, now } = opts;
  const consentId = assertId("input.consentId", opts.input.consentId);
  const personId = await opts.db.transaction(async (tx) => {
    const [consent] = await tx
      .select()
      .from(consents)
      .where(and(eq(consents.id, consentId), eq(consents.serviceId, viewer.serviceId)))
      .for("update");
    if (!consent) throw notFound("Consent");
    const personId = await caseEntryAccess(tx, viewer, consent.caseId);
    const today = localDate(now, await timeZoneOf(tx, viewer.serviceId));
    const input = parseInput(correctConsentSchema(today), opts.input);
    const given = givenFields(opts.input, CONSENT_FIELDS);
    const merged = { caseId: consent.caseId, ...pick(consent, CONSENT_FIELDS), ...Object.fromEntries(given.map((f) => [f, input[f]])) };
    const next = parseInput(recordConsentSchema(today), merged);
    const changes = changesOf(consent, next, CONSENT_FIELDS);
    await keepHistory(
      tx,
      viewer,
      { entityType: "consent", entityId: consent.id, personId, action: "case.consent.correct", auditEntity: "consent" },
      changes,
      input.reason,
      now,
      opts.correlationId,
    );
    await tx
      .update(consents)
      .set(Object.fromEntries(changes.map((c) => [c.field, c.next])))
      .where(eq(consents.id, consent.id));
    return personId;
  });
  return familyOf(opts, personId);
}
