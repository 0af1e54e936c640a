import { Field, ID, ObjectType } from "type-graphql";
import { StaffRole } from "../graphql/enums.js";
import type { Permission } from "../core/permissions.js";
import type * as M from "./staff.model.js";

@ObjectType({ simpleResolvers: true, description: "The signed-in staff member." })
export class Me implements M.Me {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String) email!: string;
  @Field(() => StaffRole) role!: StaffRole;
  @Field(() => ID) serviceId!: string;
  @Field(() => String) serviceName!: string;
  @Field(() => [String], { description: "Permissions of the role, for the dashboard's navigation." })
  permissions!: Permission[];
}
