import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { ReassignCasesInput } from "./reassign.inputs.js";
import { ReassignmentPlan, ReassignmentResult, StaffToReassign } from "./reassign.type.js";
import { listStaffToReassign, planReassignment, reassignCases } from "./reassign.service.js";

@Resolver()
export class ReassignResolver {
  @Authorized(Permission.AllocateReferral)
  @Query(() => ReassignmentPlan, {
    description: "Preview reassigning a person's open cases: each case with every colleague's blocking reasons and a suggestion.",
  })
  reassignmentPlan(@Arg("fromStaffId", () => ID) fromStaffId: string, @Ctx() ctx: Context): Promise<ReassignmentPlan> {
    return planReassignment({ db: ctx.db, viewer: ctx.viewer!, fromStaffId, now: ctx.now() });
  }

  @Authorized(Permission.AllocateReferral)
  @Mutation(() => ReassignmentResult, {
    description: "Reassign a person's open cases in one operation; any case refused (its code and field) leaves all where they were.",
  })
  reassignCases(@Arg("input", () => ReassignCasesInput) input: ReassignCasesInput, @Ctx() ctx: Context): Promise<ReassignmentResult> {
    return reassignCases({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, input, now: ctx.now() });
  }

  @Authorized(Permission.AllocateReferral)
  @Query(() => [StaffToReassign], { description: "People no longer active who still hold open cases." })
  staffToReassign(@Ctx() ctx: Context): Promise<StaffToReassign[]> {
    return listStaffToReassign({ db: ctx.db, viewer: ctx.viewer! });
  }
}
