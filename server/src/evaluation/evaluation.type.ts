import { Field, ObjectType } from "type-graphql";

@ObjectType()
export class EvaluationReceipt {
  @Field(() => Boolean) received!: boolean;
  @Field(() => String) message!: string;
}
