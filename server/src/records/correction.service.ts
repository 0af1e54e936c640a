import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db, Queryable, Tx } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { Permission, can } from "../core/permissions.js";
import { CLOCK_TOLERANCE_MS, assertId, parseInput } from "../core/input.js";
import { DomainError, ErrorCode, badInput, conflict, forbidden, notFound } from "../core/errors.js";
import { QUEUE_STATUSES, needsFamilyConsent } from "../referral/referral.rules.js";
import { epochMs, executeRows, fromEpochMs } from "../db/rows.js";
import { Topic, type EventBus } from "../pubsub/event-bus.js";
import { getService, type ServiceRow } from "../service/service.service.js";
import { responseClock } from "../service/service-calendar.js";
import { recordAudit, type AuditAction } from "../audit/audit.service.js";
import { localDate } from "../clock/calendar-date.js";
import { children } from "../person/person.table.js";
import { keyDates, referrals } from "../referral/referral.table.js";
import { services } from "../service/service.table.js";
import { activities, cases, consents } from "../casework/casework.table.js";
import { logActivitySchema, recordConsentSchema } from "../casework/casework.validation.js";
import { consentForContact, settleFirstResponse } from "../casework/activity.service.js";
import { AGE_AT_REFERRAL, ageInYears, deriveStatutoryDates, isWithinAge } from "../triage/triage.rules.js";
import { recordCorrections } from "./records.table.js";
import {
  ACTIVITY_FIELDS,
  CHILD_FIELDS,
  CONSENT_GATED_FIELDS,
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

/** Correct a referral's own details (channel, source, referrer, reason, stage, time received…), checked as staff intake checks them. */
export async function correctReferral(opts: Opts<CorrectReferralInput> & { bus: Pick<EventBus, "publish"> }): Promise<PersonRecord> {
  const { viewer, now } = opts;
  const referralId = assertId("input.referralId", opts.input.referralId);
  const personId = await opts.db.transaction(async (tx) => {
    const referral = await referralForCorrection(tx, viewer, referralId);
    const service = await getService(tx, viewer.serviceId);
    const timeZone = service.officeHours.timeZone;
    const input = parseInput(
      correctReferralSchema({ receivedAt: referral.receivedAt, enteredAt: referral.createdAt }, timeZone, now),
      opts.input,
    );
    const given = givenFields(opts.input, REFERRAL_FIELDS);
    const merged = { ...pick(referral, REFERRAL_FIELDS), ...Object.fromEntries(given.map((f) => [f, input[f]])) };
    // The whole of the details is checked when one of them changes, but for a reason for referral the
    // referral never had (a quick call's) and the correction does not give; the time received alone is not.
    const changes: Change[] = [];
    if (given.length) {
      const withoutReason = referral.reasonForReferral === null && !given.includes("reasonForReferral");
      const next = parseInput(referralDetailsSchema(referral.receivedAt, timeZone, { withoutReason }), merged);
      // As at intake: a professional's referral needs the family's consent to share, confirmed by the referrer.
      if (needsFamilyConsent(next.source) && !referral.familyConsentedToShare)
        throw new DomainError(
          ErrorCode.FAMILY_CONSENT_REQUIRED,
          "A professional referral needs the family's consent to share, obtained by the referrer; it was not recorded on this referral.",
          { field: "input.source" },
        );
      changes.push(...changesOf(referral, next, REFERRAL_FIELDS));
    }
    const clock =
      input.receivedAt && !same(input.receivedAt, referral.receivedAt) ? await movedClock(tx, service, referral, input.receivedAt) : null;
    if (clock) changes.push(...clock.changes);
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
      .set({ ...Object.fromEntries(changes.map((c) => [c.field, c.next])), ...clock?.derived })
      .where(eq(referrals.id, referral.id));
    // The triage queue orders by the response clock: its screens refresh the row.
    if (clock && (QUEUE_STATUSES as readonly string[]).includes(referral.status))
      await opts.bus.publish(tx, Topic.TriageQueueChanged, { serviceId: viewer.serviceId, referralId: referral.id, change: "UPDATED" });
    return referral.personId;
  });
  return familyOf(opts, personId);
}

/**
 * A corrected time received (decision 046) and what follows from it: the response target and
 * maximum worked out again by the service's clock (`responseClock`, the one used at intake), a
 * first response or triage recorded at the very moment it arrived (a quick call answered there and
 * then) moved with it, and the age at referral. Refused (on `input.receivedAt`) for the web form,
 * which timed the referral itself, and for a time after anything was done about it: the first
 * response to the family, its triage, or the first activity on its case; and when the child's age
 * then falls outside 0–25 on a referral not recorded as not eligible, as a date of birth would.
 */
async function movedClock(tx: Tx, service: ServiceRow, referral: ReferralRow, at: Date) {
  const field = "input.receivedAt";
  const timeZone = service.officeHours.timeZone;
  if (referral.channel === "WEB_FORM")
    throw badInput(field, "The web form timed this referral when it arrived; its time received cannot be corrected.");
  if (at.getTime() > referral.createdAt.getTime() + CLOCK_TOLERANCE_MS)
    throw badInput(field, "The time received cannot be after the referral was entered.");
  const onArrival = (t: Date | null) => t !== null && t.getTime() === referral.receivedAt.getTime();
  const [first] = await executeRows<{ ms: number | string | null }>(
    tx,
    sql`select ${epochMs(sql`min(a.occurred_at)`)} as ms from activities a join cases k on k.id = a.case_id
        where k.referral_id = ${referral.id}::uuid and a.voided_at is null`,
  );
  const firstActivity = fromEpochMs(first?.ms ?? null);
  const since = [
    { at: onArrival(referral.firstRespondedAt) ? null : referral.firstRespondedAt, what: "the first response to the family" },
    { at: onArrival(referral.triagedAt) ? null : referral.triagedAt, what: "its triage" },
    { at: firstActivity, what: "the first activity on its case" },
  ].find((x) => x.at && at.getTime() > x.at.getTime());
  if (since) throw badInput(field, `The time received cannot be after ${since.what}. Correct that first if it is wrong too.`);
  let ageAtReferral = referral.ageAtReferral;
  if (referral.childId) {
    const [child] = await tx.select({ dateOfBirth: children.dateOfBirth }).from(children).where(eq(children.id, referral.childId));
    if (child?.dateOfBirth) {
      if (child.dateOfBirth > localDate(at, timeZone)) throw badInput(field, "The child's date of birth is after this time received.");
      ageAtReferral = ageInYears(child.dateOfBirth, at, timeZone);
      if (referral.eligibility !== "INELIGIBLE" && !isWithinAge(ageAtReferral))
        throw badInput(
          field,
          `At this time received the young person was ${ageAtReferral}; we support ${AGE_AT_REFERRAL.min} to ${AGE_AT_REFERRAL.max}. Record the referral as not eligible, with signposting, first.`,
        );
    }
  }
  const { targetAt, deadlineAt } = responseClock(service, at);
  const next: Record<string, unknown> = {
    receivedAt: at,
    responseTargetAt: targetAt,
    responseDeadlineAt: deadlineAt,
    ...(onArrival(referral.firstRespondedAt) ? { firstRespondedAt: at } : {}),
    ...(onArrival(referral.triagedAt) ? { triagedAt: at } : {}),
  };
  return { changes: changesOf(referral, next, Object.keys(next)), derived: { ageAtReferral } };
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

/**
 * Correct an activity (kind, when, minutes, with the family, summary, the consent it rests on); the
 * hours statistics follow. A change of who it was with, when, or on what consent passes the consent
 * gate of logging it again (`consentForContact`, decision 034): a third-party contact needs a consent
 * for that party valid on the day, else CONSENT_REQUIRED and nothing changes (decision 046).
 */
export async function correctActivity(opts: Opts<CorrectActivityInput> & { bus: Pick<EventBus, "publish"> }): Promise<PersonRecord> {
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
    let consentId = activity.consentId;
    if (givenFields(opts.input, CONSENT_GATED_FIELDS).length) {
      const [referral] = await tx
        .select({ receivedAt: referrals.receivedAt })
        .from(cases)
        .innerJoin(referrals, eq(referrals.id, cases.referralId))
        .where(eq(cases.id, activity.caseId));
      if (referral && next.occurredAt < referral.receivedAt)
        throw badInput("input.occurredAt", "This is before the referral was received.");
      const chosen = input.consentId ?? null;
      const party = input.partyName ?? null;
      consentId = await consentForContact(tx, {
        caseId: activity.caseId,
        kind: next.kind,
        withFamily: next.withFamily,
        occurredAt: next.occurredAt,
        // Nothing chosen: the consent it rested on, asked again for the corrected kind, day or party.
        consentId: chosen ?? (party ? null : activity.consentId),
        partyName: party,
        timeZone: await timeZoneOf(tx, viewer.serviceId),
      });
      if (consentId !== activity.consentId)
        changes.push({ field: "consent", previous: await consentLabel(tx, activity.consentId), next: await consentLabel(tx, consentId) });
    }
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
      .set({ ...Object.fromEntries(changes.filter((c) => c.field !== "consent").map((c) => [c.field, c.next])), consentId })
      .where(eq(activities.id, activity.id));
    if (changes.some((c) => c.field === "occurredAt" || c.field === "withFamily"))
      await settleFirstResponse(tx, opts.bus, {
        serviceId: viewer.serviceId,
        caseId: activity.caseId,
        previousAt: activity.occurredAt,
        now,
      });
    return personId;
  });
  return familyOf(opts, personId);
}

/** A consent as the history names it: the party, their organisation and the day given. */
async function consentLabel(q: Queryable, consentId: string | null): Promise<string | null> {
  if (!consentId) return null;
  const [c] = await q
    .select({ partyName: consents.partyName, partyOrganisation: consents.partyOrganisation, givenOn: consents.givenOn })
    .from(consents)
    .where(eq(consents.id, consentId));
  return c ? `${c.partyName}${c.partyOrganisation ? `, ${c.partyOrganisation}` : ""} (given ${c.givenOn})` : null;
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
