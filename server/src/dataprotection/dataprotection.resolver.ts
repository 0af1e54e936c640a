import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { ErasureResult, SubjectAccessExport } from "./dataprotection.type.js";
import { eraseServiceUser } from "./erase.service.js";
import { exportSubjectAccess } from "./subject-access.service.js";

@Resolver()
export class DataProtectionResolver {
  @Authorized(Permission.EraseServiceUser)
  @Mutation(() => ErasureResult, {
    description: "Right to erasure: removes the family's personal data everywhere; statistics are unchanged. Idempotent.",
  })
  eraseServiceUser(@Arg("personId", () => ID) personId: string, @Ctx() ctx: Context): Promise<ErasureResult> {
    return eraseServiceUser({ db: ctx.db, viewer: ctx.viewer!, personId, now: ctx.now() });
  }

  @Authorized(Permission.EraseServiceUser)
  @Query(() => SubjectAccessExport, { description: "Subject access: everything held about a person. Audited." })
  subjectAccessExport(@Arg("personId", () => ID) personId: string, @Ctx() ctx: Context): Promise<SubjectAccessExport> {
    return exportSubjectAccess({ db: ctx.db, viewer: ctx.viewer!, personId, now: ctx.now() });
  }
}
