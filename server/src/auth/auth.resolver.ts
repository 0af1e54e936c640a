import { Args, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { LoginArgs } from "./auth.inputs.js";
import { LoginPayload } from "./auth.type.js";
import { signIn, signOut } from "./auth.service.js";

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload)
  login(@Args(() => LoginArgs) args: LoginArgs, @Ctx() ctx: Context): Promise<LoginPayload> {
    return signIn({
      db: ctx.db,
      input: { email: args.email, password: args.password },
      clientAddress: ctx.clientAddress,
      policy: ctx.sessionPolicy,
      deploymentAdminEmails: ctx.env.DEPLOYMENT_ADMIN_EMAILS,
      now: ctx.now(),
    });
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends the session; its live connections are closed." })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return signOut({ db: ctx.db, bus: ctx.bus, sessionId: ctx.viewer!.sessionId, now: ctx.now() });
  }
}
