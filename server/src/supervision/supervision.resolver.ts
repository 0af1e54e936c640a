import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { RecordSupervisionInput } from "./supervision.inputs.js";
import { Supervision, SupervisionConnection, SupervisionScheduleEntry } from "./supervision.type.js";
import { getSupervisionSchedule, listSupervisions, recordSupervision } from "./supervision.service.js";

@Resolver()
export class SupervisionResolver {
  @Authorized(Permission.RecordSupervision)
  @Mutation(() => Supervision, { description: "Record a one-to-one supervision or group support session. Managers only." })
  recordSupervision(@Arg("input", () => RecordSupervisionInput) input: RecordSupervisionInput, @Ctx() ctx: Context): Promise<Supervision> {
    return recordSupervision({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(Permission.ReadSupervisionOwn)
  @Query(() => [SupervisionScheduleEntry], {
    description:
      "Next supervision due and compliance (DBS, training, confidentiality): managers see every officer and volunteer, others themselves.",
  })
  supervisionSchedule(@Ctx() ctx: Context): Promise<SupervisionScheduleEntry[]> {
    return getSupervisionSchedule({ db: ctx.db, viewer: ctx.viewer!, now: ctx.now() });
  }

  @Authorized(Permission.ReadSupervisionOwn)
  @Query(() => SupervisionConnection, {
    description:
      "Supervision records with notes, newest first: managers see all; others only sessions they attended or led. `staffId` narrows to one supervisee.",
  })
  supervisions(
    @Ctx() ctx: Context,
    @Arg("staffId", () => ID, { nullable: true }) staffId?: string,
    @Arg("first", () => Int, { nullable: true, defaultValue: 25 }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<SupervisionConnection> {
    return listSupervisions({ db: ctx.db, viewer: ctx.viewer!, staffId, first, after, correlationId: ctx.correlationId });
  }
}
