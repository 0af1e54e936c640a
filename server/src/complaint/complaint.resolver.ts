import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { LogComplaintInput, UpdateComplaintInput } from "./complaint.inputs.js";
import { Complaint, ComplaintConnection } from "./complaint.type.js";
import { listComplaints, logComplaint, updateComplaint } from "./complaint.service.js";

@Resolver()
export class ComplaintResolver {
  @Authorized(Permission.LogComplaint)
  @Mutation(() => Complaint, { description: "Log a complaint, comment or compliment. Managers and officers." })
  logComplaint(@Arg("input", () => LogComplaintInput) input: LogComplaintInput, @Ctx() ctx: Context): Promise<Complaint> {
    return logComplaint({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now() });
  }

  @Authorized(Permission.ManageComplaints)
  @Mutation(() => Complaint, { description: "Record a complaint's outcome, measures, escalation or response. Managers only." })
  updateComplaint(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateComplaintInput) input: UpdateComplaintInput,
    @Ctx() ctx: Context,
  ): Promise<Complaint> {
    return updateComplaint({ db: ctx.db, viewer: ctx.viewer!, id, input, now: ctx.now() });
  }

  @Authorized(Permission.ManageComplaints)
  @Query(() => ComplaintConnection, { description: "The complaints, comments and compliments log, newest first. Managers only." })
  complaints(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, defaultValue: 25 }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<ComplaintConnection> {
    return listComplaints({ db: ctx.db, viewer: ctx.viewer!, first, after, now: ctx.now(), correlationId: ctx.correlationId });
  }
}
