import { Field, ObjectType } from "type-graphql";
import type * as M from "../core/cursor.js";

@ObjectType({ simpleResolvers: true })
export class PageInfo implements M.PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}
