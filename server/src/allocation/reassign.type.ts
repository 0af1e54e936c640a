import { Field, ID, Int, ObjectType } from "type-graphql";
import { StaffRole } from "../graphql/enums.js";
import { BlockingReason } from "./allocation.type.js";
import type * as M from "./reassign.model.js";

@ObjectType({ simpleResolvers: true, description: "A colleague who could take a case, and why not if they cannot." })
export class ReassignmentCandidate implements M.ReassignmentCandidate {
  @Field(() => ID) staffId!: string;
  @Field(() => String) displayName!: string;
  @Field(() => StaffRole) role!: StaffRole;
  @Field(() => Int, { description: "Open cases, counting the cases suggested to them earlier in this plan." }) openCases!: number;
  @Field(() => Int) capacity!: number;
  @Field(() => [BlockingReason], { description: "Empty when they may take the case." }) blockingReasons!: BlockingReason[];
}

@ObjectType({ simpleResolvers: true, description: "One open case to reassign, with who could take it." })
export class CaseToReassign implements M.CaseToReassign {
  @Field(() => ID) caseId!: string;
  @Field(() => ID) referralId!: string;
  @Field(() => String) reference!: string;
  @Field(() => Int) level!: number;
  @Field(() => ID, { nullable: true, description: "The colleague with most room who passes every check; null when nobody does." })
  suggestedStaffId!: string | null;
  @Field(() => [ReassignmentCandidate]) candidates!: ReassignmentCandidate[];
}

@ObjectType({ simpleResolvers: true, description: "The preview of reassigning one person's open cases." })
export class ReassignmentPlan implements M.ReassignmentPlan {
  @Field(() => ID) fromStaffId!: string;
  @Field(() => String) fromDisplayName!: string;
  @Field(() => Boolean) fromActive!: boolean;
  @Field(() => [CaseToReassign]) cases!: CaseToReassign[];
}

@ObjectType({ simpleResolvers: true })
export class ReassignmentResult implements M.ReassignmentResult {
  @Field(() => Int) reassigned!: number;
}

@ObjectType({ simpleResolvers: true, description: "Someone no longer active who still holds open cases." })
export class StaffToReassign implements M.StaffToReassign {
  @Field(() => ID) staffId!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Int) openCases!: number;
}
