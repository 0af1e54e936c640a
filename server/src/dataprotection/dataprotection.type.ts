import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import type * as M from "./dataprotection.model.js";

@ObjectType({ simpleResolvers: true })
export class ErasureResult implements M.ErasureResult {
  @Field(() => ID) personId!: string;
  @Field(() => Int) referralsErased!: number;
  @Field(() => GraphQLDateTime) erasedAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: "Everything held about one person, as JSON and as a readable page." })
export class SubjectAccessExport implements M.SubjectAccessExport {
  @Field(() => String) json!: string;
  @Field(() => String) html!: string;
}
