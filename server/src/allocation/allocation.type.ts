import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { PageInfo } from "../graphql/pagination.js";
import { BlockingReasonCode, PrimaryNeed, ReferralChannel, StaffRole } from "../graphql/enums.js";
import { Allocation } from "../casework/casework.type.js";
import type * as M from "./allocation.model.js";

@ObjectType({ simpleResolvers: true, description: "One reason a staff member may not hold a case." })
export class BlockingReason implements M.BlockingReason {
  @Field(() => BlockingReasonCode) code!: BlockingReasonCode;
  @Field(() => String) message!: string;
}

@ObjectType({ simpleResolvers: true })
export class AllocationEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Allocation) node!: Allocation;
}

@ObjectType({ simpleResolvers: true })
export class AllocationConnection implements M.AllocationConnection {
  @Field(() => [AllocationEdge]) edges!: AllocationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType({ simpleResolvers: true, description: "A referral a manager published for eligible staff to claim; no personal details." })
export class PooledReferral implements M.PooledReferral {
  @Field(() => ID) id!: string;
  @Field(() => String) reference!: string;
  @Field(() => Int) level!: number;
  @Field(() => ReferralChannel) channel!: ReferralChannel;
  @Field(() => GraphQLDateTime) receivedAt!: Date;
  @Field(() => GraphQLDateTime) responseTargetAt!: Date;
  @Field(() => GraphQLDateTime, { description: "The response maximum: past it, the referral is overdue." }) responseDeadlineAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) publishedToPoolAt!: Date | null;
  @Field(() => PrimaryNeed, { nullable: true, description: "The child's primary area of need, when recorded (the pool shows no names)." })
  primaryNeed!: PrimaryNeed | null;
  @Field(() => [BlockingReason], { description: "Why the caller could not claim it; empty when they can." })
  blockingReasons!: BlockingReason[];
}

@ObjectType({ simpleResolvers: true, description: "Open cases at one level of intervention." })
export class CaseloadAtLevel implements M.CaseloadAtLevel {
  @Field(() => Int) level!: number;
  @Field(() => Int) openCases!: number;
}

@ObjectType({ simpleResolvers: true, description: "A staff member as the manager sees them when choosing whom to allocate to." })
export class TeamMember implements M.TeamMember {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => StaffRole) role!: StaffRole;
  @Field(() => Int, { description: "Most open cases this person carries." }) capacity!: number;
  @Field(() => Int) openCases!: number;
  @Field(() => [CaseloadAtLevel], { description: "Open cases for each level 1–4." }) caseload!: CaseloadAtLevel[];
  @Field(() => [BlockingReason], {
    description: "Why they could not take the case now (for the given level or referral); empty when they can.",
  })
  blockingReasons!: BlockingReason[];
}
