import { Arg, Authorized, Ctx, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { deliveryRule, filterFor } from "../auth/subscription-guard.js";
import { Topic, type EventPayloads } from "../pubsub/event-bus.js";
import { OverdueItem } from "./overdue.type.js";
import { OverdueScope } from "../graphql/enums.js";
import { getOverdueItem, listOverdueItems } from "./overdue.service.js";
import { mustAct } from "./overdue.rules.js";

type Raised = EventPayloads["OVERDUE_ITEM_RAISED"];

/** The staff member who must act; managers also get unassigned team items. */
export const overdueItemRaisedDelivery = deliveryRule({
  topic: Topic.OverdueItemRaised,
  permission: Permission.ReadOverdueOwn,
  alsoIf: (viewer, event) => mustAct(viewer, { assigneeStaffId: event.assigneeStaffId }),
  sharedBy: "staff",
});

@Resolver()
export class OverdueResolver {
  @Authorized(Permission.ReadOverdueOwn)
  @Query(() => [OverdueItem], { description: "Open overdue items, oldest due first (at most 500)." })
  overdueItems(
    @Ctx() ctx: Context,
    @Arg("scope", () => OverdueScope, { nullable: true, defaultValue: OverdueScope.MINE }) scope: OverdueScope,
  ): Promise<OverdueItem[]> {
    return listOverdueItems({ db: ctx.db, viewer: ctx.viewer!, scope });
  }

  @Authorized(Permission.ReadOverdueOwn)
  @Subscription(() => OverdueItem, {
    topics: Topic.OverdueItemRaised,
    filter: filterFor(overdueItemRaisedDelivery),
    description: "An item fell due for the caller to act on (managers: unassigned team items too).",
  })
  overdueItemRaised(@Root() payload: Raised, @Ctx() ctx: Context): Promise<OverdueItem> {
    return getOverdueItem({ db: ctx.db, viewer: ctx.viewer!, id: payload.overdueItemId });
  }
}
