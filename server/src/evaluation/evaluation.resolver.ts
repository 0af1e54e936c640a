import { Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Permission } from "../core/permissions.js";
import { PeriodArgs } from "../statistics/statistics.inputs.js";
import type { Context } from "../graphql/context.js";
import { SubmitEvaluationArgs } from "./evaluation.inputs.js";
import { EvaluationBatch, EvaluationReceipt } from "./evaluation.type.js";
import { listEvaluationBatches, submitEvaluation } from "./evaluation.service.js";

@Resolver()
export class EvaluationResolver {
  @Mutation(() => EvaluationReceipt, {
    description:
      "Public: the family's anonymous evaluation, with the code from the closure letter (any case; spaces and hyphens ignored; I and L read as 1, O as 0; a 43-character token issued before exactly as written). Works once.",
  })
  submitEvaluation(@Args(() => SubmitEvaluationArgs) args: SubmitEvaluationArgs, @Ctx() ctx: Context): Promise<EvaluationReceipt> {
    return submitEvaluation({ db: ctx.db, token: args.token, answers: args.answers, clientAddress: ctx.clientAddress, now: ctx.now() });
  }

  @Authorized(Permission.ReadEvaluationComments)
  @Query(() => [EvaluationBatch], {
    description:
      "Managers: the families' evaluation comments, per released batch of at least k answers, for batches released in the months of the period.",
  })
  evaluationBatches(@Args(() => PeriodArgs) period: PeriodArgs, @Ctx() ctx: Context): Promise<EvaluationBatch[]> {
    return listEvaluationBatches({ db: ctx.db, viewer: ctx.viewer!, from: period.from, to: period.to });
  }
}
