import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { assertId } from "../core/input.js";
import { eraseServiceUser } from "./erase.service.js";
import { exportSubjectAccess } from "./subject-access.service.js";

@ObjectType({ simpleResolvers: true })
class ErasureResult {
  @Field(() => ID) personId!: string;
  @Field(() => Int) referralsErased!: number;
  @Field(() => GraphQLDateTime) erasedAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: "Everything held about one person, as JSON and as a readable page." })
class SubjectAccessExport {
  @Field(() => String) json!: string;
  @Field(() => String) html!: string;
}

@Resolver()
export class DataProtectionResolver {
  @Authorized(Permission.EraseServiceUser)
  @Mutation(() => ErasureResult, {
    description: "Right to erasure: removes the family's personal data everywhere; statistics are unchanged. Idempotent.",
  })
  eraseServiceUser(@Arg("personId", () => ID) personId: string, @Ctx() ctx: Context): Promise<ErasureResult> {
    return eraseServiceUser({ db: ctx.db, viewer: ctx.viewer!, personId: assertId("personId", personId), now: ctx.now() });
  }

  @Authorized(Permission.EraseServiceUser)
  @Query(() => SubjectAccessExport, { description: "Subject access: everything held about a person. Audited." })
  subjectAccessExport(@Arg("personId", () => ID) personId: string, @Ctx() ctx: Context): Promise<SubjectAccessExport> {
    return exportSubjectAccess({ db: ctx.db, viewer: ctx.viewer!, personId: assertId("personId", personId), now: ctx.now() });
  }
}
