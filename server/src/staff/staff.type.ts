import { Field, ID, Int, ObjectType } from "type-graphql";
import { StaffRole } from "../graphql/enums.js";
import { BlockingReason } from "../allocation/allocation.type.js";

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

@ObjectType({ simpleResolvers: true, description: "Open cases at one level of intervention." })
export class CaseloadAtLevel {
  @Field(() => Int) level!: number;
  @Field(() => Int) openCases!: number;
}

@ObjectType({ simpleResolvers: true, description: "A staff member as the manager sees them when choosing whom to allocate to." })
export class TeamMember {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => StaffRole) role!: StaffRole;
  @Field(() => Int, { description: "Most open cases this person carries." }) capacity!: number;
  @Field(() => Int) openCases!: number;
  @Field(() => [CaseloadAtLevel], { description: "Open cases for each level 1–4." }) caseload!: CaseloadAtLevel[];
  @Field(() => [BlockingReason], {
    description: "Why they could not take the case now (for the given level or referral); empty when they can.",
  })
  blockingReasons!: BlockingReason[];
}
