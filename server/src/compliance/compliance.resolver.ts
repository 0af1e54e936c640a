import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { AppraisalInput, ConflictInput, WithdrawConflictInput } from "./compliance.inputs.js";
import { ConflictDeclaration, StaffComplianceRecord } from "./compliance.type.js";
import { declareConflict, listStaffCompliance, recordStaffAppraisal, withdrawConflict } from "./compliance.service.js";

@Resolver()
export class ComplianceResolver {
  @Authorized(Permission.ManageStaff)
  @Query(() => [StaffComplianceRecord], {
    description: "Administrators and managers: every active staff member's compliance records and what is missing, expired or due.",
  })
  staffCompliance(@Ctx() ctx: Context): Promise<StaffComplianceRecord[]> {
    return listStaffCompliance({ db: ctx.db, viewer: ctx.viewer!, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(Permission.ManageStaff)
  @Mutation(() => StaffComplianceRecord, { description: "Record a quarterly appraisal, held by a manager or administrator." })
  recordStaffAppraisal(
    @Arg("staffId", () => ID) staffId: string,
    @Arg("input", () => AppraisalInput) input: AppraisalInput,
    @Ctx() ctx: Context,
  ): Promise<StaffComplianceRecord> {
    return recordStaffAppraisal({ db: ctx.db, viewer: ctx.viewer!, staffId, input, now: ctx.now() });
  }

  @Authorized(Permission.ManageStaff)
  @Mutation(() => ConflictDeclaration, { description: "Record a staff member's conflict-of-interest declaration." })
  declareConflict(
    @Arg("staffId", () => ID) staffId: string,
    @Arg("input", () => ConflictInput) input: ConflictInput,
    @Ctx() ctx: Context,
  ): Promise<ConflictDeclaration> {
    return declareConflict({ db: ctx.db, viewer: ctx.viewer!, staffId, input, now: ctx.now() });
  }

  @Authorized(Permission.ManageStaff)
  @Mutation(() => ConflictDeclaration, { description: "Withdraw a declaration: it stays on record and no longer blocks allocation." })
  withdrawConflict(
    @Arg("conflictId", () => ID) conflictId: string,
    @Arg("input", () => WithdrawConflictInput) input: WithdrawConflictInput,
    @Ctx() ctx: Context,
  ): Promise<ConflictDeclaration> {
    return withdrawConflict({ db: ctx.db, viewer: ctx.viewer!, conflictId, input, now: ctx.now() });
  }
}
