import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db, Queryable, Tx } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { can, Permission } from "../core/permissions.js";
import { recordAudit } from "../audit/audit.service.js";
import { DomainError, ErrorCode, badInput, forbidden, notFound } from "../core/errors.js";
import { parseInput } from "../core/input.js";
import { executeRows, theRow } from "../db/rows.js";
import { getService } from "../service/service.service.js";
import { serviceToday } from "../service/service-calendar.js";
import { referrals } from "../referral/referral.table.js";
import { onReferralCreated } from "../referral/referral.hooks.js";
import { staff } from "../staff/staff.table.js";
import { cases, conductIncidents, conductReferralFlags } from "./casework.table.js";
import { conductLetterSchema, conductReviewSchema, conductSchema } from "./casework.validation.js";
import { conductActionAfter, mayRecordConduct, mayRecordConductLetter, mayReviewConduct } from "./casework.rules.js";
import { caseworkSettingsOf } from "./casework.settings.js";
import { requireCaseAccess } from "./case.service.js";
import { conductIncidentColumns as incidentColumns } from "./case.query.js";
import { endCase } from "./closure.service.js";
import { samePhoneSql } from "../person/phone.js";
import { similarNamesSql } from "../person/name.js";
import type { ConductAwaitingReview, ConductIncident, ConductReferralFlag } from "./casework.model.js";

/*
 * Service user conduct [003]: an incident is recorded by whoever the service's setting allows
 * (`conductRecordedBy`), reviewed by a manager (uphold or dismiss), and only an upheld incident acts:
 * the first upheld incident of a family is a warning letter, any later one removes the family from
 * the service — every open case of the family closes, and a new referral from them is flagged for
 * the manager in triage. The letter itself is written elsewhere (letters); here, only that it was
 * sent, and when (decision 042).
 */

async function getIncident(q: Queryable, serviceId: string, id: string): Promise<ConductIncident> {
  const [row] = await q
    .select(incidentColumns)
    .from(conductIncidents)
    .where(and(eq(conductIncidents.id, id), eq(conductIncidents.serviceId, serviceId)));
  if (!row) throw notFound("Conduct incident", "input.incidentId");
  return row;
}

/** Incidents of a family the manager upheld (other than `except`): the count that decides the next action. */
async function upheldForFamily(tx: Tx, personId: string | null, caseId: string, except: string | null): Promise<number> {
  const rows = await executeRows<{ n: number | string }>(
    tx,
    sql`select count(*) as n from conduct_incidents ci join cases c on c.id = ci.case_id join referrals r on r.id = c.referral_id
      where ci.review_status = 'UPHELD' and ci.id <> coalesce(${except}::uuid, '00000000-0000-0000-0000-000000000000'::uuid)
        and (ci.case_id = ${caseId}::uuid or (${personId}::uuid is not null and (ci.person_id = ${personId}::uuid or r.person_id = ${personId}::uuid)))`,
  );
  return Number(theRow(rows, "a count").n);
}

/** Record an incident (decision 042): it waits for a manager's review; nothing happens to the family until then. */
export async function recordConductIncident(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<ReturnType<typeof conductSchema>>;
  now: Date;
}): Promise<ConductIncident> {
  const { viewer, now } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  const input = parseInput(conductSchema(serviceToday(service, now)), opts.input);
  const settings = await caseworkSettingsOf(opts.db, viewer.serviceId);
  if (!mayRecordConduct(settings.conductRecordedBy, { manages: can(viewer.role, Permission.AllocateReferral) }))
    throw forbidden("In this service only managers record conduct incidents: tell your manager what happened.");
  const id = await opts.db.transaction(async (tx) => {
    const { row: kase } = await requireCaseAccess(tx, viewer, input.caseId, "write");
    const [referral] = await tx.select({ personId: referrals.personId }).from(referrals).where(eq(referrals.id, kase.referralId));
    const personId = referral?.personId ?? null;
    const action = conductActionAfter(await upheldForFamily(tx, personId, kase.id, null));
    const incident = theRow(
      await tx
        .insert(conductIncidents)
        .values({
          serviceId: viewer.serviceId,
          caseId: kase.id,
          personId,
          occurredOn: input.occurredOn,
          description: input.description,
          action,
          signposting: input.signposting,
          recordedById: viewer.staffId,
          recordedAt: now,
        })
        .returning({ id: conductIncidents.id }),
      "the new incident",
    );
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.conduct.record",
      entityType: "case",
      entityId: kase.id,
      fields: ["conductIncidents"],
    });
    return incident.id;
  });
  return getIncident(opts.db, viewer.serviceId, id);
}

/**
 * A manager reviews an incident once. DISMISS records nothing against the family. UPHOLD applies the
 * action the family's upheld incidents call for now: a warning (the case's warnings count), or removal
 * — every open case of the family closes as CONDUCT_REMOVAL, with signposting (required).
 */
export async function reviewConductIncident(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<typeof conductReviewSchema>;
  now: Date;
}): Promise<ConductIncident> {
  const { viewer, now } = opts;
  const input = parseInput(conductReviewSchema, opts.input);
  const service = await getService(opts.db, viewer.serviceId);
  const today = serviceToday(service, now);
  await opts.db.transaction(async (tx) => {
    const [incident] = await tx
      .select()
      .from(conductIncidents)
      .where(and(eq(conductIncidents.id, input.incidentId), eq(conductIncidents.serviceId, viewer.serviceId)))
      .for("update");
    if (!incident) throw notFound("Conduct incident", "input.incidentId");
    if (!mayReviewConduct(incident.reviewStatus))
      throw new DomainError(ErrorCode.CONDUCT_NOT_AWAITING, "This incident has already been reviewed.", { field: "input.incidentId" });
    const reviewed = { reviewedById: viewer.staffId, reviewedAt: now, reviewNote: input.note };
    if (input.decision === "DISMISS") {
      await tx
        .update(conductIncidents)
        .set({ ...reviewed, reviewStatus: "DISMISSED" })
        .where(eq(conductIncidents.id, incident.id));
    } else {
      const action = conductActionAfter(await upheldForFamily(tx, incident.personId, incident.caseId, incident.id));
      const signposting = input.signposting ?? incident.signposting;
      if (action === "REMOVAL" && !signposting)
        throw badInput(
          "input.signposting",
          "Upholding this incident removes the family from the service: record where they are signposted (e.g. Contact, IPSEA).",
        );
      await tx
        .update(conductIncidents)
        .set({ ...reviewed, reviewStatus: "UPHELD", action, signposting })
        .where(eq(conductIncidents.id, incident.id));
      if (action === "WARNING") {
        await tx
          .update(cases)
          .set({ conductWarnings: sql`${cases.conductWarnings} + 1` })
          .where(eq(cases.id, incident.caseId));
      } else {
        // Family-wide [003]: every open case of the family, not only the incident's. No evaluation invitation.
        const open = await tx
          .select()
          .from(cases)
          .innerJoin(referrals, eq(referrals.id, cases.referralId))
          .where(
            and(
              eq(cases.serviceId, viewer.serviceId),
              ne(cases.status, "CLOSED"),
              incident.personId
                ? sql`(${cases.id} = ${incident.caseId}::uuid or ${referrals.personId} = ${incident.personId}::uuid)`
                : eq(cases.id, incident.caseId),
            ),
          )
          .for("update", { of: cases });
        for (const { cases: kase } of open)
          await endCase(tx, { kase, reason: "CONDUCT_REMOVAL", note: signposting, now, today, removed: true });
      }
    }
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.conduct.review",
      entityType: "case",
      entityId: incident.caseId,
      fields: ["conductIncidents"],
    });
  });
  return getIncident(opts.db, viewer.serviceId, input.incidentId);
}

/** Record that the manager's letter about an upheld incident was sent to the family, and on what day. */
export async function recordConductLetter(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<ReturnType<typeof conductLetterSchema>>;
  now: Date;
}): Promise<ConductIncident> {
  const { viewer, now } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  const input = parseInput(conductLetterSchema(serviceToday(service, now)), opts.input);
  await opts.db.transaction(async (tx) => {
    const [incident] = await tx
      .select()
      .from(conductIncidents)
      .where(and(eq(conductIncidents.id, input.incidentId), eq(conductIncidents.serviceId, viewer.serviceId)))
      .for("update");
    if (!incident) throw notFound("Conduct incident", "input.incidentId");
    if (!mayRecordConductLetter(incident.reviewStatus))
      throw new DomainError(ErrorCode.CONDUCT_NOT_AWAITING, "A letter is sent only for an incident a manager upheld.", {
        field: "input.incidentId",
      });
    if (input.sentOn < incident.occurredOn) throw badInput("input.sentOn", "The letter cannot have been sent before the incident.");
    await tx
      .update(conductIncidents)
      .set({ letterSentOn: input.sentOn, letterRecordedById: viewer.staffId })
      .where(eq(conductIncidents.id, incident.id));
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.conduct.letter",
      entityType: "case",
      entityId: incident.caseId,
      fields: ["conductIncidents.letterSentOn"],
    });
  });
  return getIncident(opts.db, viewer.serviceId, input.incidentId);
}

/** Incidents waiting for a manager's review, oldest first (with letters still to record after). */
export async function listConductAwaitingReview(opts: { db: Db; viewer: Viewer }): Promise<ConductAwaitingReview[]> {
  const rows = await opts.db
    .select({
      ...incidentColumns,
      referralId: cases.referralId,
      referralReference: referrals.reference,
      recordedByName: staff.displayName,
    })
    .from(conductIncidents)
    .innerJoin(cases, eq(cases.id, conductIncidents.caseId))
    .innerJoin(referrals, eq(referrals.id, cases.referralId))
    .innerJoin(staff, eq(staff.id, conductIncidents.recordedById))
    .where(
      and(
        eq(conductIncidents.serviceId, opts.viewer.serviceId),
        sql`(${conductIncidents.reviewStatus} = 'AWAITING_REVIEW' or (${conductIncidents.reviewStatus} = 'UPHELD' and ${conductIncidents.letterSentOn} is null))`,
      ),
    )
    .orderBy(asc(conductIncidents.recordedAt), asc(conductIncidents.id));
  return rows;
}

/** Flags on referrals, by referral id (for the triage view: managers only). */
export async function conductFlagsByReferral(q: Queryable, referralIds: readonly string[]): Promise<Map<string, ConductReferralFlag>> {
  if (referralIds.length === 0) return new Map();
  const rows = await executeRows<{
    referral_id: string;
    incident_id: string;
    matched_on: string;
    flagged_at: Date | string;
    removed_on: string | null;
  }>(
    q,
    sql`select f.referral_id, f.incident_id, f.matched_on, f.flagged_at, to_char(ci.reviewed_at, 'YYYY-MM-DD') as removed_on
      from conduct_referral_flags f join conduct_incidents ci on ci.id = f.incident_id
      where f.referral_id in (${sql.join(
        referralIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
  );
  return new Map(
    rows.map((r) => [
      r.referral_id,
      { incidentId: r.incident_id, matchedOn: r.matched_on, flaggedAt: new Date(r.flagged_at), removedOn: r.removed_on },
    ]),
  );
}

const samePhone = samePhoneSql(sql.raw("x.phone"), sql.raw("me.phone"));
const similarName = similarNamesSql(sql.raw("x.full_name"), sql.raw("me.full_name"));

/**
 * A new referral is flagged when it may come from a family removed for conduct [003]: the same
 * person record, the same name with the same phone or email, or a child of the same name and date of
 * birth. Names match as in records search (person/name.ts), so a name misspelt on the phone still
 * matches. The manager decides in triage; nothing is refused automatically (the match may be wrong).
 */
onReferralCreated(async (tx, _bus, created) => {
  const rows = await executeRows<{ incident_id: string; matched_on: string }>(
    tx,
    sql`with me as (
        select p.*, ch.full_name as child_name, ch.date_of_birth from referrals r
          left join people p on p.id = r.person_id left join children ch on ch.id = r.child_id
        where r.id = ${created.referralId}::uuid
      ),
      removed as (
        select ci.id as incident_id, ci.reviewed_at, p.id as person_id, p.full_name, p.phone, p.email, ch.full_name as child_name, ch.date_of_birth
        from conduct_incidents ci join cases c on c.id = ci.case_id join referrals r on r.service_id = ci.service_id
          and (r.person_id = ci.person_id or r.id = c.referral_id)
          left join people p on p.id = r.person_id left join children ch on ch.id = r.child_id
        where ci.service_id = ${created.serviceId}::uuid and ci.review_status = 'UPHELD' and ci.action = 'REMOVAL'
          and r.id <> ${created.referralId}::uuid
      )
      select x.incident_id, case
          when x.person_id = me.id then 'the same person'
          when ${similarName} and ${samePhone} then 'name and phone'
          when ${similarName} and lower(x.email) = lower(me.email) then 'name and email'
          else 'child''s name and date of birth' end as matched_on
      from removed x, me
      where x.person_id = me.id
        or (${similarName} and (
          ${samePhone}
          or (me.email is not null and lower(x.email) = lower(me.email))))
        or (me.child_name is not null and lower(trim(x.child_name)) = lower(trim(me.child_name)) and x.date_of_birth = me.date_of_birth)
      order by x.reviewed_at desc limit 1`,
  );
  const match = rows[0];
  if (!match) return;
  await tx
    .insert(conductReferralFlags)
    .values({
      referralId: created.referralId,
      serviceId: created.serviceId,
      incidentId: match.incident_id,
      matchedOn: match.matched_on,
      flaggedAt: created.at,
    })
    .onConflictDoNothing();
  await recordAudit(tx, {
    serviceId: created.serviceId,
    actorStaffId: created.createdById,
    action: "referral.conduct-flag",
    entityType: "referral",
    entityId: created.referralId,
    fields: ["conductFlag"],
  });
});
