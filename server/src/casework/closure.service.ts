import { and, count, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { recordAudit } from "../audit/audit.service.js";
import { theRow } from "../db/rows.js";
import { DomainError, ErrorCode, conflict } from "../core/errors.js";
import { parseInput } from "../core/input.js";
import { getService } from "../service/service.service.js";
import { serviceToday } from "../service/service-calendar.js";
import { referrals } from "../referral/referral.table.js";
import { issueEvaluationInvitation } from "../evaluation/evaluation.service.js";
import { activities, allocations, caseCoworkers, cases, consents, meetings } from "./casework.table.js";
import type { z } from "zod";
import { closeCaseSchema, closureProposalSchema } from "./casework.validation.js";
import { MEETING_STATUS_AFTER_CLOSURE, issuesEvaluation, mayCloseAsWorked, wasWorked } from "./casework.rules.js";
import { getCase, requireCaseAccess, type CaseRow } from "./case.service.js";
import type { ClosureReason } from "../core/vocabulary.js";
import type { CloseCasePayload, ProposedClosure } from "./casework.model.js";
import { referrals as referralsTable } from "../referral/referral.table.js";
import { staff } from "../staff/staff.table.js";

/** Whether anyone worked the case (`wasWorked`): an allocation picked up, or an activity recorded. */
export async function caseWasWorked(tx: Tx, caseId: string): Promise<boolean> {
  const [accepted] = await tx
    .select({ id: allocations.id })
    .from(allocations)
    .where(and(eq(allocations.caseId, caseId), isNotNull(allocations.acceptedAt)))
    .limit(1);
  const { n } = theRow(await tx.select({ n: count() }).from(activities).where(eq(activities.caseId, caseId)), "a count");
  return wasWorked({ accepted: accepted !== undefined, activities: Number(n) });
}

/**
 * Close the case, end its current allocation and close the referral; booked meetings are cancelled
 * and consents current today end today (`MEETING_STATUS_AFTER_CLOSURE`, `consentValidOn`).
 */
export async function endCase(
  tx: Tx,
  opts: { kase: CaseRow; reason: ClosureReason; note: string | null; now: Date; today: string; removed?: boolean },
) {
  const { kase, now } = opts;
  await tx
    .update(meetings)
    .set({ status: MEETING_STATUS_AFTER_CLOSURE })
    .where(and(eq(meetings.caseId, kase.id), eq(meetings.status, "SCHEDULED")));
  await tx
    .update(consents)
    .set({ endedOn: opts.today })
    .where(
      and(
        eq(consents.caseId, kase.id),
        eq(consents.granted, true),
        isNull(consents.withdrawnOn),
        isNull(consents.endedOn),
        sql`${consents.reviewOn} >= ${opts.today}::date`,
      ),
    );
  await tx
    .update(cases)
    .set({
      status: "CLOSED",
      closedAt: now,
      closureReason: opts.reason,
      closureNote: opts.note,
      ...(opts.removed ? { removedFromServiceAt: now } : {}),
    })
    .where(eq(cases.id, kase.id));
  await tx
    .update(allocations)
    .set({ endedAt: now })
    .where(and(eq(allocations.caseId, kase.id), isNull(allocations.endedAt)));
  await tx
    .update(caseCoworkers)
    .set({ endedAt: now })
    .where(and(eq(caseCoworkers.caseId, kase.id), isNull(caseCoworkers.endedAt)));
  return theRow(
    await tx
      .update(referrals)
      .set({ status: "CLOSED", updatedAt: now })
      .where(eq(referrals.id, kase.referralId))
      .returning({ channel: referrals.channel }),
    "the case's referral",
  );
}

/**
 * Close a case with a reason, and issue the family's anonymous evaluation invitation. The token is
 * returned once, here; the audit event deliberately names no invitation.
 */
export async function closeCase(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<typeof closeCaseSchema>;
  now: Date;
  correlationId: string;
}): Promise<CloseCasePayload> {
  const input = parseInput(closeCaseSchema, opts.input);
  const { viewer, now } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  const closed = await opts.db.transaction(async (tx) => {
    const { row: kase } = await requireCaseAccess(tx, viewer, input.caseId, "write");
    const worked = await caseWasWorked(tx, kase.id);
    if (!mayCloseAsWorked(input.reason, worked)) {
      throw new DomainError(
        ErrorCode.NO_WORK_RECORDED,
        "Nobody picked up this case and no work is recorded on it, so it cannot close as outcome achieved. Choose the reason it is closing.",
        { field: "input.reason" },
      );
    }
    const referral = await endCase(tx, { kase, reason: input.reason, note: input.note, now, today: serviceToday(service, now) });
    const evaluationToken = issuesEvaluation(worked)
      ? await issueEvaluationInvitation(tx, {
          serviceId: viewer.serviceId,
          closedAt: now,
          timeZone: service.officeHours.timeZone,
          level: kase.level,
          channel: referral.channel,
        })
      : null;
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.close",
      entityType: "case",
      entityId: kase.id,
      fields: ["status", "closureReason", "closureNote", "allocations", "meetings", "consents"],
    });
    return { caseId: kase.id, evaluationToken };
  });
  const kase = await getCase({ db: opts.db, viewer, id: closed.caseId, now, correlationId: opts.correlationId });
  return { case: kase, evaluationToken: closed.evaluationToken };
}

/**
 * Cases put forward for closure after two meetings missed without notice [003], still open, oldest
 * first: the managers' list to act on (close, or keep open).
 */
export async function listProposedClosures(opts: { db: Db; viewer: Viewer }): Promise<ProposedClosure[]> {
  const rows = await opts.db
    .select({
      caseId: cases.id,
      referralId: cases.referralId,
      referralReference: referralsTable.reference,
      level: cases.level,
      missedMeetings: cases.missedMeetings,
      putForwardForClosureAt: cases.putForwardForClosureAt,
      holderName: staff.displayName,
    })
    .from(cases)
    .innerJoin(referralsTable, eq(referralsTable.id, cases.referralId))
    .leftJoin(allocations, and(eq(allocations.caseId, cases.id), isNull(allocations.endedAt)))
    .leftJoin(staff, eq(staff.id, allocations.staffId))
    .where(and(eq(cases.serviceId, opts.viewer.serviceId), isNotNull(cases.putForwardForClosureAt), sql`${cases.status} <> 'CLOSED'`))
    .orderBy(cases.putForwardForClosureAt);
  return rows.map((r) => ({ ...r, putForwardForClosureAt: r.putForwardForClosureAt! }));
}

/**
 * A manager decides on a case put forward for closure: CLOSE closes it as MISSED_MEETINGS (the
 * family may come back, and the case can be reopened); KEEP_OPEN clears the proposal and the count.
 */
export async function decideClosureProposal(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<typeof closureProposalSchema>;
  now: Date;
  correlationId: string;
}): Promise<CloseCasePayload> {
  const input = parseInput(closureProposalSchema, opts.input);
  const { viewer, now } = opts;
  if (input.decision === "CLOSE") {
    const [row] = await opts.db.select({ at: cases.putForwardForClosureAt }).from(cases).where(eq(cases.id, input.caseId));
    if (row && !row.at) throw conflict("This case is not put forward for closure.");
    return closeCase({ ...opts, input: { caseId: input.caseId, reason: "MISSED_MEETINGS", note: input.note } });
  }
  await opts.db.transaction(async (tx) => {
    const { row: kase } = await requireCaseAccess(tx, viewer, input.caseId, "write");
    if (!kase.putForwardForClosureAt) throw conflict("This case is not put forward for closure.");
    await tx.update(cases).set({ putForwardForClosureAt: null, missedMeetings: 0 }).where(eq(cases.id, kase.id));
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.closure-proposal.keep-open",
      entityType: "case",
      entityId: kase.id,
      fields: ["putForwardForClosureAt", "missedMeetings"],
    });
  });
  return { case: await getCase({ db: opts.db, viewer, id: input.caseId, now, correlationId: opts.correlationId }), evaluationToken: null };
}
