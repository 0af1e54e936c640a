import { Field, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { Me } from "../staff/staff.type.js";
import type * as M from "./auth.model.js";

@ObjectType({ simpleResolvers: true })
export class LoginPayload implements M.LoginPayload {
  @Field(() => String, { description: "Send as `Authorization: Bearer <token>` or graphql-ws `connectionParams.authToken`." })
  token!: string;
  @Field(() => GraphQLDateTime) expiresAt!: Date;
  @Field(() => Me) me!: Me;
}
