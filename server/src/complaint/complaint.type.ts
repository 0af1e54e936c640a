import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import { PageInfo } from "../graphql/pagination.js";
import { ComplaintOutcome, FeedbackKind } from "../graphql/enums.js";
import type * as M from "./complaint.model.js";

@ObjectType({
  simpleResolvers: true,
  description: "A logged complaint, comment or compliment. Managers see the log; steering sees only counts by kind and outcome.",
})
export class Complaint implements M.Complaint {
  @Field(() => ID) id!: string;
  @Field(() => FeedbackKind) kind!: FeedbackKind;
  @Field(() => GraphQLDateTime) receivedAt!: Date;
  @Field(() => String, { nullable: true }) fromWhom!: string | null;
  @Field(() => String, { nullable: true }) what!: string | null;
  @Field(() => String, { nullable: true }) measuresTaken!: string | null;
  @Field(() => ComplaintOutcome) outcome!: ComplaintOutcome;
  @Field(() => String, { nullable: true }) escalatedTo!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) responseDueOn!: string | null;
  @Field(() => GraphQLDateTime, { nullable: true }) respondedAt!: Date | null;
  @Field(() => Boolean, { description: "A response is due and none is recorded, from the due date on." }) responseOverdue!: boolean;
  @Field(() => String, { description: "Display name of the staff member who logged it." }) loggedBy!: string;
}

@ObjectType({ simpleResolvers: true })
export class ComplaintEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Complaint) node!: Complaint;
}

@ObjectType({ simpleResolvers: true })
export class ComplaintConnection implements M.ComplaintConnection {
  @Field(() => [ComplaintEdge]) edges!: ComplaintEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
