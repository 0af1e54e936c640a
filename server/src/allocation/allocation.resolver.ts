import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { can, Permission } from "../core/permissions.js";
import { deliveryRule, filterFor } from "../auth/subscription-guard.js";
import { Topic, type EventPayloads } from "../pubsub/event-bus.js";
import { Referral } from "../referral/referral.type.js";
import { Allocation } from "../casework/casework.type.js";
import { AllocationConnection, PooledReferral, TeamMember } from "./allocation.type.js";
import { listTeam } from "./team.service.js";
import {
  acceptAllocation,
  allocateReferral,
  claimReferral,
  getAllocation,
  listMyAllocations,
  listPool,
  publishToPool,
} from "./allocation.service.js";

type AllocationEvent = EventPayloads["ALLOCATION_ASSIGNED"];

/** The staff member allocated, and the service's managers. */
export const allocationAssignedDelivery = deliveryRule({
  topic: Topic.AllocationAssigned,
  permission: Permission.ReadCaseOwn,
  alsoIf: (viewer, event) => viewer.staffId === event.staffId || can(viewer.role, Permission.ReadCaseAny),
  sharedBy: "staff",
});

@Resolver(() => Allocation)
export class AllocationResolver {
  @Authorized(Permission.AllocateReferral)
  @Mutation(() => Allocation, {
    description:
      "Allocate a triaged, eligible referral to a staff member; opens or reuses its case. Refused with the blocking reason's code.",
  })
  allocateReferral(
    @Arg("referralId", () => ID) referralId: string,
    @Arg("staffId", () => ID) staffId: string,
    @Ctx() ctx: Context,
  ): Promise<Allocation> {
    return allocateReferral({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, referralId, staffId, now: ctx.now() });
  }

  @Authorized(Permission.AllocateReferral)
  @Mutation(() => Referral, { description: "Offer a triaged, eligible referral to every eligible staff member to claim." })
  publishToPool(@Arg("referralId", () => ID) referralId: string, @Ctx() ctx: Context): Promise<Referral> {
    return publishToPool({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, referralId, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(Permission.ClaimReferral)
  @Mutation(() => Allocation, {
    description: "Claim a pooled referral. Exactly one of several concurrent claims wins; the rest get ALREADY_CLAIMED.",
  })
  claimReferral(@Arg("referralId", () => ID) referralId: string, @Ctx() ctx: Context): Promise<Allocation> {
    return claimReferral({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, referralId, now: ctx.now() });
  }

  @Authorized(Permission.WriteCaseOwn)
  @Mutation(() => Allocation, { description: "The allocated staff member picks the allocation up; the moment is recorded." })
  acceptAllocation(@Arg("allocationId", () => ID) allocationId: string, @Ctx() ctx: Context): Promise<Allocation> {
    return acceptAllocation({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, allocationId, now: ctx.now() });
  }

  @Authorized(Permission.ReadCaseOwn)
  @Query(() => AllocationConnection, { description: "The caller's allocations, current and past, newest first." })
  myAllocations(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<AllocationConnection> {
    return listMyAllocations({ db: ctx.db, viewer: ctx.viewer!, first, after });
  }

  @Authorized(Permission.ClaimReferral)
  @Query(() => [PooledReferral], {
    description: "Referrals published to the pool (up to 100, soonest response target first), with why the caller could not claim each.",
  })
  referralPool(@Ctx() ctx: Context): Promise<PooledReferral[]> {
    return listPool({ db: ctx.db, viewer: ctx.viewer!, now: ctx.now() });
  }

  @Authorized(Permission.ReadTeam)
  @Query(() => [TeamMember], {
    description:
      "Active staff with open caseload by level, capacity and blocking reasons for a case of `level`, or for the referral `forReferralId` (managers only; adds conflicts of interest).",
  })
  team(
    @Ctx() ctx: Context,
    @Arg("level", () => Int, { nullable: true }) level?: number,
    @Arg("forReferralId", () => ID, { nullable: true }) forReferralId?: string,
  ): Promise<TeamMember[]> {
    return listTeam({ db: ctx.db, viewer: ctx.viewer!, level, forReferralId, now: ctx.now() });
  }

  @Authorized(Permission.ReadCaseOwn)
  @Subscription(() => Allocation, {
    topics: Topic.AllocationAssigned,
    filter: filterFor(allocationAssignedDelivery),
    description: "An allocation was made or picked up: sent to the staff member allocated and to the service's managers only.",
  })
  allocationAssigned(@Root() payload: AllocationEvent, @Ctx() ctx: Context): Promise<Allocation> {
    return getAllocation({ db: ctx.db, serviceId: payload.serviceId, id: payload.allocationId });
  }
}
