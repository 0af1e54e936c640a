import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import type { EventBus } from "../pubsub/event-bus.js";
import { can, Permission } from "../core/permissions.js";
import { forbidden } from "../core/errors.js";
import { addKeyDate } from "../referral/triage.service.js";
import type { keyDateSchema } from "../referral/referral.validation.js";
import type { Referral } from "../referral/referral.model.js";
import { cases } from "./casework.table.js";
import { requireCaseAccess } from "./case.service.js";

/**
 * Add a key date the family faces. Managers may add one to any referral of their service; anyone
 * else only while they hold the referral's case (the family tells their officer about a tribunal
 * date, and the officer records it) [001 Casework]. A closed case is CONFLICT for its holder.
 */
export async function addKeyDateAsCaseworker(opts: {
  db: Db;
  bus: EventBus;
  viewer: Viewer;
  referralId: string;
  input: z.input<typeof keyDateSchema>;
  now: Date;
  correlationId: string;
}): Promise<Referral> {
  const { viewer } = opts;
  return addKeyDate({
    ...opts,
    authorize: async (tx, referralId) => {
      if (can(viewer.role, Permission.TriageReferral)) return;
      const [kase] = await tx
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.referralId, referralId), eq(cases.serviceId, viewer.serviceId)));
      if (!kase) throw forbidden("This referral is not allocated to you.");
      await requireCaseAccess(tx, viewer, kase.id, "write");
    },
  });
}
