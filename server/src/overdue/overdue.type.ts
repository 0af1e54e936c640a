import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { graphqlEnum } from "../graphql/enum.js";
import { overdueKind } from "./overdue.table.js";

export const OverdueKind = graphqlEnum(overdueKind.enumValues, "OverdueKind", "What has fallen due.");
export type OverdueKind = keyof typeof OverdueKind;

export enum OverdueScope {
  MINE = "MINE",
  TEAM = "TEAM",
}
registerEnumType(OverdueScope, {
  name: "OverdueScope",
  description: "MINE: items for the caller to act on. TEAM (managers): every open item of the service.",
});

@ObjectType({ simpleResolvers: true, description: "Something that fell due and has not been acted on yet." })
export class OverdueItem {
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
}
