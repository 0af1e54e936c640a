import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import { Referral } from "../referral/referral.type.js";
import {
  ActivityKind,
  AllocationKind,
  CaseStatus,
  ClosureReason,
  ConductAction,
  ConductReviewStatus,
  ConsentMethod,
  ConsentPartyType,
  DecisionMaker,
  MeetingStatus,
  PrimaryNeed,
  PersonRole,
  JointWorkingRole,
} from "../graphql/enums.js";
import type * as M from "./casework.model.js";
import { ActivityExpense } from "./groupwork.type.js";

@ObjectType({ simpleResolvers: true, description: "Who holds (or held) a case. A reallocation ends the old allocation; history is kept." })
export class Allocation implements M.Allocation {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ID) referralId!: string;
  @Field(() => String, { description: "Reference given to the family." }) referralReference!: string;
  @Field(() => Int, { description: "Level of intervention 1–4." }) level!: number;
  @Field(() => ID) staffId!: string;
  @Field(() => String) staffDisplayName!: string;
  @Field(() => AllocationKind) kind!: AllocationKind;
  @Field(() => GraphQLDateTime) allocatedAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: "When the staff member picked it up." }) acceptedAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was reallocated or the case closed." }) endedAt!: Date | null;
  @Field(() => Boolean, { description: "Still the case's allocation." }) current!: boolean;
  @Field(() => String, { nullable: true, description: "The child's initials (lists show no names); null when not recorded or erased." })
  childInitials!: string | null;
  @Field(() => PrimaryNeed, { nullable: true, description: "The child's primary area of need, when recorded." })
  primaryNeed!: PrimaryNeed | null;
  @Field(() => GraphQLDateTime, { description: "The referral's response target [001]." }) responseTargetAt!: Date;
  @Field(() => GraphQLDateTime, { description: "The referral's response maximum." }) responseDeadlineAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: "The first contact with the family, which stopped the response clock." })
  firstRespondedAt!: Date | null;
}

@ObjectType({ simpleResolvers: true, description: "Something done on a case, with the time spent." })
export class Activity implements M.Activity {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ActivityKind) kind!: ActivityKind;
  @Field(() => GraphQLDateTime) occurredAt!: Date;
  @Field(() => Int) minutes!: number;
  @Field(() => Boolean, { description: "A contact with the family; the first one stops the response clock." }) withFamily!: boolean;
  @Field(() => ID, { nullable: true, description: "The consent a third-party contact relied on." }) consentId!: string | null;
  @Field(() => String, { nullable: true, description: "The third party the contact was with, from the consent relied on." })
  partyName!: string | null;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => ID) staffId!: string;
  @Field(() => String) staffDisplayName!: string;
  @Field(() => Boolean, { description: "The viewer did this activity or is a manager: they may record its mileage and expenses." })
  viewerMayClaimExpense!: boolean;
  @Field(() => ActivityExpense, { nullable: true, description: "Mileage and expenses claimed; shown only to whoever may claim them." })
  expense!: ActivityExpense | null;
}

@ObjectType({ simpleResolvers: true, description: "Consent to speak to one named third party; always with a review date [004 2.2A4]." })
export class Consent implements M.Consent {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => String) partyName!: string;
  @Field(() => String, { nullable: true }) partyOrganisation!: string | null;
  @Field(() => ConsentPartyType) partyType!: ConsentPartyType;
  @Field(() => Boolean) granted!: boolean;
  @Field(() => GraphQLLocalDate) givenOn!: string;
  @Field(() => ConsentMethod) method!: ConsentMethod;
  @Field(() => GraphQLLocalDate) reviewOn!: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) withdrawnOn!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "The day the case closed, ending this consent with it." })
  endedOn!: string | null;
  @Field(() => PersonRole, { nullable: true, description: "Who gave (or refused) it; null on consents recorded before this was asked." })
  givenBy!: PersonRole | null;
  @Field(() => String, { nullable: true, description: "What may be shared with this party, as agreed with the family [000]." })
  mayShare!: string | null;
  @Field(() => Boolean, { description: "Granted, not withdrawn and the review date not passed: contact is allowed today." })
  current!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A meeting the officer attends with the family." })
export class Meeting implements M.Meeting {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => String, { description: "What the meeting is, e.g. 'Annual review'." }) kind!: string;
  @Field(() => GraphQLDateTime) scheduledAt!: Date;
  @Field(() => GraphQLLocalDate, { nullable: true }) noticeReceivedOn!: string | null;
  @Field(() => Boolean, { description: "Less than the two weeks' notice we ask for [003]." }) shortNotice!: boolean;
  @Field(() => MeetingStatus) status!: MeetingStatus;
  @Field(() => Boolean, { nullable: true }) familyPresent!: boolean | null;
  @Field(() => String, { nullable: true }) keyPoints!: string | null;
  @Field(() => String, { nullable: true }) actions!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "When the follow-up review with the family is due." }) followUpDueOn!:
    string | null;
}

@ObjectType({ simpleResolvers: true })
export class ConductIncident implements M.ConductIncident {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => GraphQLLocalDate) occurredOn!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => ConductAction, { description: "What upholding it does (or did): a warning letter, or removal of the family." })
  action!: ConductAction;
  @Field(() => String, { nullable: true }) signposting!: string | null;
  @Field(() => ConductReviewStatus) reviewStatus!: ConductReviewStatus;
  @Field(() => GraphQLDateTime, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true }) reviewNote!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "The day the manager's letter was sent to the family." })
  letterSentOn!: string | null;
  @Field(() => GraphQLDateTime) recordedAt!: Date;
}

@ObjectType({
  simpleResolvers: true,
  description: "A conduct incident for the managers: to review, or upheld with its letter not yet recorded.",
})
export class ConductAwaitingReview extends ConductIncident implements M.ConductAwaitingReview {
  @Field(() => ID) referralId!: string;
  @Field(() => String) referralReference!: string;
  @Field(() => String) recordedByName!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: "This referral may come from a family removed from the service for conduct [003]; the manager decides.",
})
export class ConductReferralFlag implements M.ConductReferralFlag {
  @Field(() => ID) incidentId!: string;
  @Field(() => String, {
    description: "How it was matched: the same person, name and phone, name and email, or the child's name and date of birth.",
  })
  matchedOn!: string;
  @Field(() => GraphQLDateTime) flaggedAt!: Date;
  @Field(() => GraphQLLocalDate, { nullable: true }) removedOn!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A change of the case's level after allocation, with why [004 2.2A3]." })
export class CaseLevelChange implements M.CaseLevelChange {
  @Field(() => ID) id!: string;
  @Field(() => Int) fromLevel!: number;
  @Field(() => Int) toLevel!: number;
  @Field(() => String) reason!: string;
  @Field(() => String) changedByName!: string;
  @Field(() => GraphQLDateTime) changedAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: "A co-worker or shadow on a level-4 case [004 2.2B3]." })
export class CaseCoworker implements M.CaseCoworker {
  @Field(() => ID) id!: string;
  @Field(() => ID) staffId!: string;
  @Field(() => String) staffDisplayName!: string;
  @Field(() => JointWorkingRole) role!: JointWorkingRole;
  @Field(() => GraphQLDateTime) addedAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: "When the case closed (joint working ends with it)." })
  endedAt!: Date | null;
}

@ObjectType({ simpleResolvers: true, description: "A reopening of the case, with the closure it undid." })
export class CaseReopening implements M.CaseReopening {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLDateTime) previousClosedAt!: Date;
  @Field(() => ClosureReason, { nullable: true }) previousClosureReason!: ClosureReason | null;
  @Field(() => String) reason!: string;
  @Field(() => GraphQLDateTime) reopenedAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: "Whether a young person aged 16 or over has the mental capacity to decide [003]." })
export class CapacityAssessment implements M.CapacityAssessment {
  @Field(() => ID) id!: string;
  @Field(() => Boolean) hasCapacity!: boolean;
  @Field(() => GraphQLLocalDate) assessedOn!: string;
  @Field(() => String) assessedBy!: string;
  @Field(() => String, { nullable: true }) notes!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "Casework for one referral. Officers see cases allocated to them (now or before); managers see all.",
})
export class Case implements M.Case {
  @Field(() => ID) id!: string;
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => Int, { description: "Level of intervention 1–4." }) level!: number;
  @Field(() => GraphQLDateTime) openedAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) lastActivityAt!: Date | null;
  @Field(() => Boolean, { description: "The caller may only read this case (no longer allocated to them, or closed)." }) readOnly!: boolean;
  @Field(() => Referral) referral!: Referral;
  @Field(() => DecisionMaker, { description: "A young person aged 16 or over decides for themselves [003]." })
  decisionMaker!: DecisionMaker;
  @Field(() => Allocation, { nullable: true }) currentAllocation!: Allocation | null;
  @Field(() => [Allocation], { description: "Every allocation, newest first." }) allocations!: Allocation[];
  @Field(() => [Activity], { description: "Newest first." }) activities!: Activity[];
  @Field(() => Int) totalMinutes!: number;
  @Field(() => [Consent]) consents!: Consent[];
  @Field(() => [Meeting]) meetings!: Meeting[];
  @Field(() => Int) missedMeetings!: number;
  @Field(() => GraphQLDateTime, { nullable: true, description: "Set by the second meeting missed without notice [003]." })
  putForwardForClosureAt!: Date | null;
  @Field(() => [ConductIncident]) conductIncidents!: ConductIncident[];
  @Field(() => GraphQLDateTime, { nullable: true }) closedAt!: Date | null;
  @Field(() => ClosureReason, { nullable: true }) closureReason!: ClosureReason | null;
  @Field(() => String, { nullable: true }) closureNote!: string | null;
  @Field(() => [CaseLevelChange], { description: "Level changes after allocation, oldest first." }) levelChanges!: CaseLevelChange[];
  @Field(() => [CaseCoworker], { description: "Co-workers and shadows, current and past." }) coworkers!: CaseCoworker[];
  @Field(() => [CaseReopening], { description: "Each time the case was reopened, oldest first." }) reopenings!: CaseReopening[];
  @Field(() => Boolean, { description: "The caller manages the service: may change the level, add a co-worker, reopen." })
  viewerManages!: boolean;
  @Field(() => [CapacityAssessment], { description: "Mental-capacity assessments of a young person aged 16 or over, newest first [003]." })
  capacityAssessments!: CapacityAssessment[];
}

@ObjectType({ simpleResolvers: true })
export class CloseCasePayload implements M.CloseCasePayload {
  @Field(() => Case) case!: Case;
  @Field(() => String, {
    nullable: true,
    description:
      "Code for the family's anonymous evaluation, as it is read out and printed: 16 letters and digits grouped XXXX-XXXX-XXXX-XXXX (Crockford base32). submitEvaluation accepts it in any case, with or without spaces and hyphens. Shown once: only its hash is stored, with nothing linking it to the case.",
  })
  evaluationToken!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "A case put forward for closure after two missed meetings, waiting for a manager [003].",
})
export class ProposedClosure implements M.ProposedClosure {
  @Field(() => ID) caseId!: string;
  @Field(() => ID) referralId!: string;
  @Field(() => String) referralReference!: string;
  @Field(() => Int) level!: number;
  @Field(() => Int) missedMeetings!: number;
  @Field(() => GraphQLDateTime) putForwardForClosureAt!: Date;
  @Field(() => String, { nullable: true }) holderName!: string | null;
}
