import { Field, InputType, Int } from "type-graphql";
import { z } from "zod";
import { optionalText } from "../graphql/text.js";

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

/** Tokens are 32 random bytes, base64url. */
export const evaluationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This evaluation link is not valid.");
