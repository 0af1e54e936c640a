import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { ServiceSettingsInput } from "./settings.inputs.js";
import { ServiceSettings } from "./settings.type.js";
import { getServiceSettings, updateServiceSettings } from "./settings.service.js";

@Resolver()
export class SettingsResolver {
  @Authorized(Permission.ManageService)
  @Query(() => ServiceSettings, { description: "The caller's service's settings. Administrators." })
  serviceSettings(@Ctx() ctx: Context): Promise<ServiceSettings> {
    return getServiceSettings({ db: ctx.db, viewer: ctx.viewer! });
  }

  @Authorized(Permission.ManageService)
  @Mutation(() => ServiceSettings, {
    description: "Replace the service's settings, effective at once; referrals already received keep their response clocks.",
  })
  updateServiceSettings(
    @Arg("input", () => ServiceSettingsInput) input: ServiceSettingsInput,
    @Ctx() ctx: Context,
  ): Promise<ServiceSettings> {
    return updateServiceSettings({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now() });
  }
}
