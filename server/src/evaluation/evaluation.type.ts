import { Field, ObjectType } from "type-graphql";
import type * as M from "./evaluation.model.js";

@ObjectType({ simpleResolvers: true })
export class EvaluationReceipt implements M.EvaluationReceipt {
  @Field(() => Boolean) received!: boolean;
  @Field(() => String) message!: string;
}
