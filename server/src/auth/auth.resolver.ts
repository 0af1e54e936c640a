import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { z } from "zod";
import type { Context } from "../graphql/context.js";
import { parseInput } from "../core/input.js";
import { Topic } from "../pubsub/event-bus.js";
import { Me } from "../staff/staff.type.js";
import { getMe } from "../staff/staff.service.js";
import { findViewerByToken, login, revokeSession } from "./session.service.js";

@ObjectType({ simpleResolvers: true })
class LoginPayload {
  @Field(() => String, { description: "Send as `Authorization: Bearer <token>` or graphql-ws `connectionParams.authToken`." })
  token!: string;
  @Field(() => GraphQLDateTime) expiresAt!: Date;
  @Field(() => Me) me!: Me;
}

const loginInput = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(320),
  password: z.string().min(1, "Enter your password.").max(1024),
});

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload)
  async login(
    @Arg("email", () => String) email: string,
    @Arg("password", () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    const input = parseInput(loginInput, { email, password }, "");
    const session = await login({ db: ctx.db, ...input, policy: ctx.sessionPolicy, now: ctx.now() });
    const viewer = await findViewerByToken({ db: ctx.db, token: session.token, policy: ctx.sessionPolicy, now: ctx.now() });
    return { token: session.token, expiresAt: session.expiresAt, me: await getMe({ db: ctx.db, viewer: viewer! }) };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends the session; its live connections are closed." })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.db.transaction(async (tx) => {
      await revokeSession({ db: tx, sessionId: ctx.viewer!.sessionId, now: ctx.now() });
      await ctx.bus.publish(tx, Topic.SessionEnded, { sessionId: ctx.viewer!.sessionId });
    });
    return true;
  }
}
