import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { PageInfo } from "../graphql/pagination.js";
import type * as M from "./auditlog.model.js";

@ObjectType({ simpleResolvers: true, description: "Who read or changed which record, and which fields: never the values." })
export class AuditEntry implements M.AuditEntry {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLDateTime) at!: Date;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => String, { nullable: true, description: "Null: the public form, the system or a scheduled job." }) actorName!: string | null;
  @Field(() => String) action!: string;
  @Field(() => String) entityType!: string;
  @Field(() => ID, { nullable: true }) entityId!: string | null;
  @Field(() => [String]) fields!: string[];
}

@ObjectType({ simpleResolvers: true })
export class AuditEntryEdge {
  @Field(() => String) cursor!: string;
  @Field(() => AuditEntry) node!: AuditEntry;
}

@ObjectType({ simpleResolvers: true })
export class AuditEntryConnection implements M.AuditEntryConnection {
  @Field(() => [AuditEntryEdge]) edges!: AuditEntryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
