import { Field, Int, ObjectType } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import type * as M from "./evaluation.model.js";

@ObjectType({ simpleResolvers: true })
export class EvaluationReceipt implements M.EvaluationReceipt {
  @Field(() => Boolean) received!: boolean;
  @Field(() => String) message!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "A released batch of at least k anonymous evaluations: the month it was released, its size and its comments (alphabetical, not in the order they came).",
})
export class EvaluationBatch implements M.EvaluationBatch {
  @Field(() => GraphQLLocalDate, { description: "First day of the month the batch was released." }) month!: string;
  @Field(() => Int) responses!: number;
  @Field(() => [String]) comments!: string[];
}
