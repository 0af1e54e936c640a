import { and, eq, isNull, ne } from "drizzle-orm";
import type { Tx } from "../db/client.js";
import { Topic, type EventBus } from "../pubsub/event-bus.js";
import { overdueItems } from "./overdue.table.js";

/**
 * A case changed hands: its open items that fell to the old holder go to the new one at once, in the
 * reallocating transaction, and the new holder is told. The engine's tick does the same for any item
 * whose rule now names someone else (overdue.engine.ts, `reassigned`); this saves waiting for it.
 * An unaccepted allocation's item stays with its allocation, which has ended and clears on the next tick.
 */
export async function moveOpenItemsToHolder(
  tx: Tx,
  bus: Pick<EventBus, "publish">,
  opts: { serviceId: string; referralId: string; fromStaffId: string; toStaffId: string },
) {
  const moved = await tx
    .update(overdueItems)
    .set({ assigneeStaffId: opts.toStaffId })
    .where(
      and(
        eq(overdueItems.serviceId, opts.serviceId),
        eq(overdueItems.referralId, opts.referralId),
        eq(overdueItems.assigneeStaffId, opts.fromStaffId),
        isNull(overdueItems.clearedAt),
        ne(overdueItems.kind, "ALLOCATION_NOT_ACCEPTED"),
      ),
    )
    .returning({ id: overdueItems.id });
  for (const item of moved) {
    await bus.publish(tx, Topic.OverdueItemRaised, { serviceId: opts.serviceId, overdueItemId: item.id, assigneeStaffId: opts.toStaffId });
  }
  return moved.length;
}
