import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import { PageInfo } from "../graphql/pagination.js";
import { RecordAccess, ReferralStatus } from "../graphql/enums.js";
import type * as M from "./records.model.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "A referral a search found. LIMITED: the family is known to the service and held by someone else; contact details and date of birth are withheld.",
})
export class RecordSearchHit implements M.RecordSearchHit {
  @Field(() => ID) referralId!: string;
  @Field(() => String) reference!: string;
  @Field(() => ReferralStatus) status!: ReferralStatus;
  @Field(() => GraphQLDateTime) receivedAt!: Date;
  @Field(() => RecordAccess) access!: RecordAccess;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => String, { nullable: true }) contactName!: string | null;
  @Field(() => String, { nullable: true }) childName!: string | null;
  @Field(() => String, { nullable: true, description: "Who holds the case now (display name)." }) heldBy!: string | null;
  @Field(() => Float, { nullable: true, description: "Name similarity 0–1, when a name was searched." }) nameScore!: number | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) childDateOfBirth!: string | null;
  @Field(() => String, { nullable: true }) postcode!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class RecordSearchEdge {
  @Field(() => String) cursor!: string;
  @Field(() => RecordSearchHit) node!: RecordSearchHit;
}

@ObjectType({ simpleResolvers: true })
export class RecordSearchConnection implements M.RecordSearchConnection {
  @Field(() => [RecordSearchEdge]) edges!: RecordSearchEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
