import { Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Me } from "./staff.type.js";
import { getMe } from "./staff.service.js";

@Resolver()
export class StaffResolver {
  @Authorized()
  @Query(() => Me, { description: "The signed-in staff member; UNAUTHENTICATED without a session." })
  me(@Ctx() ctx: Context): Promise<Me> {
    return getMe({ db: ctx.db, viewer: ctx.viewer!, deploymentAdminEmails: ctx.env.DEPLOYMENT_ADMIN_EMAILS });
  }
}
