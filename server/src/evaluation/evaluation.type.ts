import { Field, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true })
export class EvaluationReceipt {
  @Field(() => Boolean) received!: boolean;
  @Field(() => String) message!: string;
}
