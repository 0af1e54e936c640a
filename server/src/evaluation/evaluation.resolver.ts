import { Args, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { SubmitEvaluationArgs } from "./evaluation.inputs.js";
import { EvaluationReceipt } from "./evaluation.type.js";
import { submitEvaluation } from "./evaluation.service.js";

@Resolver()
export class EvaluationResolver {
  @Mutation(() => EvaluationReceipt, {
    description:
      "Public: the family's anonymous evaluation, with the code from the closure letter (any case; spaces and hyphens ignored; I and L read as 1, O as 0; a 43-character token issued before exactly as written). Works once.",
  })
  submitEvaluation(@Args(() => SubmitEvaluationArgs) args: SubmitEvaluationArgs, @Ctx() ctx: Context): Promise<EvaluationReceipt> {
    return submitEvaluation({ db: ctx.db, token: args.token, answers: args.answers, clientAddress: ctx.clientAddress, now: ctx.now() });
  }
}
