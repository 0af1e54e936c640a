import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import { ActivityKind, CaseStatus, ContactMethod, KeyDateKind, PersonRole, ReferralChannel, ReferralStatus } from "../graphql/enums.js";
import type * as M from "./person.model.js";

@ObjectType({ simpleResolvers: true, description: "A referral on a family record; `repeat` when it is not the family's first." })
export class FamilyReferral implements M.FamilyReferral {
  @Field(() => ID) id!: string;
  @Field(() => String) reference!: string;
  @Field(() => ReferralStatus) status!: ReferralStatus;
  @Field(() => ReferralChannel) channel!: ReferralChannel;
  @Field(() => GraphQLDateTime) receivedAt!: Date;
  @Field(() => Int, { nullable: true }) level!: number | null;
  @Field(() => String, { nullable: true }) childName!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) childDateOfBirth!: string | null;
  @Field(() => ID, { nullable: true }) caseId!: string | null;
  @Field(() => CaseStatus, { nullable: true }) caseStatus!: CaseStatus | null;
  @Field(() => Boolean) repeat!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A contact or piece of work on one of the family's cases." })
export class FamilyActivity implements M.FamilyActivity {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => String) referralReference!: string;
  @Field(() => ActivityKind) kind!: ActivityKind;
  @Field(() => GraphQLDateTime) occurredAt!: Date;
  @Field(() => Int) minutes!: number;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => String) staffDisplayName!: string;
  @Field(() => Boolean, { description: "Entered in error: kept for audit, out of statistics and the timeline." }) voided!: boolean;
  @Field(() => String, { nullable: true }) voidReason!: string | null;
  @Field(() => Boolean, { description: "A contact with the family; otherwise a third-party contact needs a consent." })
  withFamily!: boolean;
  @Field(() => ID, { nullable: true, description: "The consent a third-party contact rests on." }) consentId!: string | null;
  @Field(() => String, { nullable: true, description: "That consent's party." }) partyName!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class FamilyConsent implements M.FamilyConsent {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => String) partyName!: string;
  @Field(() => Boolean) granted!: boolean;
  @Field(() => GraphQLLocalDate) givenOn!: string;
  @Field(() => GraphQLLocalDate) reviewOn!: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) withdrawnOn!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class FamilyKeyDate implements M.FamilyKeyDate {
  @Field(() => ID) id!: string;
  @Field(() => ID) referralId!: string;
  @Field(() => KeyDateKind) kind!: KeyDateKind;
  @Field(() => GraphQLLocalDate) on!: string;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => Boolean, { description: "Worked out from another key date (a statutory timeline); corrected through that one." })
  derived!: boolean;
  @Field(() => Boolean, { description: "Entered in error: kept for audit, shown only on request." }) voided!: boolean;
  @Field(() => String, { nullable: true }) voidReason!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One change to a record: the value before and after, who, when and why." })
export class Correction implements M.Correction {
  @Field(() => ID) id!: string;
  @Field(() => String) entityType!: string;
  @Field(() => ID) entityId!: string;
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) previousValue!: string | null;
  @Field(() => String, { nullable: true }) newValue!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String) changedBy!: string;
  @Field(() => GraphQLDateTime) changedAt!: Date;
  @Field(() => Boolean, { description: "The activity or key date corrected has since been voided as entered in error." })
  entryVoided!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "Another record that may be the same person, and why. Managers only." })
export class PossibleDuplicate implements M.PossibleDuplicate {
  @Field(() => ID) personId!: string;
  @Field(() => String, { nullable: true }) fullName!: string | null;
  @Field(() => String) matchedOn!: string;
  @Field(() => Int) referralCount!: number;
}

@ObjectType({ simpleResolvers: true, description: "The family record: one person and everything of theirs." })
export class PersonRecord implements M.PersonRecord {
  @Field(() => ID) id!: string;
  @Field(() => PersonRole) role!: PersonRole;
  @Field(() => String, { nullable: true }) fullName!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true }) postcode!: string | null;
  @Field(() => ContactMethod, { nullable: true }) preferredContact!: ContactMethod | null;
  @Field(() => Boolean) erased!: boolean;
  @Field(() => ID, { nullable: true, description: "Merged into this record; open that one." }) mergedIntoId!: string | null;
  @Field(() => [FamilyReferral]) referrals!: FamilyReferral[];
  @Field(() => [FamilyActivity]) activities!: FamilyActivity[];
  @Field(() => [FamilyConsent]) consents!: FamilyConsent[];
  @Field(() => [FamilyKeyDate]) keyDates!: FamilyKeyDate[];
  @Field(() => [Correction]) corrections!: Correction[];
  @Field(() => [PossibleDuplicate]) possibleDuplicates!: PossibleDuplicate[];
}
