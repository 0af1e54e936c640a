import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { StaffRole } from "../graphql/enums.js";
import type * as M from "./account.model.js";

@ObjectType({ simpleResolvers: true, description: "A staff member's account, as the service's administrator sees it." })
export class StaffAccount implements M.StaffAccount {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String) email!: string;
  @Field(() => StaffRole) role!: StaffRole;
  @Field(() => Boolean, { description: "False once deactivated: cannot sign in." }) active!: boolean;
  @Field(() => Boolean, { description: "Whether the role holds cases (managers, officers, volunteers)." }) holdsCases!: boolean;
  @Field(() => Int, { description: "Open cases they may carry." }) capacity!: number;
  @Field(() => Int, { nullable: true, description: "Highest intervention level they may hold; null: as role and training allow." })
  maxLevel!: number | null;
  @Field(() => Int) openCases!: number;
  @Field(() => Boolean, { description: "False until the person has used their set-password link." }) passwordSet!: boolean;
  @Field(() => GraphQLDateTime) createdAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: "The service's staff accounts, and whether the caller may change them." })
export class StaffAccounts implements M.StaffAccounts {
  @Field(() => Boolean, { description: "Administrators; managers only where the service has no administrator." }) canManage!: boolean;
  @Field(() => [StaffAccount]) accounts!: StaffAccount[];
}

@ObjectType({ simpleResolvers: true, description: "A one-time link to set a password, to pass on to the person." })
export class PasswordLink implements M.PasswordLink {
  @Field(() => String, { description: "The dashboard's path with the token after `#`; prefix the dashboard's address." }) path!: string;
  @Field(() => GraphQLDateTime, { description: "The link works once, until then." }) expiresAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: "An account with the one-time set-password link its person needs." })
export class AccountWithLink implements M.AccountWithLink {
  @Field(() => StaffAccount) account!: StaffAccount;
  @Field(() => PasswordLink) link!: PasswordLink;
}

@ObjectType({ simpleResolvers: true, description: "A new service, its first administrator and their set-password link." })
export class CreatedService implements M.CreatedService {
  @Field(() => ID) serviceId!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) name!: string;
  @Field(() => StaffAccount) administrator!: StaffAccount;
  @Field(() => PasswordLink) link!: PasswordLink;
}

@ObjectType({ simpleResolvers: true, description: "An open case a staff member holds." })
export class HeldCase implements M.HeldCase {
  @Field(() => ID) caseId!: string;
  @Field(() => ID) referralId!: string;
  @Field(() => String) reference!: string;
  @Field(() => Int) level!: number;
}

@ObjectType({ simpleResolvers: true, description: "A deactivated account and the open cases it still holds, to reassign." })
export class DeactivatedAccount implements M.DeactivatedAccount {
  @Field(() => StaffAccount) account!: StaffAccount;
  @Field(() => [HeldCase]) openCases!: HeldCase[];
}
