import { Field, InputType, Int } from "type-graphql";
import { z } from "zod";
import { optionalText } from "../core/text.js";
import { readEvaluationCode } from "./evaluation-code.js";

@InputType({ description: "The family's anonymous evaluation of the service." })
export class EvaluationAnswersInput {
  @Field(() => Int, { description: "How helpful was the service? 1 (not at all) to 5 (very)." }) helpfulness!: number;
  @Field(() => Int, { description: "Did we stay impartial? 1 (not at all) to 5 (completely)." }) impartiality!: number;
  @Field(() => Boolean) wouldRecommend!: boolean;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

const score = (what: string) => z.number(`Choose a score for ${what}.`).int().min(1, "Scores are 1 to 5.").max(5, "Scores are 1 to 5.");

export const evaluationAnswersSchema = z.object({
  helpfulness: score("helpfulness"),
  impartiality: score("impartiality"),
  wouldRecommend: z.boolean(),
  comment: optionalText(2000),
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
