import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import { OverdueKind } from "../graphql/enums.js";
import type * as M from "./overdue.model.js";

@ObjectType({ simpleResolvers: true, description: "Something that fell due and has not been acted on yet." })
export class OverdueItem implements M.OverdueItem {
  @Field(() => ID) id!: string;
  @Field(() => OverdueKind) kind!: OverdueKind;
  @Field(() => String, { description: "What is due, in words (references and staff names only)." }) label!: string;
  @Field(() => GraphQLDateTime) dueAt!: Date;
  @Field(() => GraphQLDateTime) raisedAt!: Date;
  @Field(() => String) subjectType!: string;
  @Field(() => ID) subjectId!: string;
  @Field(() => ID, { nullable: true }) referralId!: string | null;
  @Field(() => ID, { nullable: true, description: "Who must act; null means the managers." }) assigneeStaffId!: string | null;
  @Field(() => String, { nullable: true }) assigneeName!: string | null;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "The date the item warns of, for items raised ahead of a date (a key date, a DBS renewal); null for the rest.",
  })
  upcomingOn!: string | null;
}
