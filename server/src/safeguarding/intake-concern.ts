import { Topic } from "../pubsub/event-bus.js";
import { recordAudit } from "../audit/audit.service.js";
import { onReferralCreated } from "../referral/referral.hooks.js";
import { theRow } from "../db/rows.js";
import { safeguardingConcerns } from "./safeguarding.table.js";
import { INTAKE_CONCERN_SUMMARY, raisesConcernAtIntake } from "./safeguarding.rules.js";
import { enqueueNotification } from "../notifications/notification.enqueue.js";

/**
 * Safeguarding at intake [003: "as soon as possible"]: a referral entered with its safeguarding flag
 * raises a concern, in the same transaction, raised by the staff member who entered it, and every
 * manager of the service is alerted at once (the same alert, list and overdue item as any concern).
 */
onReferralCreated(async (tx, bus, created) => {
  if (!raisesConcernAtIntake(created)) return;
  const row = theRow(
    await tx
      .insert(safeguardingConcerns)
      .values({
        serviceId: created.serviceId,
        referralId: created.referralId,
        raisedById: created.createdById!,
        raisedAt: created.at,
        summary: INTAKE_CONCERN_SUMMARY,
      })
      .returning({ id: safeguardingConcerns.id }),
    "the new concern",
  );
  await recordAudit(tx, {
    serviceId: created.serviceId,
    actorStaffId: created.createdById,
    action: "safeguarding.raise",
    entityType: "referral",
    entityId: created.referralId,
    fields: ["safeguardingFlag", "safeguardingConcern"],
  });
  await bus.publish(tx, Topic.SafeguardingAlert, { serviceId: created.serviceId, concernId: row.id });
  await enqueueNotification(tx, {
    kind: "SAFEGUARDING_CONCERN",
    serviceId: created.serviceId,
    referralId: created.referralId,
    concernId: row.id,
    now: created.at,
  });
});
