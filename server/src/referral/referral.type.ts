import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import { PageInfo } from "../graphql/pagination.js";
import type { PublicService as PublicServiceModel } from "../service/service.model.js";
import type * as M from "./referral.model.js";
import { ReferralView } from "./referral.query.js";
import {
  AccessibilityNeed,
  ContactMethod,
  CurrentStage,
  DecisionMaker,
  DiagnosisStatus,
  Eligibility,
  EnquiryTopic,
  EthnicGroup,
  HowHeard,
  KeyDateKind,
  PrimaryNeed,
  ProfessionalType,
  QueueChange,
  ReferralChannel,
  ReferralSource,
  ReferralStatus,
} from "../graphql/enums.js";

@ObjectType({
  simpleResolvers: true,
  description: "One weighted criterion behind a referral's priority; the weights add up to the priority.",
})
export class PriorityReason implements M.PriorityReason {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) weight!: number;
}

@ObjectType({ simpleResolvers: true, description: "One eligibility criterion [001]: met, not met, or not known yet (null)." })
export class EligibilityCheck implements M.EligibilityCheck {
  @Field(() => String) code!: M.EligibilityCheck["code"];
  @Field(() => Boolean, { nullable: true }) met!: boolean | null;
  @Field(() => String) label!: string;
}

@ObjectType({ simpleResolvers: true })
export class ReferralContact implements M.ReferralContact {
  @Field(() => String, { nullable: true }) fullName!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true }) postcode!: string | null;
  @Field(() => ContactMethod, { nullable: true }) preferredContact!: ContactMethod | null;
  @Field(() => [AccessibilityNeed]) accessibilityNeeds!: AccessibilityNeed[];
  @Field(() => String, { nullable: true }) interpreterLanguage!: string | null;
  @Field(() => EthnicGroup, { nullable: true }) ethnicity!: EthnicGroup | null;
}

@ObjectType({ simpleResolvers: true })
export class ReferralChild implements M.ReferralChild {
  @Field(() => String, { nullable: true }) fullName!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) dateOfBirth!: string | null;
  @Field(() => Int, { nullable: true, description: "Age today in whole years." }) ageYears!: number | null;
  @Field(() => String, { nullable: true }) educationSetting!: string | null;
  @Field(() => String, { nullable: true }) needsOverview!: string | null;
  @Field(() => DiagnosisStatus) diagnosisStatus!: DiagnosisStatus;
  @Field(() => PrimaryNeed) primaryNeed!: PrimaryNeed;
}

@ObjectType({ simpleResolvers: true })
export class KeyDate implements M.KeyDate {
  @Field(() => ID) id!: string;
  @Field(() => KeyDateKind) kind!: KeyDateKind;
  @Field(() => GraphQLLocalDate) on!: string;
  @Field(() => String, { nullable: true, description: "The statutory rule this date was derived by, if any." }) rule!: string | null;
  @Field(() => ID, { nullable: true }) derivedFromId!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "The later date of the same kind that replaced this one (an appeal deadline moved by a mediation certificate).",
  })
  supersededById!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "A referral to the service. Personal fields are visible to managers and the allocated officer only.",
})
export class Referral implements M.Referral {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "Reference given to the family." }) reference!: string;
  @Field(() => ReferralStatus) status!: ReferralStatus;
  @Field(() => ReferralChannel) channel!: ReferralChannel;
  @Field(() => ReferralSource) source!: ReferralSource;
  @Field(() => ProfessionalType, { nullable: true }) professionalType!: ProfessionalType | null;
  @Field(() => String, { nullable: true }) referrerName!: string | null;
  @Field(() => String, { nullable: true }) referrerOrganisation!: string | null;
  @Field(() => Boolean) familyConsentedToShare!: boolean;
  @Field(() => GraphQLDateTime) receivedAt!: Date;
  @Field(() => GraphQLDateTime, { description: "Response target: the service's target working days after receipt." })
  responseTargetAt!: Date;
  @Field(() => GraphQLDateTime, { description: "Response maximum: the latest the first response may come." })
  responseDeadlineAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: "First recorded contact with the family; stops the clock." })
  firstRespondedAt!: Date | null;
  @Field(() => Int, { description: "Triage priority; higher is more urgent." }) priority!: number;
  @Field(() => [PriorityReason]) priorityReasons!: PriorityReason[];
  @Field(() => Int, { nullable: true, description: "Level of intervention 1–4 [004 2.2A3]." }) level!: number | null;
  @Field(() => Eligibility) eligibility!: Eligibility;
  @Field(() => [EligibilityCheck]) eligibilityChecks!: EligibilityCheck[];
  @Field(() => String, { nullable: true }) ineligibleReason!: string | null;
  @Field(() => String, { nullable: true }) signposting!: string | null;
  @Field(() => Boolean, { description: "Same child name and date of birth as another open referral." }) possibleDuplicate!: boolean;
  @Field(() => ID, { nullable: true }) possibleDuplicateOfId!: string | null;
  @Field(() => CurrentStage) currentStage!: CurrentStage;
  @Field(() => HowHeard) howHeard!: HowHeard;
  @Field(() => EnquiryTopic, { nullable: true, description: "What the enquiry is about, when recorded." }) topic!: EnquiryTopic | null;
  @Field(() => String, { nullable: true }) reasonForReferral!: string | null;
  @Field(() => Boolean) safeguardingFlag!: boolean;
  @Field(() => Boolean) excludedOrNoPlace!: boolean;
  @Field(() => Boolean) childInNeedOrLookedAfter!: boolean;
  @Field(() => Int, { nullable: true }) priorityOverride!: number | null;
  @Field(() => String, { nullable: true }) priorityOverrideReason!: string | null;
  @Field(() => String, { nullable: true }) triageNotes!: string | null;
  @Field(() => GraphQLDateTime, { nullable: true }) triagedAt!: Date | null;
  @Field(() => Boolean, { description: "Response target passed without a first response." }) overdue!: boolean;
  @Field(() => DecisionMaker) decisionMaker!: DecisionMaker;
  @Field(() => ID, { nullable: true, description: "The parent/carer or young person: for subject access and erasure." })
  personId!: string | null;
  @Field(() => ReferralContact, { nullable: true, description: "Null once the family's data was erased." })
  contact!: ReferralContact | null;
  @Field(() => ReferralChild, { nullable: true }) child!: ReferralChild | null;
  @Field(() => KeyDate, { nullable: true, description: "The nearest urgent key date, today or later." }) nextKeyDate!: KeyDate | null;

  /**
   * The queue's referrals are `ReferralView`s, whose fields are getters worked out when read.
   * type-graphql hands a field resolver its root as it is only when it is an instance of this class;
   * anything else it copies (own properties only) into a new instance, which would lose them.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof ReferralView || Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

@ObjectType({ simpleResolvers: true })
export class ReferralEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Referral) node!: Referral;
}

@ObjectType({ simpleResolvers: true })
export class ReferralConnection implements M.ReferralConnection {
  @Field(() => [ReferralEdge]) edges!: ReferralEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ simpleResolvers: true, description: "What the family is told after submitting the form." })
export class SelfReferralReceipt implements M.SelfReferralReceipt {
  @Field(() => Boolean, { description: "false: no consent to record, so only an anonymous tally was kept." }) recorded!: boolean;
  @Field(() => Boolean, {
    description: "false: the young person is outside the ages we support; recorded as not eligible and signposted (see responsePromise).",
  })
  eligible!: boolean;
  @Field(() => String, { nullable: true }) reference!: string | null;
  @Field(() => String, { description: "In plain words, when and how we will be in touch (or, when not eligible, where to go)." })
  responsePromise!: string;
  @Field(() => GraphQLDateTime, { nullable: true }) respondBy!: Date | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "A change to the triage queue: the referral as it now is (null when it left the queue).",
})
export class TriageQueueEvent implements M.TriageQueueEvent {
  @Field(() => QueueChange) change!: QueueChange;
  @Field(() => ID) referralId!: string;
  @Field(() => Referral, { nullable: true }) referral!: Referral | null;
}

@ObjectType({ simpleResolvers: true, description: "What the public form may show about a service: no staff, no families." })
export class PublicService implements PublicServiceModel {
  @Field(() => String) slug!: string;
  @Field(() => String) name!: string;
  @Field(() => String) areaName!: string;
  @Field(() => String, { nullable: true }) helplinePhone!: string | null;
  @Field(() => Int, { description: "Working days within which the service aims to respond." }) responseTargetDays!: number;
}
