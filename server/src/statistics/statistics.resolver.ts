import { Arg, Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { PeriodArgs } from "./statistics.inputs.js";
import { NationalStats, ServiceStats, StatsTrend } from "./statistics.type.js";
import {
  getNationalStats,
  getServiceStats,
  getServiceStatsCsv,
  getServiceStatsReport,
  getServiceStatsTrend,
} from "./statistics.service.js";

@Resolver()
export class StatisticsResolver {
  @Authorized(Permission.ReadStats)
  @Query(() => ServiceStats, {
    description: "Anonymised statistics for the caller's service: the period (inclusive dates) and the previous one of equal length.",
  })
  serviceStats(@Args(() => PeriodArgs) period: PeriodArgs, @Ctx() ctx: Context): Promise<ServiceStats> {
    return getServiceStats({ db: ctx.db, viewer: ctx.viewer!, from: period.from, to: period.to, now: ctx.now() });
  }

  @Authorized(Permission.ReadStats)
  @Query(() => StatsTrend, {
    description:
      "The caller's service month by month, for charts: every calendar month the period (inclusive dates) touches, each with the figures `serviceStats` gives for that month alone.",
  })
  serviceStatsTrend(
    @Args(() => PeriodArgs) period: PeriodArgs,
    @Arg("trailingYear", () => Boolean, {
      defaultValue: false,
      description:
        "Widen the period to the twelve months up to its last month when it is shorter, as the dashboard's charts and the printable report show a trend.",
    })
    trailingYear: boolean,
    @Ctx() ctx: Context,
  ): Promise<StatsTrend> {
    return getServiceStatsTrend({ db: ctx.db, viewer: ctx.viewer!, from: period.from, to: period.to, now: ctx.now(), trailingYear });
  }

  @Authorized(Permission.ReadStats)
  @Query(() => String, { description: "`serviceStats` as CSV: breakdown, key, label, this period, previous period." })
  serviceStatsCsv(@Args(() => PeriodArgs) period: PeriodArgs, @Ctx() ctx: Context): Promise<string> {
    return getServiceStatsCsv({ db: ctx.db, viewer: ctx.viewer!, from: period.from, to: period.to, now: ctx.now() });
  }

  @Authorized(Permission.ReadStats)
  @Query(() => String, { description: "`serviceStats` as a self-contained, printable HTML monitoring report." })
  serviceStatsReport(@Args(() => PeriodArgs) period: PeriodArgs, @Ctx() ctx: Context): Promise<string> {
    return getServiceStatsReport({ db: ctx.db, viewer: ctx.viewer!, from: period.from, to: period.to, now: ctx.now() });
  }

  @Authorized(Permission.ReadStats)
  @Query(() => NationalStats, {
    description:
      "Referral breakdowns and activities summed over every service of the deployment, for the period (inclusive dates) and the previous one of equal length; no figures unless enough services contribute.",
  })
  nationalStats(@Args(() => PeriodArgs) period: PeriodArgs, @Ctx() ctx: Context): Promise<NationalStats> {
    return getNationalStats({ db: ctx.db, from: period.from, to: period.to, now: ctx.now() });
  }
}
