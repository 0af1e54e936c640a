import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { ComplianceItem, ComplianceState, StaffRole } from "../graphql/enums.js";
import type { ComplianceIssue as ComplianceIssueModel } from "./staff.rules.js";
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
  @Field(() => Boolean, {
    description: "A deployment administrator (an administrator the deployment lists): may create further services with `createService`.",
  })
  isDeploymentAdmin!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A compliance record that is missing, expired or due soon." })
export class ComplianceIssue implements ComplianceIssueModel {
  @Field(() => ComplianceItem) item!: ComplianceItem;
  @Field(() => ComplianceState) state!: ComplianceState;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "When it fell or falls due, where there is a date." }) dueOn!:
    string | null;
  @Field(() => String) message!: string;
}
