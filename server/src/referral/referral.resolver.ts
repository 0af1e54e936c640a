import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { selectedWithin, selectionOf, type Allowed } from "../graphql/selection.js";
import { batcherPerDatabase } from "../graphql/batch.js";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { deliveryRule, filterFor } from "../auth/subscription-guard.js";
import { Topic, type EventPayloads } from "../pubsub/event-bus.js";
import { getPublicService } from "../service/service.service.js";
import { CreateReferralInput, SelfReferralInput, TriageQueueFilter, TriageReferralInput } from "./referral.inputs.js";
import { KeyDate, PublicService, Referral, ReferralConnection, SelfReferralReceipt, TriageQueueEvent } from "./referral.type.js";
import {
  createReferral,
  deliverQueueChange,
  deliverReceivedReferral,
  getReferral,
  loadReferralForEvent,
  submitSelfReferral,
} from "./referral.service.js";
import { listTriageQueue, triageReferral } from "./triage.service.js";
import { keyDatesByReferral, type ReferralColumns } from "./referral.query.js";

/** Key dates by referral id, batched per turn of the event loop: a list asking for them costs one statement. */
const keyDatesFor = batcherPerDatabase(keyDatesByReferral);

/** Managers of the referral's service; a referral reads the same for every manager. */
export const referralReceivedDelivery = deliveryRule({
  topic: Topic.ReferralReceived,
  permission: Permission.ReadReferralAny,
  sharedBy: "role",
  prefetch: (event, { db, now }) => void loadReferralForEvent(db, event, event.serviceId, now),
});
export const triageQueueChangedDelivery = deliveryRule({
  topic: Topic.TriageQueueChanged,
  permission: Permission.ReadReferralAny,
  sharedBy: "role",
  prefetch: (event, { db, now }) => {
    if (event.change !== "REMOVED") void loadReferralForEvent(db, event, event.serviceId, now);
  },
});

/**
 * The fields of a referral the queue's narrow rows ("queue" columns) can answer. Field resolvers that
 * read only the referral's id (key dates, case, conduct flag) are in; any other field — or one added
 * later and not listed here — makes the page read every column.
 */
const QUEUE_ROW_FIELDS: Allowed = {
  __typename: true,
  id: true,
  reference: true,
  status: true,
  channel: true,
  receivedAt: true,
  responseTargetAt: true,
  responseDeadlineAt: true,
  firstRespondedAt: true,
  priority: true,
  priorityReasons: true,
  level: true,
  eligibility: true,
  possibleDuplicate: true,
  possibleDuplicateOfId: true,
  currentStage: true,
  safeguardingFlag: true,
  excludedOrNoPlace: true,
  childInNeedOrLookedAfter: true,
  priorityOverride: true,
  priorityOverrideReason: true,
  overdue: true,
  decisionMaker: true,
  personId: true,
  contact: { __typename: true, fullName: true, preferredContact: true, accessibilityNeeds: true },
  child: { __typename: true, fullName: true, dateOfBirth: true, ageYears: true },
  nextKeyDate: { __typename: true, id: true, kind: true, on: true, rule: true, supersededById: true },
  keyDates: true,
  caseId: true,
  conductFlag: true,
};

/** The columns a queue page must read for what the query selects of each referral. */
export function queueColumnsFor(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">): ReferralColumns {
  const nodes = selectionOf(info).fields.get("edges")?.fields.get("node");
  return !nodes || selectedWithin(nodes, QUEUE_ROW_FIELDS) ? "queue" : "all";
}

/** What loading an event's referral needs from the context. */
const deliveryOf = (ctx: Context, event: { referralId: string }) => ({
  db: ctx.db,
  viewer: ctx.viewer!,
  now: ctx.now(),
  auditLater: ctx.auditLater,
  correlationId: ctx.correlationId,
  event,
  referralId: event.referralId,
});

@Resolver(() => Referral)
export class ReferralResolver {
  @Query(() => PublicService, { description: "Public: the service a self-referral form belongs to." })
  publicService(@Arg("slug", () => String) slug: string, @Ctx() ctx: Context): Promise<PublicService> {
    return getPublicService({ db: ctx.db, slug });
  }

  @Mutation(() => SelfReferralReceipt, { description: "Public: the web form for parents, carers and young people. No sign-in." })
  submitSelfReferral(@Arg("input", () => SelfReferralInput) input: SelfReferralInput, @Ctx() ctx: Context): Promise<SelfReferralReceipt> {
    return submitSelfReferral({ db: ctx.db, bus: ctx.bus, input, clientAddress: ctx.clientAddress, now: ctx.now() });
  }

  @Authorized(Permission.CreateReferral)
  @Mutation(() => Referral, { description: "A referral entered by staff from any channel; `receivedAt` may be in the past." })
  createReferral(@Arg("input", () => CreateReferralInput) input: CreateReferralInput, @Ctx() ctx: Context): Promise<Referral> {
    return createReferral({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized()
  @Query(() => Referral, {
    description:
      "One referral of the caller's service: managers any; officers and volunteers one they entered or whose case they hold (FORBIDDEN otherwise).",
  })
  referral(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Referral> {
    return getReferral({ db: ctx.db, viewer: ctx.viewer!, id, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @FieldResolver(() => [KeyDate], { description: "Every key date, statutory ones derived from the date they follow." })
  async keyDates(@Root() referral: Referral, @Ctx() ctx: Context): Promise<KeyDate[]> {
    const dates = (await keyDatesFor(ctx.db).load(referral.id)) ?? [];
    // Key dates belong to their referral's service; the filter keeps it so whatever reached here.
    return dates.filter((d) => d.serviceId === ctx.viewer!.serviceId);
  }

  @Authorized(Permission.ReadReferralAny)
  @Query(() => ReferralConnection, { description: "Open referrals by priority, then response deadline." })
  triageQueue(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("first", () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("filter", () => TriageQueueFilter, { nullable: true }) filter?: TriageQueueFilter,
  ): Promise<ReferralConnection> {
    return listTriageQueue({
      db: ctx.db,
      viewer: ctx.viewer!,
      first,
      after,
      filter,
      now: ctx.now(),
      correlationId: ctx.correlationId,
      columns: queueColumnsFor(info),
    });
  }

  @Authorized(Permission.TriageReferral)
  @Mutation(() => Referral)
  triageReferral(@Arg("input", () => TriageReferralInput) input: TriageReferralInput, @Ctx() ctx: Context): Promise<Referral> {
    return triageReferral({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(Permission.ReadReferralAny)
  @Subscription(() => Referral, {
    topics: Topic.ReferralReceived,
    filter: filterFor(referralReceivedDelivery),
    description: "Every new referral of the caller's service, the moment it arrives. Managers only.",
  })
  referralReceived(@Root() payload: EventPayloads["REFERRAL_RECEIVED"], @Ctx() ctx: Context): Promise<Referral> {
    return deliverReceivedReferral(deliveryOf(ctx, payload));
  }

  @Authorized(Permission.ReadReferralAny)
  @Subscription(() => TriageQueueEvent, {
    topics: Topic.TriageQueueChanged,
    filter: filterFor(triageQueueChangedDelivery),
    description: "A referral joined, changed in or left the triage queue. Managers only.",
  })
  triageQueueChanged(@Root() payload: EventPayloads["TRIAGE_QUEUE_CHANGED"], @Ctx() ctx: Context): Promise<TriageQueueEvent> {
    return deliverQueueChange({ ...deliveryOf(ctx, payload), change: payload.change });
  }
}
