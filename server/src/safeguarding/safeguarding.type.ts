import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import type * as M from "./safeguarding.model.js";

@ObjectType({
  simpleResolvers: true,
  description: "A safeguarding concern: every manager is alerted at once, and one must acknowledge it.",
})
export class SafeguardingConcern implements M.SafeguardingConcern {
  @Field(() => ID) id!: string;
  @Field(() => ID) referralId!: string;
  @Field(() => String) referralReference!: string;
  @Field(() => ID, { nullable: true }) caseId!: string | null;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => ID) raisedById!: string;
  @Field(() => String) raisedByName!: string;
  @Field(() => GraphQLDateTime) raisedAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => String, { nullable: true }) acknowledgedByName!: string | null;
  @Field(() => String, { nullable: true, description: "What the manager decided." }) outcome!: string | null;
}
