import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { PageInfo } from "../graphql/pagination.js";
import { AllocationKind, BlockingReasonCode, ReferralChannel } from "../graphql/enums.js";

@ObjectType({ simpleResolvers: true, description: "One reason a staff member may not hold a case." })
export class BlockingReason {
  @Field(() => BlockingReasonCode) code!: BlockingReasonCode;
  @Field(() => String) message!: string;
}

@ObjectType({ simpleResolvers: true, description: "Who holds (or held) a case. A reallocation ends the old allocation; history is kept." })
export class Allocation {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ID) referralId!: string;
  @Field(() => String, { description: "Reference given to the family." }) referralReference!: string;
  @Field(() => Int, { description: "Level of intervention 1–4." }) level!: number;
  @Field(() => ID) staffId!: string;
  @Field(() => String) staffDisplayName!: string;
  @Field(() => AllocationKind) kind!: AllocationKind;
  @Field(() => GraphQLDateTime) allocatedAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: "When the staff member picked it up." }) acceptedAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was reallocated or the case closed." }) endedAt!: Date | null;
  @Field(() => Boolean, { description: "Still the case's allocation." }) current!: boolean;
}

@ObjectType({ simpleResolvers: true })
export class AllocationEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Allocation) node!: Allocation;
}

@ObjectType({ simpleResolvers: true })
export class AllocationConnection {
  @Field(() => [AllocationEdge]) edges!: AllocationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType({ simpleResolvers: true, description: "A referral a manager published for eligible staff to claim; no personal details." })
export class PooledReferral {
  @Field(() => ID) id!: string;
  @Field(() => String) reference!: string;
  @Field(() => Int) level!: number;
  @Field(() => ReferralChannel) channel!: ReferralChannel;
  @Field(() => GraphQLDateTime) receivedAt!: Date;
  @Field(() => GraphQLDateTime) responseTargetAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) publishedToPoolAt!: Date | null;
  @Field(() => [BlockingReason], { description: "Why the caller could not claim it; empty when they can." })
  blockingReasons!: BlockingReason[];
}
