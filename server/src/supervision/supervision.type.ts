import { ComplianceIssue } from "../staff/staff.type.js";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { PageInfo } from "../graphql/pagination.js";
import { StaffRole, SupervisionKind, SupervisionTopic, TrainingKind } from "../graphql/enums.js";
import type * as M from "./supervision.model.js";

@ObjectType({ simpleResolvers: true, description: "A staff member named on a supervision record." })
export class SupervisionPerson implements M.SupervisionPerson {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => StaffRole) role!: StaffRole;
}

@ObjectType({
  simpleResolvers: true,
  description: "A supervision session. Only its supervisee(s), its supervisor and managers can see it.",
})
export class Supervision implements M.Supervision {
  @Field(() => ID) id!: string;
  @Field(() => SupervisionKind) kind!: SupervisionKind;
  @Field(() => GraphQLLocalDate) heldOn!: string;
  @Field(() => SupervisionPerson) supervisor!: SupervisionPerson;
  @Field(() => [SupervisionPerson]) attendees!: SupervisionPerson[];
  @Field(() => [SupervisionTopic]) topics!: SupervisionTopic[];
  @Field(() => String, { nullable: true }) notes!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class SupervisionEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Supervision) node!: Supervision;
}

@ObjectType({ simpleResolvers: true })
export class SupervisionConnection implements M.SupervisionConnection {
  @Field(() => [SupervisionEdge]) edges!: SupervisionEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType({ simpleResolvers: true, description: "The latest completion of one kind of training." })
export class TrainingStatus implements M.TrainingStatus {
  @Field(() => TrainingKind) kind!: TrainingKind;
  @Field(() => GraphQLLocalDate) completedOn!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Null: does not expire." }) expiresOn!: string | null;
  @Field(() => Boolean) expired!: boolean;
  @Field(() => Boolean, { description: "Expires within the warning window (30 days)." }) expiringSoon!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: "What allocation requires of a staff member: enhanced DBS, confidentiality policy, training.",
})
export class StaffCompliance implements M.StaffCompliance {
  @Field(() => Boolean) dbsEnhanced!: boolean;
  @Field(() => GraphQLLocalDate, { nullable: true }) dbsRenewalDueOn!: string | null;
  @Field(() => Boolean, { description: "No enhanced DBS, or its renewal date has passed." }) dbsExpired!: boolean;
  @Field(() => Boolean, { description: "Renewal due within the warning window (30 days)." }) dbsRenewalDueSoon!: boolean;
  @Field(() => GraphQLLocalDate, { nullable: true }) confidentialitySignedOn!: string | null;
  @Field(() => Boolean) confidentialitySigned!: boolean;
  @Field(() => [TrainingStatus]) training!: TrainingStatus[];
  @Field(() => Boolean) trainingExpired!: boolean;
  @Field(() => Boolean) trainingExpiringSoon!: boolean;
  @Field(() => [ComplianceIssue], { description: "Every record missing, expired or due soon, as on the compliance screen." })
  issues!: ComplianceIssue[];
}

@ObjectType({ simpleResolvers: true, description: "When a staff member was last supervised and is next due, with their compliance." })
export class SupervisionScheduleEntry implements M.SupervisionScheduleEntry {
  @Field(() => SupervisionPerson) staff!: SupervisionPerson;
  @Field(() => Int, { description: "Weeks between one-to-one supervisions for this role (service setting)." }) everyWeeks!: number;
  @Field(() => GraphQLLocalDate, { nullable: true }) lastSupervisedOn!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) lastGroupSupportOn!: string | null;
  @Field(() => GraphQLLocalDate, { description: "Last one-to-one (or the start date, if none yet) plus the interval." }) nextDueOn!: string;
  @Field(() => Boolean, { description: "True from the due date on, as in the overdue list." }) overdue!: boolean;
  @Field(() => StaffCompliance) compliance!: StaffCompliance;
}
