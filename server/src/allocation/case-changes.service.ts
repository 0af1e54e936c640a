import { and, desc, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import type { EventBus } from "../pubsub/event-bus.js";
import { recordAudit } from "../audit/audit.service.js";
import { DomainError, ErrorCode, badInput, conflict, notFound } from "../core/errors.js";
import { parseInput } from "../core/input.js";
import { getService } from "../service/service.service.js";
import { serviceToday } from "../service/service-calendar.js";
import { referrals } from "../referral/referral.table.js";
import { staff } from "../staff/staff.table.js";
import { allocations, caseCoworkers, caseLevelChanges, caseReopenings, cases } from "../casework/casework.table.js";
import { requireCaseAccess, getCase } from "../casework/case.service.js";
import { caseworkSettingsOf } from "../casework/casework.settings.js";
import { mayJointWork, mayReopenAfter, mayReopenUntil } from "../casework/casework.rules.js";
import type { Case } from "../casework/casework.model.js";
import { jointWorkerBlockingReasons, levelBlockingReasons } from "./allocation.rules.js";
import { loadCaseDemand, loadStaffFacts } from "./eligibility.query.js";
import { assertMayHold, assign } from "./allocation.service.js";
import { addCoworkerSchema, changeLevelSchema, reopenCaseSchema } from "./case-changes.validation.js";

type Opts<I> = { db: Db; bus: EventBus; viewer: Viewer; input: I; now: Date; correlationId: string };

/**
 * A manager changes the level of an allocated case as it escalates or settles [004 2.2A1, A3], with
 * the reason. The level gate applies again to the holder: an escalation their training or role
 * does not cover is refused with NOT_QUALIFIED_FOR_LEVEL on `input.level` (reallocate first).
 */
export async function changeCaseLevel(opts: Opts<z.input<typeof changeLevelSchema>>): Promise<Case> {
  const input = parseInput(changeLevelSchema, opts.input);
  const { viewer, now } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  await opts.db.transaction(async (tx) => {
    const { row: kase } = await requireCaseAccess(tx, viewer, input.caseId, "write");
    if (kase.level === input.level) throw badInput("input.level", `The case is already at level ${kase.level}.`);
    const [holder] = await tx
      .select()
      .from(staff)
      .innerJoin(allocations, eq(allocations.staffId, staff.id))
      .where(and(eq(allocations.caseId, kase.id), isNull(allocations.endedAt)));
    if (holder) {
      const facts = (await loadStaffFacts(tx, service.id, [holder.staff])).get(holder.staff.id);
      if (!facts) throw new Error("no facts loaded for the holder");
      const [first] = levelBlockingReasons(facts, input.level, {
        today: serviceToday(service, now),
        volunteerMaxLevel: service.volunteerMaxLevel,
      });
      if (first)
        throw new DomainError(first.code, `${holder.staff.displayName} cannot hold a level ${input.level} case: ${first.message}`, {
          field: "input.level",
        });
    }
    await tx.insert(caseLevelChanges).values({
      serviceId: viewer.serviceId,
      caseId: kase.id,
      fromLevel: kase.level,
      toLevel: input.level,
      reason: input.reason,
      changedById: viewer.staffId,
      changedAt: now,
    });
    await tx.update(cases).set({ level: input.level }).where(eq(cases.id, kase.id));
    await tx.update(referrals).set({ level: input.level, updatedAt: now }).where(eq(referrals.id, kase.referralId));
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.level.change",
      entityType: "case",
      entityId: kase.id,
      fields: ["level", "levelChanges"],
    });
  });
  return getCase({ db: opts.db, viewer, id: input.caseId, now, correlationId: opts.correlationId });
}

/**
 * A manager reopens a closed case when the family comes back within the service's reopen window
 * (the service setting `reopenWithinMonths`, default 3), allocating it again — to the last holder
 * unless another is named, with every allocation check. An erased family's case (CASE_ERASED), a
 * removal for conduct (CONFLICT) and a case past the window (REOPEN_WINDOW_PASSED) are refused.
 */
export async function reopenCase(opts: Opts<z.input<typeof reopenCaseSchema>>): Promise<Case> {
  const input = parseInput(reopenCaseSchema, opts.input);
  const { viewer, now } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  const settings = await caseworkSettingsOf(opts.db, viewer.serviceId);
  await opts.db.transaction(async (tx) => {
    const [kase] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.id, input.caseId), eq(cases.serviceId, viewer.serviceId)))
      .for("update");
    if (!kase) throw notFound("Case", "input.caseId");
    if (kase.status !== "CLOSED" || !kase.closedAt) throw conflict("This case is not closed.");
    const [referral] = await tx.select({ erasedAt: referrals.erasedAt }).from(referrals).where(eq(referrals.id, kase.referralId));
    if (referral?.erasedAt)
      throw new DomainError(ErrorCode.CASE_ERASED, "The family's details were erased, so this case cannot be reopened.", {
        field: "input.caseId",
      });
    if (!mayReopenAfter(kase.closureReason))
      throw conflict("The family was removed from the service for their conduct; there is no appeal, so the case is not reopened.");
    const until = mayReopenUntil(kase.closedAt, settings.reopenWithinMonths);
    if (now > until)
      throw new DomainError(
        ErrorCode.REOPEN_WINDOW_PASSED,
        `Cases can be reopened for ${settings.reopenWithinMonths} months after closing; this one closed on ${kase.closedAt.toISOString().slice(0, 10)}. Enter a new referral.`,
        { field: "input.caseId" },
      );
    const staffId =
      input.staffId ??
      (
        await tx
          .select({ staffId: allocations.staffId })
          .from(allocations)
          .where(eq(allocations.caseId, kase.id))
          .orderBy(desc(allocations.allocatedAt))
          .limit(1)
      )[0]?.staffId;
    if (!staffId) throw badInput("input.staffId", "Choose who should take the case.");
    await assertMayHold(tx, service, staffId, kase.referralId, now).catch((e: unknown) => {
      if (e instanceof DomainError && !e.field) throw new DomainError(e.code, e.message, { field: "input.staffId", extra: { ...e.extra } });
      throw e;
    });
    await tx.insert(caseReopenings).values({
      serviceId: viewer.serviceId,
      caseId: kase.id,
      previousClosedAt: kase.closedAt,
      previousClosureReason: kase.closureReason,
      reason: input.reason,
      reopenedById: viewer.staffId,
      reopenedAt: now,
    });
    await tx
      .update(cases)
      .set({
        status: "OPEN",
        closedAt: null,
        closureReason: null,
        closureNote: null,
        missedMeetings: 0,
        putForwardForClosureAt: null,
        lastActivityAt: now,
      })
      .where(eq(cases.id, kase.id));
    await tx.update(referrals).set({ status: "ALLOCATED", updatedAt: now }).where(eq(referrals.id, kase.referralId));
    await assign(tx, opts.bus, { viewer, caseId: kase.id, staffId, kind: "DIRECT", now });
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.reopen",
      entityType: "case",
      entityId: kase.id,
      fields: ["status", "closure", "allocations", "reopenings"],
    });
  });
  return getCase({ db: opts.db, viewer, id: input.caseId, now, correlationId: opts.correlationId });
}

/**
 * A manager adds a co-worker or shadow to a level-4 case [004 2.2B3]: someone of the service who
 * may hold cases (DBS, confidentiality, no conflict with the family); a shadow need not have the
 * level-4 training, which is the point of shadowing. Another service's staff member is NOT_FOUND.
 */
export async function addCaseCoworker(opts: Opts<z.input<typeof addCoworkerSchema>>): Promise<Case> {
  const input = parseInput(addCoworkerSchema, opts.input);
  const { viewer, now } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  await opts.db.transaction(async (tx) => {
    const { row: kase } = await requireCaseAccess(tx, viewer, input.caseId, "write");
    if (!mayJointWork(kase.level))
      throw new DomainError(
        ErrorCode.JOINT_WORKING_LEVEL_4_ONLY,
        `Co-workers and shadows join level-4 cases; this one is level ${kase.level}.`,
        { field: "input.caseId" },
      );
    const [member] = await tx
      .select()
      .from(staff)
      .where(and(eq(staff.id, input.staffId), eq(staff.serviceId, viewer.serviceId), eq(staff.active, true)));
    if (!member) throw notFound("Staff member", "input.staffId");
    const [holding] = await tx
      .select({ id: allocations.id })
      .from(allocations)
      .where(and(eq(allocations.caseId, kase.id), eq(allocations.staffId, member.id), isNull(allocations.endedAt)));
    if (holding) throw conflict(`${member.displayName} holds this case already.`);
    const [already] = await tx
      .select({ id: caseCoworkers.id })
      .from(caseCoworkers)
      .where(and(eq(caseCoworkers.caseId, kase.id), eq(caseCoworkers.staffId, member.id), isNull(caseCoworkers.endedAt)));
    if (already) throw conflict(`${member.displayName} is already working on this case.`);
    const facts = (await loadStaffFacts(tx, service.id, [member])).get(member.id);
    if (!facts) throw new Error("no facts loaded for the staff member");
    const demand = await loadCaseDemand(tx, service.id, kase.referralId);
    const [first, ...rest] = jointWorkerBlockingReasons(facts, demand, {
      today: serviceToday(service, now),
      volunteerMaxLevel: service.volunteerMaxLevel,
    });
    if (first)
      throw new DomainError(first.code, first.message, { field: "input.staffId", extra: { reasons: [first, ...rest].map((r) => r.code) } });
    await tx.insert(caseCoworkers).values({
      serviceId: viewer.serviceId,
      caseId: kase.id,
      staffId: member.id,
      role: input.role,
      addedById: viewer.staffId,
      addedAt: now,
    });
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.coworker.add",
      entityType: "case",
      entityId: kase.id,
      fields: ["coworkers"],
    });
  });
  return getCase({ db: opts.db, viewer, id: input.caseId, now, correlationId: opts.correlationId });
}
