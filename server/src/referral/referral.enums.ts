import { graphqlEnum } from "../graphql/enum.js";
import { accessibilityNeed, contactMethod, diagnosisStatus, primaryNeed } from "../person/person.table.js";
import {
  currentStage,
  eligibility,
  howHeard,
  keyDateKind,
  professionalType,
  referralChannel,
  referralSource,
  referralStatus,
} from "./referral.table.js";

export const ReferralChannel = graphqlEnum(referralChannel.enumValues, "ReferralChannel", "How the referral reached the service.");
export type ReferralChannel = keyof typeof ReferralChannel;
export const ReferralSource = graphqlEnum(referralSource.enumValues, "ReferralSource", "Who made the referral.");
export type ReferralSource = keyof typeof ReferralSource;
export const ProfessionalType = graphqlEnum(professionalType.enumValues, "ProfessionalType");
export type ProfessionalType = keyof typeof ProfessionalType;
export const ReferralStatus = graphqlEnum(referralStatus.enumValues, "ReferralStatus");
export type ReferralStatus = keyof typeof ReferralStatus;
export const Eligibility = graphqlEnum(eligibility.enumValues, "Eligibility");
export type Eligibility = keyof typeof Eligibility;
export const CurrentStage = graphqlEnum(currentStage.enumValues, "CurrentStage", "Where the family is in the SEND process.");
export type CurrentStage = keyof typeof CurrentStage;
export const HowHeard = graphqlEnum(howHeard.enumValues, "HowHeard");
export type HowHeard = keyof typeof HowHeard;
export const KeyDateKind = graphqlEnum(keyDateKind.enumValues, "KeyDateKind");
export type KeyDateKind = keyof typeof KeyDateKind;
export const ContactMethod = graphqlEnum(contactMethod.enumValues, "ContactMethod");
export type ContactMethod = keyof typeof ContactMethod;
export const AccessibilityNeed = graphqlEnum(accessibilityNeed, "AccessibilityNeed");
export type AccessibilityNeed = keyof typeof AccessibilityNeed;
export const DiagnosisStatus = graphqlEnum(diagnosisStatus.enumValues, "DiagnosisStatus");
export type DiagnosisStatus = keyof typeof DiagnosisStatus;
export const PrimaryNeed = graphqlEnum(primaryNeed.enumValues, "PrimaryNeed");
export type PrimaryNeed = keyof typeof PrimaryNeed;
