import { and, eq, sql } from "drizzle-orm";
import type { Db, Queryable } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { Topic, type EventBus } from "../pubsub/event-bus.js";
import { recordAudit } from "../audit/audit.service.js";
import { conflict, notFound } from "../core/errors.js";
import { assertId, parseInput } from "../core/input.js";
import { clampFirst, decodeCursor, encodeCursor } from "../core/cursor.js";
import { referrals } from "./referral.table.js";
import { QUEUE_STATUSES, insertKeyDates } from "./referral.service.js";
import { REFERRAL_PERSONAL_FIELDS, cursorOf, selectReferralPage } from "./referral.query.js";
import type { AuditEntry } from "../audit/audit.service.js";
import {
  keyDateSchema,
  queueFilterSchema,
  triageSchema,
  type TriageQueueFilter,
  type TriageReferralInput,
  type KeyDateInput,
} from "./referral.inputs.js";
import type { Referral, ReferralConnection } from "./referral.type.js";

interface QueueCursor {
  asOf: number;
  priority: number;
  deadlineMs: number;
  id: string;
}
const isQueueCursor = (v: any): v is QueueCursor =>
  v &&
  typeof v.asOf === "number" &&
  typeof v.priority === "number" &&
  typeof v.deadlineMs === "number" &&
  typeof v.id === "string" &&
  /^[0-9a-f-]{36}$/i.test(v.id);

/**
 * The triage queue: open referrals of the caller's service by priority, then response deadline,
 * then id (so the order is total and deterministic). Every page of one listing is scored at the
 * instant of its first page (carried in the cursor), so rows do not jump between pages.
 */
export async function listTriageQueue(opts: {
  db: Db;
  viewer: Viewer;
  first?: number | null;
  after?: string | null;
  filter?: TriageQueueFilter | null;
  now: Date;
  correlationId: string;
}): Promise<ReferralConnection> {
  const first = clampFirst(opts.first);
  const filter = parseInput(queueFilterSchema, opts.filter, "filter");
  const cursor = opts.after ? decodeCursor(opts.after, isQueueCursor) : null;
  const asOf = cursor ? new Date(cursor.asOf) : opts.now;
  const where = [
    sql`r.status::text in (${sql.join(
      (filter?.status?.length ? filter.status.filter((s) => (QUEUE_STATUSES as readonly string[]).includes(s)) : [...QUEUE_STATUSES]).map(
        (s) => sql`${s}`,
      ),
      sql`, `,
    )}, '')`,
  ];
  if (filter?.channel?.length)
    where.push(
      sql`r.channel::text in (${sql.join(
        filter.channel.map((c) => sql`${c}`),
        sql`, `,
      )})`,
    );
  if (filter?.level?.length)
    where.push(
      sql`r.level in (${sql.join(
        filter.level.map((l) => sql`${l}`),
        sql`, `,
      )})`,
    );
  if (filter?.overdue === true)
    where.push(sql`r.first_responded_at is null and r.response_target_at <= ${asOf.toISOString()}::timestamptz`);
  if (filter?.overdue === false)
    where.push(sql`(r.first_responded_at is not null or r.response_target_at > ${asOf.toISOString()}::timestamptz)`);

  const page = await selectReferralPage(opts.db, {
    serviceId: opts.viewer.serviceId,
    asOf,
    where,
    after: cursor,
    limit: first,
    audit: { action: "referral.list", actorStaffId: opts.viewer.staffId, correlationId: opts.correlationId },
  });
  const edges = page.items.map(({ row, referral }) => ({
    cursor: encodeCursor({ asOf: asOf.getTime(), ...cursorOf(row) }),
    node: referral,
  }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** One referral as the manager sees it; audited as a read. */
export async function findReferral(opts: {
  db: Queryable;
  viewer: Viewer;
  id: string;
  now: Date;
  correlationId: string;
}): Promise<Referral | null> {
  const page = await selectReferralPage(opts.db, {
    serviceId: opts.viewer.serviceId,
    asOf: opts.now,
    where: [sql`r.id = ${opts.id}::uuid`],
    limit: 1,
    audit: { action: "referral.read", actorStaffId: opts.viewer.staffId, correlationId: opts.correlationId },
  });
  return page.items[0]?.referral ?? null;
}

export async function getReferral(opts: {
  db: Queryable;
  viewer: Viewer;
  id: string;
  now: Date;
  correlationId: string;
}): Promise<Referral> {
  const id = assertId("id", opts.id);
  const referral = await findReferral({ ...opts, id });
  if (!referral) throw notFound("Referral");
  return referral;
}

/**
 * Record the manager's triage decision. Eligible referrals get a level and stay in the queue for
 * allocation; ineligible ones are closed as signposted with the reason — kept, never deleted.
 */
export async function triageReferral(opts: { db: Db; bus: EventBus; viewer: Viewer; input: TriageReferralInput; now: Date }) {
  const input = parseInput(triageSchema, opts.input);
  await opts.db.transaction(async (tx) => {
    // Lock the row so two managers triaging at once cannot interleave.
    const [current] = await tx
      .select({ id: referrals.id, status: referrals.status })
      .from(referrals)
      .where(and(eq(referrals.id, input.referralId), eq(referrals.serviceId, opts.viewer.serviceId)))
      .for("update");
    if (!current) throw notFound("Referral");
    if (!(QUEUE_STATUSES as readonly string[]).includes(current.status)) {
      throw conflict(`This referral is ${current.status.toLowerCase()} and can no longer be triaged.`);
    }
    const eligible = input.eligibility === "ELIGIBLE";
    await tx
      .update(referrals)
      .set({
        eligibility: input.eligibility,
        status: eligible ? (current.status === "POOLED" ? "POOLED" : "TRIAGED") : "SIGNPOSTED",
        level: eligible ? input.level : null,
        ineligibleReason: eligible ? null : input.ineligibleReason,
        signposting: eligible ? null : input.signposting,
        priorityOverride: input.priorityOverride ?? null,
        priorityOverrideReason: input.priorityOverride != null ? input.priorityOverrideReason : null,
        triageNotes: input.notes,
        ...(input.safeguardingFlag != null ? { safeguardingFlag: input.safeguardingFlag } : {}),
        ...(input.excludedOrNoPlace != null ? { excludedOrNoPlace: input.excludedOrNoPlace } : {}),
        ...(input.childInNeedOrLookedAfter != null ? { childInNeedOrLookedAfter: input.childInNeedOrLookedAfter } : {}),
        ...(input.currentStage ? { currentStage: input.currentStage } : {}),
        triagedAt: opts.now,
        triagedById: opts.viewer.staffId,
        updatedAt: opts.now,
      })
      .where(eq(referrals.id, input.referralId));
    await recordAudit(tx, {
      serviceId: opts.viewer.serviceId,
      actorStaffId: opts.viewer.staffId,
      action: "referral.triage",
      entityType: "referral",
      entityId: input.referralId,
      fields: Object.keys(opts.input).filter((k) => k !== "referralId"),
    });
    await opts.bus.publish(tx, Topic.TriageQueueChanged, {
      serviceId: opts.viewer.serviceId,
      referralId: input.referralId,
      change: eligible ? "UPDATED" : "REMOVED",
    });
  });
  return input.referralId;
}

/** Add a key date (and the statutory dates that follow from it) to a referral. */
export async function addKeyDate(opts: { db: Db; bus: EventBus; viewer: Viewer; referralId: string; input: KeyDateInput; now: Date }) {
  const referralId = assertId("referralId", opts.referralId);
  const input = parseInput(keyDateSchema, opts.input);
  await opts.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: referrals.id, status: referrals.status })
      .from(referrals)
      .where(and(eq(referrals.id, referralId), eq(referrals.serviceId, opts.viewer.serviceId)));
    if (!row) throw notFound("Referral");
    await insertKeyDates(tx, opts.viewer.serviceId, referralId, [input]);
    await recordAudit(tx, {
      serviceId: opts.viewer.serviceId,
      actorStaffId: opts.viewer.staffId,
      action: "referral.key-date.add",
      entityType: "referral",
      entityId: referralId,
      fields: ["keyDates"],
    });
    if ((QUEUE_STATUSES as readonly string[]).includes(row.status)) {
      await opts.bus.publish(tx, Topic.TriageQueueChanged, { serviceId: opts.viewer.serviceId, referralId, change: "UPDATED" });
    }
  });
  return referralId;
}

/** Loads shared by the subscribers of one event: keyed by the event object, then by service. */
const deliveryLoads = new WeakMap<object, Map<string, Promise<Referral | null>>>();

/**
 * The referral an event is about, loaded once per event and service however many subscribers it
 * reaches (each has already passed its `DeliveryRule`); every delivery is still audited, in one batch.
 */
export function referralForDelivery(opts: {
  db: Queryable;
  viewer: Viewer;
  now: Date;
  /** Audit entries of the delivery, written in a batch once it went out (graphql/context.ts). */
  auditLater: (entry: AuditEntry) => void;
  correlationId: string;
  /** The event being delivered: loads are shared by everything that delivers this one object. */
  event: object;
  referralId: string;
}): Promise<Referral | null> {
  const { viewer } = opts;
  let byService = deliveryLoads.get(opts.event);
  if (!byService) deliveryLoads.set(opts.event, (byService = new Map()));
  let load = byService.get(viewer.serviceId);
  if (!load) {
    load = selectReferralPage(opts.db, {
      serviceId: viewer.serviceId,
      asOf: opts.now,
      where: [sql`r.id = ${opts.referralId}::uuid`],
      limit: 1,
      audit: null,
    }).then((page) => page.items[0]?.referral ?? null);
    byService.set(viewer.serviceId, load);
  }
  return load.then((referral) => {
    if (referral) {
      opts.auditLater({
        serviceId: viewer.serviceId,
        actorStaffId: viewer.staffId,
        action: "referral.read",
        entityType: "referral",
        entityId: referral.id,
        fields: REFERRAL_PERSONAL_FIELDS,
        correlationId: opts.correlationId,
      });
    }
    return referral;
  });
}
