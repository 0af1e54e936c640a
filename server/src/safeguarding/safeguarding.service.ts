import { and, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, Queryable } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { Topic, type EventBus } from "../pubsub/event-bus.js";
import { recordAudit, recordReads } from "../audit/audit.service.js";
import { conflict, forbidden, notFound } from "../core/errors.js";
import { parseInput } from "../core/input.js";
import { referrals } from "../referral/referral.table.js";
import { isInQueue } from "../referral/referral.rules.js";
import { staff } from "../staff/staff.table.js";
import { cases } from "../casework/casework.table.js";
import { safeguardingConcerns } from "./safeguarding.table.js";
import type { z } from "zod";
import { acknowledgeSchema, raiseConcernSchema } from "./safeguarding.validation.js";
import { mayRaiseConcern } from "./safeguarding.rules.js";
import type { SafeguardingConcern } from "./safeguarding.model.js";
import { theRow } from "../db/rows.js";
import { enqueueNotification } from "../notifications/notification.enqueue.js";

const raiser = alias(staff, "raiser");
const acknowledger = alias(staff, "acknowledger");

async function selectConcerns(q: Queryable, serviceId: string, where: ReturnType<typeof and>): Promise<SafeguardingConcern[]> {
  return q
    .select({
      id: safeguardingConcerns.id,
      referralId: safeguardingConcerns.referralId,
      referralReference: referrals.reference,
      caseId: cases.id,
      summary: safeguardingConcerns.summary,
      raisedById: safeguardingConcerns.raisedById,
      raisedByName: raiser.displayName,
      raisedAt: safeguardingConcerns.raisedAt,
      acknowledgedAt: safeguardingConcerns.acknowledgedAt,
      acknowledgedByName: acknowledger.displayName,
      outcome: safeguardingConcerns.outcome,
    })
    .from(safeguardingConcerns)
    .innerJoin(referrals, eq(referrals.id, safeguardingConcerns.referralId))
    .innerJoin(raiser, eq(raiser.id, safeguardingConcerns.raisedById))
    .leftJoin(acknowledger, eq(acknowledger.id, safeguardingConcerns.acknowledgedById))
    .leftJoin(cases, eq(cases.referralId, safeguardingConcerns.referralId))
    .where(and(eq(safeguardingConcerns.serviceId, serviceId), where))
    .orderBy(safeguardingConcerns.raisedAt);
}

/** One concern of the service (as an alert delivers it to its managers); NOT_FOUND otherwise. */
export async function getConcern(opts: { db: Queryable; serviceId: string; id: string }): Promise<SafeguardingConcern> {
  const [row] = await selectConcerns(opts.db, opts.serviceId, eq(safeguardingConcerns.id, opts.id));
  if (!row) throw notFound("Safeguarding concern");
  return row;
}

/** The concerns raised on one referral of the viewer's service, oldest first (for its case's page). */
export async function listConcernsOfReferral(opts: { db: Queryable; viewer: Viewer; referralId: string }): Promise<SafeguardingConcern[]> {
  return selectConcerns(opts.db, opts.viewer.serviceId, eq(safeguardingConcerns.referralId, opts.referralId));
}

/**
 * Every concern of the caller's service still waiting for a manager's acknowledgement, oldest
 * first, so a manager who signs in or reloads sees them at once (not only when raised live or once
 * overdue). Bounded by practice: each must be acknowledged within the hour. Each is audited as read.
 */
export async function listUnacknowledged(opts: { db: Queryable; viewer: Viewer; correlationId: string }): Promise<SafeguardingConcern[]> {
  const { viewer } = opts;
  const rows = await selectConcerns(opts.db, viewer.serviceId, isNull(safeguardingConcerns.acknowledgedAt));
  await recordReads(opts.db, {
    viewer,
    action: "safeguarding.read",
    entityType: "safeguarding_concern",
    ids: rows.map((row) => row.id),
    fields: ["summary"],
    correlationId: opts.correlationId,
  });
  return rows;
}

/**
 * Any staff member who works with families raises a concern on any referral or case of their
 * service (`mayRaiseConcern`), whether or not it is theirs: the referral is flagged and every
 * manager of the service is alerted. The answer is the concern they wrote, not the case.
 */
export async function raiseSafeguardingConcern(opts: {
  db: Db;
  bus: EventBus;
  viewer: Viewer;
  input: z.input<typeof raiseConcernSchema>;
  now: Date;
}): Promise<SafeguardingConcern> {
  const input = parseInput(raiseConcernSchema, opts.input);
  const { viewer, now } = opts;
  if (!mayRaiseConcern(viewer.role)) throw forbidden("Steering members and administrators do not raise safeguarding concerns.");
  const id = await opts.db.transaction(async (tx) => {
    let referralId: string;
    if (input.caseId) {
      const [row] = await tx
        .select({ referralId: cases.referralId })
        .from(cases)
        .where(and(eq(cases.id, input.caseId), eq(cases.serviceId, viewer.serviceId)));
      if (!row) throw notFound("Case");
      referralId = row.referralId;
    } else {
      const [referral] = await tx
        .select({ id: referrals.id })
        .from(referrals)
        .where(and(eq(referrals.id, input.referralId!), eq(referrals.serviceId, viewer.serviceId)));
      if (!referral) throw notFound("Referral");
      referralId = referral.id;
    }
    const row = theRow(
      await tx
        .insert(safeguardingConcerns)
        .values({ serviceId: viewer.serviceId, referralId, raisedById: viewer.staffId, raisedAt: now, summary: input.summary })
        .returning({ id: safeguardingConcerns.id }),
      "the new concern",
    );
    const flagged = theRow(
      await tx
        .update(referrals)
        .set({ safeguardingFlag: true, updatedAt: now })
        .where(eq(referrals.id, referralId))
        .returning({ status: referrals.status }),
      "the concern's referral",
    );
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "safeguarding.raise",
      entityType: "referral",
      entityId: referralId,
      fields: ["safeguardingFlag", "safeguardingConcern"],
    });
    await opts.bus.publish(tx, Topic.SafeguardingAlert, { serviceId: viewer.serviceId, concernId: row.id });
    await enqueueNotification(tx, { kind: "SAFEGUARDING_CONCERN", serviceId: viewer.serviceId, referralId, concernId: row.id, now });
    if (isInQueue(flagged.status)) {
      await opts.bus.publish(tx, Topic.TriageQueueChanged, { serviceId: viewer.serviceId, referralId, change: "UPDATED" });
    }
    return row.id;
  });
  return getConcern({ db: opts.db, serviceId: viewer.serviceId, id });
}

/** A manager acknowledges a concern with the outcome; a concern is acknowledged once. */
export async function acknowledgeSafeguardingConcern(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<typeof acknowledgeSchema>;
  now: Date;
}): Promise<SafeguardingConcern> {
  const input = parseInput(acknowledgeSchema, opts.input, "");
  const { viewer, now } = opts;
  await opts.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(safeguardingConcerns)
      .set({ acknowledgedById: viewer.staffId, acknowledgedAt: now, outcome: input.outcome })
      .where(
        and(
          eq(safeguardingConcerns.id, input.id),
          eq(safeguardingConcerns.serviceId, viewer.serviceId),
          isNull(safeguardingConcerns.acknowledgedAt),
        ),
      )
      .returning({ referralId: safeguardingConcerns.referralId });
    if (!updated) {
      await getConcern({ db: tx, serviceId: viewer.serviceId, id: input.id });
      throw conflict("This concern was already acknowledged.");
    }
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "safeguarding.acknowledge",
      entityType: "referral",
      entityId: updated.referralId,
      fields: ["safeguardingConcern.outcome"],
    });
  });
  return getConcern({ db: opts.db, serviceId: viewer.serviceId, id: input.id });
}
