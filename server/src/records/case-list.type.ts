import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { PageInfo } from "../graphql/pagination.js";
import { CaseStatus } from "../graphql/enums.js";
import type * as M from "./case-list.service.js";

@ObjectType({ simpleResolvers: true, description: "A case as a list shows it: who holds it, the family's names, when it opened." })
export class CaseListItem implements M.CaseListItem {
  @Field(() => ID) caseId!: string;
  @Field(() => ID) referralId!: string;
  @Field(() => String) reference!: string;
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => Int) level!: number;
  @Field(() => GraphQLDateTime) openedAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) closedAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true }) lastActivityAt!: Date | null;
  @Field(() => ID, { nullable: true }) heldById!: string | null;
  @Field(() => String, { nullable: true }) heldBy!: string | null;
  @Field(() => String, { nullable: true }) contactName!: string | null;
  @Field(() => String, { nullable: true }) childName!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class CaseListEdge {
  @Field(() => String) cursor!: string;
  @Field(() => CaseListItem) node!: CaseListItem;
}

@ObjectType({ simpleResolvers: true })
export class CaseListConnection {
  @Field(() => [CaseListEdge]) edges!: CaseListEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
