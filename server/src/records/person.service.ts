import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Queryable } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { Permission, can } from "../core/permissions.js";
import { assertId, parseInput } from "../core/input.js";
import { conflict, forbidden, notFound } from "../core/errors.js";
import { executeRows } from "../db/rows.js";
import { recordAudit } from "../audit/audit.service.js";
import { people } from "../person/person.table.js";
import { referrals } from "../referral/referral.table.js";
import { activities, cases } from "../casework/casework.table.js";
import { recordCorrections } from "./records.table.js";
import { corrections, familyActivities, familyConsents, familyKeyDates, familyReferrals, possibleDuplicates } from "./person.query.js";
import {
  correctContactSchema,
  mergePeopleSchema,
  voidActivitySchema,
  type CorrectContactInput,
  type MergePeopleInput,
  type VoidActivityInput,
} from "./correction.validation.js";
import { personCorrectable, personReadable, voidable } from "./records.rules.js";
import type { Correction, FamilyActivity, PersonRecord } from "./person.model.js";
import { requireCaseAccess } from "../casework/case.service.js";
import type { EventBus } from "../pubsub/event-bus.js";
import { settleFirstResponse } from "../casework/activity.service.js";

type PersonRow = typeof people.$inferSelect;

/** The person, if the viewer may see their record: NOT_FOUND for another service's, FORBIDDEN for a family not theirs. */
export async function requirePerson(q: Queryable, viewer: Viewer, personId: string, mode: "read" | "write"): Promise<PersonRow> {
  const id = assertId("personId", personId);
  const [person] = await q
    .select()
    .from(people)
    .where(and(eq(people.id, id), eq(people.serviceId, viewer.serviceId)));
  if (!person) throw notFound("Person");
  const readsAny = can(viewer.role, Permission.ReadReferralAny);
  let theirs = false;
  if (!readsAny) {
    const [row] = await executeRows<{ theirs: boolean }>(
      q,
      sql`select exists (
        select 1 from referrals r where r.person_id = ${id}::uuid and (r.created_by_id = ${viewer.staffId}::uuid or exists (
          select 1 from cases k join allocations al on al.case_id = k.id
          where k.referral_id = r.id and al.staff_id = ${viewer.staffId}::uuid and al.ended_at is null))
      ) as theirs`,
    );
    theirs = Boolean(row?.theirs);
  }
  const allowed =
    mode === "read"
      ? personReadable({ readsAny, theirs })
      : personCorrectable({ writesAny: can(viewer.role, Permission.WriteCaseAny), theirs });
  if (!allowed) throw forbidden("This family is not one you entered or hold.");
  return person;
}

/** The family record: everything held about one person; audited as a read. Voided activities only on request. */
export async function getPersonRecord(opts: {
  db: Db;
  viewer: Viewer;
  personId: string;
  withVoided?: boolean | null;
  correlationId: string;
}): Promise<PersonRecord> {
  const { viewer } = opts;
  return opts.db.transaction(async (tx) => {
    const person = await requirePerson(tx, viewer, opts.personId, "read");
    const s = viewer.serviceId;
    const [refs, acts, cons, dates, history, duplicates] = [
      await familyReferrals(tx, s, person.id),
      await familyActivities(tx, s, person.id, Boolean(opts.withVoided)),
      await familyConsents(tx, s, person.id),
      await familyKeyDates(tx, s, person.id, Boolean(opts.withVoided)),
      await corrections(tx, s, { personId: person.id }),
      can(viewer.role, Permission.ReadReferralAny) ? await possibleDuplicates(tx, s, person.id) : [],
    ];
    await recordAudit(tx, {
      serviceId: s,
      actorStaffId: viewer.staffId,
      action: "person.read",
      entityType: "person",
      entityId: person.id,
      fields: ["contact", "referrals", "activities", "consents", "keyDates", "corrections"],
      correlationId: opts.correlationId,
    });
    return {
      id: person.id,
      role: person.role,
      fullName: person.fullName,
      email: person.email,
      phone: person.phone,
      address: person.address,
      postcode: person.postcode,
      preferredContact: person.preferredContact,
      erased: person.erasedAt !== null,
      mergedIntoId: person.mergedIntoId,
      referrals: refs,
      activities: acts,
      consents: cons,
      keyDates: dates,
      corrections: history,
      possibleDuplicates: duplicates,
    };
  });
}

const CONTACT_FIELDS = ["fullName", "email", "phone", "address", "postcode", "preferredContact"] as const;

/** Correct a person's contact details, keeping each previous value with who, when and why. */
export async function correctContact(opts: {
  db: Db;
  viewer: Viewer;
  input: CorrectContactInput;
  now: Date;
  correlationId: string;
}): Promise<PersonRecord> {
  const { viewer, now } = opts;
  const input = parseInput(correctContactSchema, opts.input);
  await opts.db.transaction(async (tx) => {
    const person = await requirePerson(tx, viewer, input.personId, "write");
    if (person.erasedAt) throw conflict("This record has been erased.");
    if (person.mergedIntoId) throw conflict("This record was merged into another; correct that one.");
    const changes = CONTACT_FIELDS.flatMap((field) => {
      const next = input[field];
      if (next === undefined || next === null || next === person[field]) return [];
      return [{ field, previous: person[field], next }];
    });
    if (changes.length === 0) throw conflict("Nothing changed: the record already says this.");
    await tx
      .update(people)
      .set(Object.fromEntries(changes.map((c) => [c.field, c.next])))
      .where(eq(people.id, person.id));
    await tx.insert(recordCorrections).values(
      changes.map((c) => ({
        serviceId: viewer.serviceId,
        entityType: "person",
        entityId: person.id,
        personId: person.id,
        field: c.field,
        previousValue: c.previous,
        newValue: c.next,
        reason: input.reason,
        changedById: viewer.staffId,
        changedAt: now,
      })),
    );
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "person.correct",
      entityType: "person",
      entityId: person.id,
      fields: changes.map((c) => c.field),
      correlationId: opts.correlationId,
    });
  });
  return getPersonRecord({ db: opts.db, viewer, personId: input.personId, correlationId: opts.correlationId });
}

/** Void an activity entered in error: kept for audit, out of the statistics and the timeline. */
export async function voidActivity(opts: {
  db: Db;
  bus: Pick<EventBus, "publish">;
  viewer: Viewer;
  input: VoidActivityInput;
  now: Date;
  correlationId: string;
}): Promise<FamilyActivity> {
  const { viewer, now } = opts;
  const input = parseInput(voidActivitySchema, opts.input);
  const personId = await opts.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ activity: activities, personId: referrals.personId, caseStatus: cases.status })
      .from(activities)
      .innerJoin(cases, eq(cases.id, activities.caseId))
      .innerJoin(referrals, eq(referrals.id, cases.referralId))
      .where(and(eq(activities.id, input.activityId), eq(activities.serviceId, viewer.serviceId)))
      .for("update", { of: activities });
    if (!row) throw notFound("Activity");
    const holds = await holdsCase(tx, viewer, row.activity.caseId);
    if (!voidable({ writesAny: can(viewer.role, Permission.WriteCaseAny), holds, recordedBySelf: row.activity.staffId === viewer.staffId }))
      throw forbidden("Only the case's holder or a manager can void its entries.");
    if (row.activity.voidedAt) throw conflict("This entry is already void.");
    await tx
      .update(activities)
      .set({ voidedAt: now, voidedById: viewer.staffId, voidReason: input.reason })
      .where(eq(activities.id, row.activity.id));
    if (row.activity.withFamily)
      await settleFirstResponse(tx, opts.bus, {
        serviceId: viewer.serviceId,
        caseId: row.activity.caseId,
        previousAt: row.activity.occurredAt,
        now,
      });
    await tx.insert(recordCorrections).values({
      serviceId: viewer.serviceId,
      entityType: "activity",
      entityId: row.activity.id,
      personId: row.personId,
      field: "voided",
      previousValue: false,
      newValue: true,
      reason: input.reason,
      changedById: viewer.staffId,
      changedAt: now,
    });
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.activity.void",
      entityType: "activity",
      entityId: row.activity.id,
      fields: ["voided"],
      correlationId: opts.correlationId,
    });
    return row.personId;
  });
  const all = personId ? await familyActivitiesFor(opts.db, viewer, personId) : [];
  const found = all.find((a) => a.id === input.activityId);
  if (!found) throw new Error("voided activity not found");
  return found;
}

const familyActivitiesFor = (db: Queryable, viewer: Viewer, personId: string) => familyActivities(db, viewer.serviceId, personId, true);

async function holdsCase(q: Queryable, viewer: Viewer, caseId: string): Promise<boolean> {
  const [row] = await executeRows<{ holds: boolean }>(
    q,
    sql`select exists (select 1 from allocations where case_id = ${caseId}::uuid and staff_id = ${viewer.staffId}::uuid and ended_at is null) as holds`,
  );
  return Boolean(row?.holds);
}

/**
 * Merge a duplicate into the record kept (managers): every referral of the duplicate moves to the kept
 * record; the duplicate stays, marked merged, for audit. Both must be of the caller's service (another
 * service's id answers NOT_FOUND, so no merge crosses services).
 */
export async function mergePeople(opts: {
  db: Db;
  viewer: Viewer;
  input: MergePeopleInput;
  now: Date;
  correlationId: string;
}): Promise<PersonRecord> {
  const { viewer, now } = opts;
  const input = parseInput(mergePeopleSchema, opts.input);
  await opts.db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(people)
      .where(and(inArray(people.id, [input.keepPersonId, input.mergePersonId]), eq(people.serviceId, viewer.serviceId)))
      .for("update");
    const keep = rows.find((p) => p.id === input.keepPersonId);
    const merge = rows.find((p) => p.id === input.mergePersonId);
    if (!keep || !merge) throw notFound("Person");
    if (keep.mergedIntoId || merge.mergedIntoId) throw conflict("One of these records was already merged into another.");
    if (keep.erasedAt || merge.erasedAt) throw conflict("An erased record cannot be merged.");
    const moved = await tx
      .update(referrals)
      .set({ personId: keep.id, updatedAt: now })
      .where(and(eq(referrals.personId, merge.id), eq(referrals.serviceId, viewer.serviceId)))
      .returning({ id: referrals.id });
    await tx.update(people).set({ mergedIntoId: keep.id, mergedAt: now }).where(eq(people.id, merge.id));
    // Its correction history follows it to the record kept.
    await tx.update(recordCorrections).set({ personId: keep.id }).where(eq(recordCorrections.personId, merge.id));
    await tx.insert(recordCorrections).values({
      serviceId: viewer.serviceId,
      entityType: "person",
      entityId: merge.id,
      personId: keep.id,
      field: "mergedInto",
      previousValue: null,
      newValue: { keptPersonId: keep.id, referralIds: moved.map((m) => m.id) },
      reason: input.reason ?? null,
      changedById: viewer.staffId,
      changedAt: now,
    });
    await recordAudit(tx, [
      {
        serviceId: viewer.serviceId,
        actorStaffId: viewer.staffId,
        action: "person.merge",
        entityType: "person",
        entityId: keep.id,
        fields: ["referrals"],
        correlationId: opts.correlationId,
      },
      {
        serviceId: viewer.serviceId,
        actorStaffId: viewer.staffId,
        action: "person.merge",
        entityType: "person",
        entityId: merge.id,
        fields: ["mergedInto"],
        correlationId: opts.correlationId,
      },
    ]);
  });
  return getPersonRecord({ db: opts.db, viewer, personId: input.keepPersonId, correlationId: opts.correlationId });
}

/**
 * The history of corrections to one case's entries — its referral, child and key dates, its
 * activities and consents — for the case page (decision 046). Whoever may read the case may read it
 * (managers; the officer or volunteer it is or was allocated to; a co-worker or shadow), as the page
 * shows those entries already; the contact's details are the family's and stay on the family
 * record. Audited as a read of the case's corrections.
 */
export async function caseCorrections(opts: { db: Db; viewer: Viewer; caseId: string; correlationId: string }): Promise<Correction[]> {
  const caseId = assertId("id", opts.caseId);
  const { viewer } = opts;
  return opts.db.transaction(async (tx) => {
    await requireCaseAccess(tx, viewer, caseId, "read");
    const history = await corrections(tx, viewer.serviceId, { caseId });
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.read",
      entityType: "case",
      entityId: caseId,
      fields: ["corrections"],
      correlationId: opts.correlationId,
    });
    return history;
  });
}
