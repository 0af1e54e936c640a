import { and, asc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import type { EventBus } from "../pubsub/event-bus.js";
import { DomainError, conflict, notFound } from "../core/errors.js";
import { assertId, parseInput } from "../core/input.js";
import { recordAudit } from "../audit/audit.service.js";
import { sqlValues } from "../db/sql.js";
import { getService } from "../service/service.service.js";
import { serviceToday } from "../service/service-calendar.js";
import { staff } from "../staff/staff.table.js";
import { CASE_HOLDING_ROLES } from "../staff/staff.rules.js";
import { allocations, cases } from "../casework/casework.table.js";
import { ACTIVE_CASE_STATUSES } from "../casework/casework.rules.js";
import { referrals } from "../referral/referral.table.js";
import { blockingReasons } from "./allocation.rules.js";
import { loadCaseDemand, loadStaffFacts } from "./eligibility.query.js";
import { assertMayHold, assign } from "./allocation.service.js";
import { reassignCasesSchema } from "./reassign.validation.js";
import type { ReassignmentPlan, ReassignmentResult, StaffToReassign } from "./reassign.model.js";

/** The open cases a staff member holds, oldest reference first. */
async function openCasesOf(q: Db, serviceId: string, staffId: string) {
  return q
    .select({ caseId: cases.id, referralId: cases.referralId, reference: referrals.reference, level: cases.level })
    .from(allocations)
    .innerJoin(cases, eq(cases.id, allocations.caseId))
    .innerJoin(referrals, eq(referrals.id, cases.referralId))
    .where(
      and(
        eq(allocations.serviceId, serviceId),
        eq(allocations.staffId, staffId),
        isNull(allocations.endedAt),
        sql`${cases.status} in (${sqlValues(ACTIVE_CASE_STATUSES)})`,
      ),
    )
    .orderBy(asc(referrals.reference));
}

/**
 * The preview: each open case the person holds, with every colleague who could hold cases and why
 * they could not take it, and a suggestion — the colleague with most room who passes every check,
 * counting the cases suggested before it.
 */
export async function planReassignment(opts: { db: Db; viewer: Viewer; fromStaffId: string; now: Date }): Promise<ReassignmentPlan> {
  const fromStaffId = assertId("fromStaffId", opts.fromStaffId);
  const { viewer } = opts;
  const [from] = await opts.db
    .select({ id: staff.id, displayName: staff.displayName, active: staff.active })
    .from(staff)
    .where(and(eq(staff.id, fromStaffId), eq(staff.serviceId, viewer.serviceId)));
  if (!from) throw notFound("Staff member", "fromStaffId");
  const service = await getService(opts.db, viewer.serviceId);
  const today = serviceToday(service, opts.now);
  const held = await openCasesOf(opts.db, viewer.serviceId, fromStaffId);
  const colleagues = await opts.db
    .select()
    .from(staff)
    .where(
      and(
        eq(staff.serviceId, viewer.serviceId),
        eq(staff.active, true),
        ne(staff.id, fromStaffId),
        inArray(staff.role, [...CASE_HOLDING_ROLES]),
      ),
    )
    .orderBy(asc(staff.displayName));
  const facts = await loadStaffFacts(opts.db, viewer.serviceId, colleagues);
  const extra = new Map<string, number>();
  const plan = [];
  for (const c of held) {
    const demand = await loadCaseDemand(opts.db, viewer.serviceId, c.referralId);
    const candidates = colleagues.map((m) => {
      const f = facts.get(m.id)!;
      const withSuggested = { ...f, openAllocations: f.openAllocations + (extra.get(m.id) ?? 0) };
      return {
        staffId: m.id,
        displayName: m.displayName,
        role: m.role,
        openCases: withSuggested.openAllocations,
        capacity: m.capacity,
        blockingReasons: blockingReasons(withSuggested, demand, { today, volunteerMaxLevel: service.volunteerMaxLevel }),
      };
    });
    const suggested = candidates
      .filter((x) => x.blockingReasons.length === 0)
      .sort((x, y) => y.capacity - y.openCases - (x.capacity - x.openCases))[0];
    if (suggested) extra.set(suggested.staffId, (extra.get(suggested.staffId) ?? 0) + 1);
    plan.push({ ...c, suggestedStaffId: suggested?.staffId ?? null, candidates });
  }
  return { fromStaffId, fromDisplayName: from.displayName, fromActive: from.active, cases: plan };
}

/**
 * Reassign a person's open cases, each to a colleague who passes the allocation checks, in one
 * transaction: any refusal (its code, at `input.assignments.N.toStaffId`) leaves every case where it
 * was. Each case's open overdue items move to its new holder; one audit event records the operation.
 */
export async function reassignCases(opts: {
  db: Db;
  bus: EventBus;
  viewer: Viewer;
  input: z.input<typeof reassignCasesSchema>;
  now: Date;
}): Promise<ReassignmentResult> {
  const input = parseInput(reassignCasesSchema, opts.input);
  const { viewer, now } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  await opts.db.transaction(async (tx) => {
    for (const [i, a] of input.assignments.entries()) {
      const [held] = await tx
        .select({ caseId: cases.id, referralId: cases.referralId })
        .from(allocations)
        .innerJoin(cases, eq(cases.id, allocations.caseId))
        .where(
          and(
            eq(allocations.serviceId, viewer.serviceId),
            eq(allocations.caseId, a.caseId),
            eq(allocations.staffId, input.fromStaffId),
            isNull(allocations.endedAt),
            sql`${cases.status} in (${sqlValues(ACTIVE_CASE_STATUSES)})`,
          ),
        )
        .for("update");
      if (!held) throw notFound("Open case held by this person", `input.assignments.${i}.caseId`);
      if (a.toStaffId === input.fromStaffId) throw conflict("A case cannot be reassigned to the person who holds it.");
      try {
        await assertMayHold(tx, service, a.toStaffId, held.referralId, now);
      } catch (error) {
        if (error instanceof DomainError)
          throw new DomainError(error.code, error.message, { field: `input.assignments.${i}.toStaffId`, extra: { ...error.extra } });
        throw error;
      }
      await assign(tx, opts.bus, { viewer, caseId: a.caseId, staffId: a.toStaffId, kind: "DIRECT", now });
    }
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "staff.reassign",
      entityType: "staff",
      entityId: input.fromStaffId,
      fields: ["allocation"],
    });
  });
  return { reassigned: input.assignments.length };
}

/** People no longer active who still hold open cases: what is left to reassign. */
export async function listStaffToReassign(opts: { db: Db; viewer: Viewer }): Promise<StaffToReassign[]> {
  const rows = await opts.db
    .select({ staffId: staff.id, displayName: staff.displayName, openCases: sql<number>`count(*)::int` })
    .from(allocations)
    .innerJoin(cases, eq(cases.id, allocations.caseId))
    .innerJoin(staff, eq(staff.id, allocations.staffId))
    .where(
      and(
        eq(allocations.serviceId, opts.viewer.serviceId),
        isNull(allocations.endedAt),
        eq(staff.active, false),
        sql`${cases.status} in (${sqlValues(ACTIVE_CASE_STATUSES)})`,
      ),
    )
    .groupBy(staff.id, staff.displayName)
    .orderBy(asc(staff.displayName));
  return rows.map((r) => ({ ...r, openCases: Number(r.openCases) }));
}
