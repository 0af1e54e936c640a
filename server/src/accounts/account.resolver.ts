import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import {
  AddStaffInput,
  ChangeStaffCapacityInput,
  ChangeStaffRoleInput,
  StaffComplianceInput,
  StaffTrainingInput,
  CreateServiceInput,
} from "./account.inputs.js";
import { AccountWithLink, CreatedService, DeactivatedAccount, StaffAccount, StaffAccounts } from "./account.type.js";
import {
  addStaff,
  createServiceAsDeploymentAdministrator,
  changeStaffCapacity,
  changeStaffRole,
  deactivateStaff,
  listStaffAccounts,
  reactivateStaff,
  recordStaffCompliance,
  recordStaffTraining,
  resetStaffPassword,
  setPasswordWithLink,
} from "./account.service.js";

@Resolver()
export class AccountResolver {
  @Mutation(() => Boolean, {
    description: "Public: set a password with a one-time link (new account or reset). BAD_USER_INPUT at `token` when used or expired.",
  })
  setPassword(@Arg("token", () => String) token: string, @Arg("password", () => String) password: string, @Ctx() ctx: Context) {
    return setPasswordWithLink({ db: ctx.db, input: { token, password }, now: ctx.now() });
  }

  @Authorized(Permission.ManageService)
  @Mutation(() => CreatedService, {
    description: "Deployment administrators only (DEPLOYMENT_ADMIN_EMAILS): create a further service and its first administrator.",
  })
  createService(@Arg("input", () => CreateServiceInput) input: CreateServiceInput, @Ctx() ctx: Context): Promise<CreatedService> {
    return createServiceAsDeploymentAdministrator({
      db: ctx.db,
      viewer: ctx.viewer!,
      deploymentAdminEmails: ctx.env.DEPLOYMENT_ADMIN_EMAILS,
      input,
      now: ctx.now(),
    });
  }

  @Authorized(Permission.ManageStaff)
  @Query(() => StaffAccounts, { description: "Every account of the service, including those that hold no cases." })
  staffAccounts(@Ctx() ctx: Context): Promise<StaffAccounts> {
    return listStaffAccounts({ db: ctx.db, viewer: ctx.viewer! });
  }

  @Authorized(Permission.ManageStaff)
  @Mutation(() => AccountWithLink, { description: "Add a staff member; answers with the one-time set-password link to pass on." })
  addStaff(@Arg("input", () => AddStaffInput) input: AddStaffInput, @Ctx() ctx: Context): Promise<AccountWithLink> {
    return addStaff({ db: ctx.db, viewer: ctx.viewer!, input, now: ctx.now() });
  }

  @Authorized(Permission.ManageStaff)
  @Mutation(() => DeactivatedAccount, {
    description: "Deactivate an account: sessions end at once; answers with the open cases it holds, to reassign.",
  })
  deactivateStaff(@Arg("staffId", () => ID) staffId: string, @Ctx() ctx: Context): Promise<DeactivatedAccount> {
    return deactivateStaff({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, staffId, now: ctx.now() });
  }

  @Authorized(Permission.ManageStaff)
  @Mutation(() => StaffAccount, { description: "Reactivate a deactivated account." })
  reactivateStaff(@Arg("staffId", () => ID) staffId: string, @Ctx() ctx: Context): Promise<StaffAccount> {
    return reactivateStaff({ db: ctx.db, viewer: ctx.viewer!, staffId, now: ctx.now() });
  }

  @Authorized(Permission.ManageStaff)
  @Mutation(() => AccountWithLink, { description: "Reset a password: the old one stops working, sessions end; answers with a new link." })
  resetStaffPassword(@Arg("staffId", () => ID) staffId: string, @Ctx() ctx: Context): Promise<AccountWithLink> {
    return resetStaffPassword({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, staffId, now: ctx.now() });
  }

  @Authorized(Permission.ManageStaff)
  @Mutation(() => StaffAccount, { description: "Change a staff member's role; refused while they hold cases the new role cannot." })
  changeStaffRole(
    @Arg("staffId", () => ID) staffId: string,
    @Arg("input", () => ChangeStaffRoleInput) input: ChangeStaffRoleInput,
    @Ctx() ctx: Context,
  ): Promise<StaffAccount> {
    return changeStaffRole({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, staffId, input, now: ctx.now() });
  }

  @Authorized(Permission.ManageStaff)
  @Mutation(() => StaffAccount, { description: "Change capacity (never below current caseload) and highest level." })
  changeStaffCapacity(
    @Arg("staffId", () => ID) staffId: string,
    @Arg("input", () => ChangeStaffCapacityInput) input: ChangeStaffCapacityInput,
    @Ctx() ctx: Context,
  ): Promise<StaffAccount> {
    return changeStaffCapacity({ db: ctx.db, viewer: ctx.viewer!, staffId, input, now: ctx.now() });
  }

  @Authorized(Permission.ManageStaff)
  @Mutation(() => StaffAccount, { description: "Record the enhanced DBS check and signed confidentiality policy; no date in the future." })
  recordStaffCompliance(
    @Arg("staffId", () => ID) staffId: string,
    @Arg("input", () => StaffComplianceInput) input: StaffComplianceInput,
    @Ctx() ctx: Context,
  ): Promise<StaffAccount> {
    return recordStaffCompliance({ db: ctx.db, viewer: ctx.viewer!, staffId, input, now: ctx.now() });
  }

  @Authorized(Permission.ManageStaff)
  @Mutation(() => StaffAccount, { description: "Record training a staff member completed." })
  recordStaffTraining(
    @Arg("staffId", () => ID) staffId: string,
    @Arg("input", () => StaffTrainingInput) input: StaffTrainingInput,
    @Ctx() ctx: Context,
  ): Promise<StaffAccount> {
    return recordStaffTraining({ db: ctx.db, viewer: ctx.viewer!, staffId, input, now: ctx.now() });
  }
}
