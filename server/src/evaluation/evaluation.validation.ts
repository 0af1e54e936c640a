import { z } from "zod";
import { optionalText } from "../core/text.js";
import { readEvaluationCode } from "./evaluation-code.js";
import { EVALUATION_COMMENT_MAX, EVALUATION_SCORE, isEvaluationScore } from "./evaluation.rules.js";

const score = (what: string) =>
  z.number(`Choose a score for ${what}.`).refine(isEvaluationScore, `Scores are ${EVALUATION_SCORE.min} to ${EVALUATION_SCORE.max}.`);

export const evaluationAnswersSchema = z.object({
  helpfulness: score("helpfulness"),
  impartiality: score("impartiality"),
  wouldRecommend: z.boolean(),
  comment: optionalText(EVALUATION_COMMENT_MAX),
});

/**
 * The family's code as typed (new: 16 Crockford base32 characters in any case, with or without spaces
 * and hyphens; old: the 43-character base64url token exactly). Parses to the value whose hash is stored.
 */
export const evaluationTokenSchema = z.string("Enter the code from your letter or email.").transform((typed, ctx) => {
  const read = readEvaluationCode(typed);
  if (read.ok) return read.value;
  ctx.addIssue({ code: "custom", message: read.problem });
  return z.NEVER;
});

/** `submitEvaluation(token, answers)`: the code first, so a code of the wrong shape is named before the answers. */
export const submitEvaluationSchema = z.object({
  token: evaluationTokenSchema,
  answers: evaluationAnswersSchema,
});
