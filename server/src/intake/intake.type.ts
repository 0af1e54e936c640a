import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { EnquiryTopic, ReferralChannel } from "../graphql/enums.js";
import type * as M from "./intake.model.js";

@ObjectType({ simpleResolvers: true, description: "An anonymous enquiry as counted: how it came, what about, the day. Nothing personal." })
export class AnonymousEnquiry implements M.AnonymousEnquiry {
  @Field(() => ID) id!: string;
  @Field(() => ReferralChannel) channel!: ReferralChannel;
  @Field(() => EnquiryTopic, { nullable: true }) topic!: EnquiryTopic | null;
  @Field(() => GraphQLLocalDate) receivedOn!: string;
}
