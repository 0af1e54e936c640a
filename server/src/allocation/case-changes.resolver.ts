import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Permission } from "../core/permissions.js";
import { Case } from "../casework/casework.type.js";
import { AddCaseCoworkerInput, ChangeCaseLevelInput, ReopenCaseInput } from "./case-changes.inputs.js";
import { addCaseCoworker, changeCaseLevel, reopenCase } from "./case-changes.service.js";

/** A manager's changes to a case after allocation: its level, reopening it, joint working (issue 20). */
@Resolver(() => Case)
export class CaseChangesResolver {
  @Authorized(Permission.TriageReferral)
  @Mutation(() => Case, {
    description:
      "Change an allocated case's level with the reason; the holder must be qualified for the new level (NOT_QUALIFIED_FOR_LEVEL).",
  })
  changeCaseLevel(@Arg("input", () => ChangeCaseLevelInput) input: ChangeCaseLevelInput, @Ctx() ctx: Context): Promise<Case> {
    return changeCaseLevel({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(Permission.AllocateReferral)
  @Mutation(() => Case, {
    description: "Reopen a closed case within the service's reopen window and allocate it again (REOPEN_WINDOW_PASSED, CASE_ERASED).",
  })
  reopenCase(@Arg("input", () => ReopenCaseInput) input: ReopenCaseInput, @Ctx() ctx: Context): Promise<Case> {
    return reopenCase({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }

  @Authorized(Permission.AllocateReferral)
  @Mutation(() => Case, { description: "Add a co-worker or shadow to a level-4 case (JOINT_WORKING_LEVEL_4_ONLY)." })
  addCaseCoworker(@Arg("input", () => AddCaseCoworkerInput) input: AddCaseCoworkerInput, @Ctx() ctx: Context): Promise<Case> {
    return addCaseCoworker({ db: ctx.db, bus: ctx.bus, viewer: ctx.viewer!, input, now: ctx.now(), correlationId: ctx.correlationId });
  }
}
