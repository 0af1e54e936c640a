import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../auth/permissions.js";
import { Me, TeamMember } from "./staff.type.js";
import { getMe } from "./staff.service.js";
import { listTeam } from "./team.service.js";

@Resolver()
export class StaffResolver {
  @Authorized()
  @Query(() => Me, { description: "The signed-in staff member; UNAUTHENTICATED without a session." })
  me(@Ctx() ctx: Context): Promise<Me> {
    return getMe({ db: ctx.db, viewer: ctx.viewer! });
  }

  @Authorized(Permission.ReadTeam)
  @Query(() => [TeamMember], {
    description:
      "Active staff with open caseload by level, capacity and blocking reasons for a case of `level`, or for the referral `forReferralId` (managers only; adds conflicts of interest).",
  })
  team(
    @Ctx() ctx: Context,
    @Arg("level", () => Int, { nullable: true }) level?: number,
    @Arg("forReferralId", () => ID, { nullable: true }) forReferralId?: string,
  ): Promise<TeamMember[]> {
    return listTeam({ db: ctx.db, viewer: ctx.viewer!, level, forReferralId, now: ctx.now() });
  }
}
