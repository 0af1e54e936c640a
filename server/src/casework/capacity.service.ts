import { sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { recordAudit } from "../audit/audit.service.js";
import { DomainError, ErrorCode } from "../core/errors.js";
import { parseInput } from "../core/input.js";
import { getService } from "../service/service.service.js";
import { serviceToday } from "../service/service-calendar.js";
import { selectReferralPage } from "../referral/referral.query.js";
import { theRow } from "../db/rows.js";
import { mentalCapacityAssessments } from "./casework.table.js";
import { mentalCapacitySchema } from "./casework.validation.js";
import { mayRecordCapacity } from "./casework.rules.js";
import { getCase, requireCaseAccess } from "./case.service.js";
import type { Case } from "./casework.model.js";

/**
 * Record an assessment of a young person's mental capacity [003]. Only for a young person aged 16
 * or over (CAPACITY_NOT_APPLICABLE otherwise); the latest assessment decides who the case's
 * decision-maker is (`decisionMakerWithCapacity`).
 */
export async function recordMentalCapacity(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<ReturnType<typeof mentalCapacitySchema>>;
  now: Date;
  correlationId: string;
}): Promise<Case> {
  const { viewer, now } = opts;
  const service = await getService(opts.db, viewer.serviceId);
  const input = parseInput(mentalCapacitySchema(serviceToday(service, now)), opts.input);
  await opts.db.transaction(async (tx) => {
    const { row: kase } = await requireCaseAccess(tx, viewer, input.caseId, "write");
    const page = await selectReferralPage(tx, {
      serviceId: viewer.serviceId,
      asOf: now,
      where: [sql`r.id = ${kase.referralId}::uuid`],
      limit: 1,
      audit: null,
    });
    const referral = theRow(page.items, "the case's referral").referral;
    if (!mayRecordCapacity(referral.decisionMaker))
      throw new DomainError(
        ErrorCode.CAPACITY_NOT_APPLICABLE,
        "The child is under 16: the parent or carer decides, so there is no capacity to assess.",
        { field: "input.caseId" },
      );
    await tx.insert(mentalCapacityAssessments).values({
      serviceId: viewer.serviceId,
      caseId: kase.id,
      hasCapacity: input.hasCapacity,
      assessedOn: input.assessedOn,
      assessedBy: input.assessedBy,
      notes: input.notes,
      recordedById: viewer.staffId,
      createdAt: now,
    });
    await recordAudit(tx, {
      serviceId: viewer.serviceId,
      actorStaffId: viewer.staffId,
      action: "case.capacity.record",
      entityType: "case",
      entityId: kase.id,
      fields: ["capacityAssessments"],
    });
  });
  return getCase({ db: opts.db, viewer, id: input.caseId, now, correlationId: opts.correlationId });
}
