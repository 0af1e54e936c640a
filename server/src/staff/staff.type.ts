import { Field, ID, Int, ObjectType } from "type-graphql";
import { StaffRole } from "../graphql/enums.js";

@ObjectType({ simpleResolvers: true, description: "The signed-in staff member." })
export class Me {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String) email!: string;
  @Field(() => StaffRole) role!: StaffRole;
  @Field(() => ID) serviceId!: string;
  @Field(() => String) serviceName!: string;
  @Field(() => [String], { description: "Permissions of the role, for the dashboard's navigation." })
  permissions!: string[];
}

@ObjectType({ simpleResolvers: true, description: "A staff member as colleagues and managers see them." })
export class StaffMember {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => StaffRole) role!: StaffRole;
  @Field(() => Int) capacity!: number;
}
