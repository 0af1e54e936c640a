import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { ConflictKind, StaffRole, TrainingKind } from "../graphql/enums.js";
import { ComplianceIssue } from "../staff/staff.type.js";
import type * as M from "./compliance.model.js";

@ObjectType({ simpleResolvers: true, description: "The latest completion of one kind of training." })
export class TrainingRecord implements M.TrainingRecord {
  @Field(() => TrainingKind) kind!: TrainingKind;
  @Field(() => GraphQLLocalDate) completedOn!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Null: does not expire." }) expiresOn!: string | null;
  @Field(() => String, { nullable: true, description: "Where the evidence is kept." }) evidenceRef!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A quarterly appraisal: when, and by whom." })
export class Appraisal implements M.Appraisal {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLLocalDate) heldOn!: string;
  @Field(() => ID) appraiserId!: string;
  @Field(() => String) appraiserName!: string;
  @Field(() => String, { nullable: true }) evidenceRef!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A declared conflict of interest; allocation refuses cases it names." })
export class ConflictDeclaration implements M.ConflictDeclaration {
  @Field(() => ID) id!: string;
  @Field(() => ID) staffId!: string;
  @Field(() => ConflictKind) kind!: ConflictKind;
  @Field(() => String, { description: "The person's full name, or the setting's, group's, agency's or colleague's name." })
  subject!: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) dateOfBirth!: string | null;
  @Field(() => String, { nullable: true }) postcode!: string | null;
  @Field(() => ID, { nullable: true }) colleagueId!: string | null;
  @Field(() => GraphQLLocalDate) declaredOn!: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) withdrawnOn!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => Boolean, {
    description:
      "An older family declaration without a date of birth or postcode: allocation matches it by name or surname alone until it is declared again with one.",
  })
  matchedByNameAlone!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A staff member's compliance records and what is missing, expired or due soon." })
export class StaffComplianceRecord implements M.StaffComplianceRecord {
  @Field(() => ID) staffId!: string;
  @Field(() => String) displayName!: string;
  @Field(() => StaffRole) role!: StaffRole;
  @Field(() => Boolean) holdsCases!: boolean;
  @Field(() => Boolean, { description: "An enhanced DBS check is on record." }) dbsEnhanced!: boolean;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "The certificate date." }) dbsCheckedOn!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) dbsRenewalDueOn!: string | null;
  @Field(() => Boolean, { description: "The check included the children's barred list." }) dbsBarredListChecked!: boolean;
  @Field(() => GraphQLLocalDate, { nullable: true }) dbsBarredListCheckedOn!: string | null;
  @Field(() => Boolean, { description: "Subscribed to the DBS update service." }) dbsUpdateService!: boolean;
  @Field(() => GraphQLLocalDate, { nullable: true }) dbsUpdateServiceRenewalOn!: string | null;
  @Field(() => String, { nullable: true, description: "Where the DBS evidence is kept (certificate number, file)." })
  dbsEvidenceRef!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) confidentialitySignedOn!: string | null;
  @Field(() => [TrainingRecord]) training!: TrainingRecord[];
  @Field(() => [Appraisal], { description: "Newest first." }) appraisals!: Appraisal[];
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Case holders: three months after the last appraisal." })
  appraisalDueOn!: string | null;
  @Field(() => [ConflictDeclaration], { description: "Live and withdrawn, newest first." }) conflicts!: ConflictDeclaration[];
  @Field(() => [ComplianceIssue]) issues!: ComplianceIssue[];
}
