import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { Topic, type EventBus } from "../pubsub/event-bus.js";
import { recordAudit } from "../audit/audit.service.js";
import { DomainError, ErrorCode, conflict, forbidden, notFound } from "../core/errors.js";
import { assertId } from "../core/input.js";
import { clampFirst, decodeCursor, encodeCursor } from "../core/cursor.js";
import { getService, type ServiceRow } from "../service/service.service.js";
import { serviceToday } from "../service/service-calendar.js";
import { referrals } from "../referral/referral.table.js";
import { children } from "../person/person.table.js";
import { isInQueue } from "../referral/referral.rules.js";
import { staff } from "../staff/staff.table.js";
import { allocations, cases } from "../casework/casework.table.js";
import { blockingReasons, mayAllocate, mayPublishToPool, type BlockingReason } from "./allocation.rules.js";
import { loadCaseDemand, loadStaffFacts } from "./eligibility.query.js";
import type { AllocationConnection, PooledReferral } from "./allocation.model.js";
import { getAllocation as readAllocation, selectAllocations } from "../casework/case.query.js";
import type { Allocation } from "../casework/casework.model.js";
import { isClosed } from "../casework/casework.rules.js";
import { getReferral } from "../referral/referral.service.js";
import { moveOpenItemsToHolder } from "../overdue/follow-holder.js";
import type { Referral } from "../referral/referral.model.js";
import { enqueueNotification } from "../notifications/notification.enqueue.js";

/** The refusal for the first blocking reason; every reason's code rides along in `extensions.reasons`. */
function refusal([first, ...rest]: [BlockingReason, ...BlockingReason[]]) {
  return new DomainError(first.code, first.message, { extra: { reasons: [first, ...rest].map((r) => r.code) } });
}

/** Refuse unless the staff member may hold this referral's case today. Locks the staff row so one person's allocations serialise. */
export async function assertMayHold(tx: Tx, service: ServiceRow, staffId: string, referralId: string, now: Date) {
  const [member] = await tx
    .select()
    .from(staff)
    .where(and(eq(staff.id, staffId), eq(staff.serviceId, service.id), eq(staff.active, true)))
    .for("update");
  if (!member) throw notFound("Staff member");
  const facts = (await loadStaffFacts(tx, service.id, [member])).get(member.id);
  if (!facts) throw new Error("no facts loaded for the staff member");
  const demand = await loadCaseDemand(tx, service.id, referralId);
  const [first, ...rest] = blockingReasons(facts, demand, {
    today: serviceToday(service, now),
    volunteerMaxLevel: service.volunteerMaxLevel,
  });
  if (first) throw refusal([first, ...rest]);
  return member;
}

/** The referral's case, opened at the triage level if it has none yet. */
async function openOrReuseCase(tx: Tx, viewer: Viewer, referral: { id: string; level: number }, now: Date) {
  const [existing] = await tx.select().from(cases).where(eq(cases.referralId, referral.id));
  if (existing) {
    if (isClosed(existing.status)) throw conflict("This case is closed.");
    return existing;
  }
  const [created] = await tx
    .insert(cases)
    .values({ serviceId: viewer.serviceId, referralId: referral.id, level: referral.level, openedAt: now })
    .returning();
  if (!created) throw new Error("insert returned no row");
  await recordAudit(tx, {
    serviceId: viewer.serviceId,
    actorStaffId: viewer.staffId,
    action: "case.open",
    entityType: "case",
    entityId: created.id,
  });
  return created;
}

/** End the case's current allocation (if any) and give it to `staffId`; tell the holder and managers. */
export async function assign(
  tx: Tx,
  bus: Pick<EventBus, "publish">,
  opts: { viewer: Viewer; caseId: string; staffId: string; kind: "DIRECT" | "CLAIMED"; now: Date },
) {
  const { viewer, now } = opts;
  const [current] = await tx
    .select({ id: allocations.id, staffId: allocations.staffId })
    .from(allocations)
    .where(and(eq(allocations.caseId, opts.caseId), isNull(allocations.endedAt)));
  if (current?.staffId === opts.staffId) throw conflict("The case is already allocated to this staff member.");
  if (current) await tx.update(allocations).set({ endedAt: now }).where(eq(allocations.id, current.id));
  const [row] = await tx
    .insert(allocations)
    .values({
      serviceId: viewer.serviceId,
      caseId: opts.caseId,
      staffId: opts.staffId,
      kind: opts.kind,
      allocatedById: opts.kind === "DIRECT" ? viewer.staffId : null,
      allocatedAt: now,
      // Claiming from the pool is the staff member picking the case up.
      acceptedAt: opts.kind === "CLAIMED" ? now : null,
    })
    .returning({ id: allocations.id });
  if (!row) throw new Error("insert returned no row");
  if (current) {
    const [kase] = await tx.select({ referralId: cases.referralId }).from(cases).where(eq(cases.id, opts.caseId));
    if (kase)
      await moveOpenItemsToHolder(tx, bus, {
        serviceId: viewer.serviceId,
        referralId: kase.referralId,
        fromStaffId: current.staffId,
        toStaffId: opts.staffId,
      });
  }
  await recordAudit(tx, {
    serviceId: viewer.serviceId,
    actorStaffId: viewer.staffId,
    action: "allocation.create",
    entityType: "case",
    entityId: opts.caseId,
    fields: ["allocation"],
  });
  await bus.publish(tx, Topic.AllocationAssigned, { serviceId: viewer.serviceId, allocationId: row.id, staffId: opts.staffId });
  await enqueueNotification(tx, {
    kind: "ALLOCATION",
    serviceId: viewer.serviceId,
    caseId: opts.caseId,
    allocationId: row.id,
    staffId: opts.staffId,
    byStaffId: opts.kind === "DIRECT" ? viewer.staffId : null,
    now,
  });
  return row.id;
}

/**
 * A manager allocates a triaged, eligible referral to a staff member: the case is opened (or
 * reused) at the triage level; a reallocation ends the previous allocation, keeping the history.
 */
export async function allocateReferral(opts: {
  db: Db;
  bus: EventBus;
  viewer: Viewer;
  referralId: string;
  staffId: string;
  now: Date;
}): Promise<Allocation> {
  const referralId = assertId("referralId", opts.referralId);
  const staffId = assertId("staffId", opts.staffId);
  const { viewer, now } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  const allocationId = await opts.db.transaction(async (tx) => {
    const [referral] = await tx
      .select({ id: referrals.id, status: referrals.status, eligibility: referrals.eligibility, level: referrals.level })
      .from(referrals)
      .where(and(eq(referrals.id, referralId), eq(referrals.serviceId, viewer.serviceId)))
      .for("update");
    if (!referral) throw notFound("Referral");
    if (!mayAllocate(referral) || referral.level === null) {
      throw conflict(
        referral.status === "NEW"
          ? "Triage this referral (eligibility and level) before allocating it."
          : `This referral is ${referral.status.toLowerCase()} and cannot be allocated.`,
      );
    }
    await assertMayHold(tx, service, staffId, referralId, now);
    const kase = await openOrReuseCase(tx, viewer, { id: referral.id, level: referral.level }, now);
    const allocationId = await assign(tx, opts.bus, { viewer, caseId: kase.id, staffId, kind: "DIRECT", now });
    await tx.update(referrals).set({ status: "ALLOCATED", updatedAt: now }).where(eq(referrals.id, referralId));
    if (isInQueue(referral.status)) {
      await opts.bus.publish(tx, Topic.TriageQueueChanged, { serviceId: viewer.serviceId, referralId, change: "REMOVED" });
    }
    return allocationId;
  });
  return readAllocation(opts.db, viewer.serviceId, allocationId);
}

/** A manager offers a triaged, eligible referral to every eligible staff member to claim. */
export async function publishToPool(opts: {
  db: Db;
  bus: EventBus;
  viewer: Viewer;
  referralId: string;
  now: Date;
  correlationId: string;
}): Promise<Referral> {
  const referralId = assertId("referralId", opts.referralId);
  const { viewer, now } = opts;
  await opts.db.transaction(async (tx) => {
    const [referral] = await tx
      .select({ status: referrals.status, eligibility: referrals.eligibility, level: referrals.level })
      .from(referrals)
      .where(and(eq(referrals.id, referralId), eq(referrals.serviceId, viewer.serviceId)))
      .for("update");
    if (!referral) throw notFound("Referral");
    if (!mayPublishToPool(referral)) {
      throw conflict(
        referral.status === "NEW"
          ? "Triage this referral (eligibility and level) before publishing it."
          : `This referral is ${referral.status.toLowerCase()} and cannot be published to the pool.`,
      );
    }
    await tx.update(referrals).set({ status: "POOLED", publishedToPoolAt: now, updatedAt: now }).where(eq(referrals.id, referralId));
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "referral.pool",
      entityType: "referral",
      entityId: referralId,
    });
    await opts.bus.publish(tx, Topic.TriageQueueChanged, { serviceId: viewer.serviceId, referralId, change: "UPDATED" });
  });
  return getReferral({ db: opts.db, viewer, id: referralId, now, correlationId: opts.correlationId });
}

/**
 * The caller claims a pooled referral. Atomic: the conditional UPDATE takes the referral's row
 * lock, so of any number of concurrent claims exactly one sees it POOLED; the rest wait for that
 * transaction and then find it ALLOCATED (ALREADY_CLAIMED). A refused claim rolls back to POOLED.
 */
export async function claimReferral(opts: { db: Db; bus: EventBus; viewer: Viewer; referralId: string; now: Date }): Promise<Allocation> {
  const referralId = assertId("referralId", opts.referralId);
  const { viewer, now } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  const allocationId = await opts.db.transaction(async (tx) => {
    const [won] = await tx
      .update(referrals)
      .set({ status: "ALLOCATED", updatedAt: now })
      .where(and(eq(referrals.id, referralId), eq(referrals.serviceId, viewer.serviceId), eq(referrals.status, "POOLED")))
      .returning({ id: referrals.id, level: referrals.level });
    if (!won) {
      const [row] = await tx
        .select({ status: referrals.status })
        .from(referrals)
        .where(and(eq(referrals.id, referralId), eq(referrals.serviceId, viewer.serviceId)));
      if (!row) throw notFound("Referral");
      if (row.status === "ALLOCATED") throw new DomainError(ErrorCode.ALREADY_CLAIMED, "Someone else has already claimed this referral.");
      throw conflict("This referral is not in the pool.");
    }
    // Only a referral with a level is published to the pool (allocation.rules.ts).
    if (won.level === null) throw new Error("pooled referral without a level");
    await assertMayHold(tx, service, viewer.staffId, referralId, now);
    const kase = await openOrReuseCase(tx, viewer, { id: won.id, level: won.level }, now);
    const allocationId = await assign(tx, opts.bus, { viewer, caseId: kase.id, staffId: viewer.staffId, kind: "CLAIMED", now });
    await opts.bus.publish(tx, Topic.TriageQueueChanged, { serviceId: viewer.serviceId, referralId, change: "REMOVED" });
    return allocationId;
  });
  return readAllocation(opts.db, viewer.serviceId, allocationId);
}

/** The allocated staff member picks the allocation up; the moment is recorded and managers are told. */
export async function acceptAllocation(opts: {
  db: Db;
  bus: EventBus;
  viewer: Viewer;
  allocationId: string;
  now: Date;
}): Promise<Allocation> {
  const id = assertId("allocationId", opts.allocationId);
  const { viewer, now } = opts;
  await opts.db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        staffId: allocations.staffId,
        caseId: allocations.caseId,
        acceptedAt: allocations.acceptedAt,
        endedAt: allocations.endedAt,
      })
      .from(allocations)
      .where(and(eq(allocations.id, id), eq(allocations.serviceId, viewer.serviceId)))
      .for("update");
    if (!row) throw notFound("Allocation");
    if (row.staffId !== viewer.staffId) throw forbidden("Only the staff member it is allocated to can accept an allocation.");
    if (row.endedAt) throw conflict("This allocation has ended.");
    if (row.acceptedAt) throw conflict("This allocation was already accepted.");
    await tx.update(allocations).set({ acceptedAt: now }).where(eq(allocations.id, id));
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "allocation.accept",
      entityType: "case",
      entityId: row.caseId,
    });
    await opts.bus.publish(tx, Topic.AllocationAssigned, { serviceId: viewer.serviceId, allocationId: id, staffId: row.staffId });
  });
  return readAllocation(opts.db, viewer.serviceId, id);
}

/** One allocation of the service, as an event delivers it to its holder and the managers. */
export function getAllocation(opts: { db: Db; serviceId: string; id: string }): Promise<Allocation> {
  return readAllocation(opts.db, opts.serviceId, opts.id);
}

interface AllocationCursor {
  at: number;
  id: string;
}
const isAllocationCursor = (v: any): v is AllocationCursor =>
  v && typeof v.at === "number" && typeof v.id === "string" && /^[0-9a-f-]{36}$/i.test(v.id);

/** The caller's allocations, current and past, newest first. */
export async function listMyAllocations(opts: {
  db: Db;
  viewer: Viewer;
  first?: number | null;
  after?: string | null;
}): Promise<AllocationConnection> {
  const first = clampFirst(opts.first);
  const cursor = opts.after ? decodeCursor(opts.after, isAllocationCursor) : null;
  const at = cursor ? new Date(cursor.at) : null;
  const rows = await selectAllocations(
    opts.db,
    opts.viewer.serviceId,
    and(
      eq(allocations.staffId, opts.viewer.staffId),
      at
        ? or(lt(allocations.allocatedAt, at), and(eq(allocations.allocatedAt, at), sql`${allocations.id} < ${cursor!.id}::uuid`))
        : undefined,
    ),
    first + 1,
  );
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor({ at: node.allocatedAt.getTime(), id: node.id }), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** The pool as the caller sees it: what they could claim, and why not where they cannot. */
export async function listPool(opts: { db: Db; viewer: Viewer; now: Date }): Promise<PooledReferral[]> {
  const service = await getService(opts.db, opts.viewer.serviceId);
  const rows = await opts.db
    .select({
      id: referrals.id,
      reference: referrals.reference,
      level: referrals.level,
      channel: referrals.channel,
      receivedAt: referrals.receivedAt,
      responseTargetAt: referrals.responseTargetAt,
      responseDeadlineAt: referrals.responseDeadlineAt,
      publishedToPoolAt: referrals.publishedToPoolAt,
      primaryNeed: children.primaryNeed,
    })
    .from(referrals)
    .leftJoin(children, eq(children.id, referrals.childId))
    .where(and(eq(referrals.serviceId, service.id), eq(referrals.status, "POOLED")))
    .orderBy(referrals.responseTargetAt, referrals.id)
    .limit(100);
  const [me] = await opts.db.select().from(staff).where(eq(staff.id, opts.viewer.staffId));
  const facts = me && (await loadStaffFacts(opts.db, service.id, [me])).get(me.id);
  if (!facts) throw notFound("Staff member");
  const today = serviceToday(service, opts.now);
  const out: PooledReferral[] = [];
  for (const r of rows) {
    const demand = await loadCaseDemand(opts.db, service.id, r.id);
    out.push({
      ...r,
      level: r.level ?? 0,
      blockingReasons: blockingReasons(facts, demand, { today, volunteerMaxLevel: service.volunteerMaxLevel }),
    });
  }
  return out;
}
