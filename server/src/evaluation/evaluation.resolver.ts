import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { EvaluationAnswersInput } from "./evaluation.inputs.js";
import { EvaluationReceipt } from "./evaluation.type.js";
import { submitEvaluation } from "./evaluation.service.js";

@Resolver()
export class EvaluationResolver {
  @Mutation(() => EvaluationReceipt, {
    description:
      "Public: the family's anonymous evaluation, with the code from the closure letter (any case; spaces and hyphens ignored; I and L read as 1, O as 0; a 43-character token issued before exactly as written). Works once.",
  })
  submitEvaluation(
    @Arg("token", () => String) token: string,
    @Arg("answers", () => EvaluationAnswersInput) answers: EvaluationAnswersInput,
    @Ctx() ctx: Context,
  ): Promise<EvaluationReceipt> {
    return submitEvaluation({ db: ctx.db, token, answers, clientAddress: ctx.clientAddress, now: ctx.now() });
  }
}
