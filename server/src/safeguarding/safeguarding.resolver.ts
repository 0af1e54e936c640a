import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { deliveryRule, filterFor } from "../auth/subscription-guard.js";
import { Topic, type EventPayloads } from "../pubsub/event-bus.js";
import { SafeguardingConcern } from "./safeguarding.type.js";
// Registers the intake hook: a referral entered with its safeguarding flag raises a concern.
import "./intake-concern.js";
import { AcknowledgeSafeguardingConcernArgs, RaiseSafeguardingConcernInput } from "./safeguarding.inputs.js";
import { Case } from "../casework/casework.type.js";
import {
  acknowledgeSafeguardingConcern,
  getConcern,
  listConcernsOfReferral,
  listUnacknowledged,
  raiseSafeguardingConcern,
} from "./safeguarding.service.js";

type AlertEvent = EventPayloads["SAFEGUARDING_ALERT"];

/** The service's managers (those who acknowledge concerns). */
export const safeguardingAlertDelivery = deliveryRule({
  topic: Topic.SafeguardingAlert,
  permission: Permission.AcknowledgeSafeguarding,
  sharedBy: "staff",
});

@Resolver(() => SafeguardingConcern)
export class SafeguardingResolver {
  @Authorized(Permission.AcknowledgeSafeguarding)
  @Query(() => [SafeguardingConcern], {
    description: "Every concern in the caller's service not yet acknowledged, oldest first. Managers only; each read is audited.",
  })
  unacknowledgedSafeguardingConcerns(@Ctx() ctx: Context): Promise<SafeguardingConcern[]> {
    return listUnacknowledged({ db: ctx.db, viewer: ctx.viewer!, correlationId: ctx.correlationId });
  }

  @Authorized(Permission.RaiseSafeguarding)
  @Mutation(() => SafeguardingConcern, {
    description:
      "Raise a concern on a referral or case of the service (any manager, officer or volunteer, whether or not it is theirs); every manager is alerted at once.",
  })
  raiseSafeguardingConcern(
    @Arg("input", () => RaiseSafeguardingConcernInput) input: RaiseSafeguardingConcernInput,
    @Ctx() ctx: Context,
  ): Promise<SafeguardingConcern> {
    return raiseSafeguardingConcern({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, input, now: ctx.now() });
  }

  @Authorized(Permission.AcknowledgeSafeguarding)
  @Mutation(() => SafeguardingConcern, {
    description: "A manager acknowledges a concern and records the outcome; once only (CONFLICT after).",
  })
  acknowledgeSafeguardingConcern(
    @Args(() => AcknowledgeSafeguardingConcernArgs) args: AcknowledgeSafeguardingConcernArgs,
    @Ctx() ctx: Context,
  ): Promise<SafeguardingConcern> {
    return acknowledgeSafeguardingConcern({
      db: ctx.db,
      viewer: ctx.viewer!,
      input: { id: args.id, outcome: args.outcome },
      now: ctx.now(),
    });
  }

  @Authorized(Permission.AcknowledgeSafeguarding)
  @Subscription(() => SafeguardingConcern, {
    topics: Topic.SafeguardingAlert,
    filter: filterFor(safeguardingAlertDelivery),
    description: "A safeguarding concern was raised in the caller's service. Managers only.",
  })
  safeguardingAlert(@Root() payload: AlertEvent, @Ctx() ctx: Context): Promise<SafeguardingConcern> {
    return getConcern({ db: ctx.db, serviceId: payload.serviceId, id: payload.concernId });
  }
}

/**
 * What safeguarding adds to a case: its referral's concerns (safeguarding sits above casework, so the
 * field is resolved here). The case was read, access checked and audited first (`case` query,
 * `closeCase`), and its audit names this field.
 */
@Resolver(() => Case)
export class CaseSafeguardingResolver {
  @FieldResolver(() => [SafeguardingConcern])
  safeguardingConcerns(@Root() kase: Case, @Ctx() ctx: Context): Promise<SafeguardingConcern[]> {
    return listConcernsOfReferral({ db: ctx.db, viewer: ctx.viewer!, referralId: kase.referral.id });
  }
}
