import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db, Tx } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { Topic, type EventBus } from "../pubsub/event-bus.js";
import { recordAudit } from "../audit/audit.service.js";
import { conflict, notFound } from "../core/errors.js";
import { assertId, parseInput } from "../core/input.js";
import { clampFirst, decodeCursor, encodeCursor } from "../core/cursor.js";
import { referrals } from "./referral.table.js";
import { getReferral, insertKeyDates } from "./referral.service.js";
import { cursorOf, selectQueuePage, type ReferralColumns } from "./referral.query.js";
import { keyDateSchema, queueFilterSchema, triageSchema } from "./referral.validation.js";
import { QUEUE_STATUSES, isInQueue, statusAfterTriage } from "./referral.rules.js";
import type { Referral, ReferralConnection } from "./referral.model.js";

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
  filter?: z.input<typeof queueFilterSchema> | null;
  now: Date;
  correlationId: string;
  /** The columns the caller's selection needs (`queueColumnsFor`); default every one. */
  columns?: ReferralColumns;
}): Promise<ReferralConnection> {
  const first = clampFirst(opts.first);
  const filter = opts.filter == null ? null : parseInput(queueFilterSchema, opts.filter, "filter");
  const cursor = opts.after ? decodeCursor(opts.after, isQueueCursor) : null;
  const asOf = cursor ? new Date(cursor.asOf) : opts.now;
  // The queue holds open referrals only: a status filter narrows it, and a status outside the
  // queue (SIGNPOSTED, ALLOCATED, CLOSED) matches nothing rather than building an empty `in ()`.
  const statuses = filter?.status?.length ? filter.status.filter(isInQueue) : [...QUEUE_STATUSES];
  const page = await selectQueuePage(opts.db, {
    serviceId: opts.viewer.serviceId,
    asOf,
    filter: {
      statuses,
      channels: filter?.channel ?? [],
      levels: filter?.level ?? [],
      overdue: filter?.overdue ?? null,
      safeguarding: filter?.safeguarding ?? null,
    },
    after: cursor,
    limit: first,
    audit: { action: "referral.list", actorStaffId: opts.viewer.staffId, correlationId: opts.correlationId },
    columns: opts.columns ?? "all",
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

/**
 * Record the manager's triage decision. Eligible referrals get a level and stay in the queue for
 * allocation; ineligible ones are closed as signposted with the reason — kept, never deleted.
 */
export async function triageReferral(opts: {
  db: Db;
  bus: EventBus;
  viewer: Viewer;
  input: z.input<typeof triageSchema>;
  now: Date;
  correlationId: string;
}): Promise<Referral> {
  const input = parseInput(triageSchema, opts.input);
  await opts.db.transaction(async (tx) => {
    // Lock the row so two managers triaging at once cannot interleave.
    const [current] = await tx
      .select({ id: referrals.id, status: referrals.status })
      .from(referrals)
      .where(and(eq(referrals.id, input.referralId), eq(referrals.serviceId, opts.viewer.serviceId)))
      .for("update");
    if (!current) throw notFound("Referral");
    if (!isInQueue(current.status)) {
      throw conflict(`This referral is ${current.status.toLowerCase()} and can no longer be triaged.`);
    }
    const eligible = input.eligibility === "ELIGIBLE";
    await tx
      .update(referrals)
      .set({
        eligibility: input.eligibility,
        status: statusAfterTriage(current.status, eligible),
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
  return getReferral({ db: opts.db, viewer: opts.viewer, id: input.referralId, now: opts.now, correlationId: opts.correlationId });
}

/**
 * Add a key date (and the statutory dates that follow from it) to a referral. `authorize` checks,
 * inside the transaction, whether the viewer may add to this referral (the casework module lets
 * the staff member holding its case); without it, the caller's permission decides.
 */
export async function addKeyDate(opts: {
  db: Db;
  bus: EventBus;
  viewer: Viewer;
  referralId: string;
  input: z.input<typeof keyDateSchema>;
  now: Date;
  correlationId: string;
  authorize?: (tx: Tx, referralId: string) => Promise<void>;
}): Promise<Referral> {
  const referralId = assertId("referralId", opts.referralId);
  const input = parseInput(keyDateSchema, opts.input);
  await opts.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: referrals.id, status: referrals.status })
      .from(referrals)
      .where(and(eq(referrals.id, referralId), eq(referrals.serviceId, opts.viewer.serviceId)));
    if (!row) throw notFound("Referral");
    await opts.authorize?.(tx, referralId);
    await insertKeyDates(tx, opts.viewer.serviceId, referralId, [input]);
    await recordAudit(tx, {
      serviceId: opts.viewer.serviceId,
      actorStaffId: opts.viewer.staffId,
      action: "referral.key-date.add",
      entityType: "referral",
      entityId: referralId,
      fields: ["keyDates"],
    });
    if (isInQueue(row.status)) {
      await opts.bus.publish(tx, Topic.TriageQueueChanged, { serviceId: opts.viewer.serviceId, referralId, change: "UPDATED" });
    }
  });
  return getReferral({ db: opts.db, viewer: opts.viewer, id: referralId, now: opts.now, correlationId: opts.correlationId });
}
