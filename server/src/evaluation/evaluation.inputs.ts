import { Int } from "type-graphql";
import type { z } from "zod";
import { argsType, inputType } from "../graphql/input-type.js";
import { evaluationAnswersSchema, submitEvaluationSchema } from "./evaluation.validation.js";

export const EvaluationAnswersInput = inputType("EvaluationAnswersInput", evaluationAnswersSchema, {
  description: "The family's anonymous evaluation of the service.",
  fields: {
    helpfulness: { type: () => Int, description: "How helpful was the service? 1 (not at all) to 5 (very)." },
    impartiality: { type: () => Int, description: "Did we stay impartial? 1 (not at all) to 5 (completely)." },
    wouldRecommend: () => Boolean,
    comment: () => String,
  },
});
export type EvaluationAnswersInput = z.input<typeof evaluationAnswersSchema>;

export const SubmitEvaluationArgs = argsType("SubmitEvaluationArgs", submitEvaluationSchema, {
  fields: { token: () => String, answers: () => EvaluationAnswersInput },
});
export type SubmitEvaluationArgs = z.input<typeof submitEvaluationSchema>;
