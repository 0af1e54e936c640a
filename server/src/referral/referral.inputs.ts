import { ID, Int } from "type-graphql";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import type { z } from "zod";
import { inputType } from "../graphql/input-type.js";
import {
  AccessibilityNeed,
  ContactMethod,
  CurrentStage,
  DiagnosisStatus,
  Eligibility,
  EnquiryTopic,
  EthnicGroup,
  HowHeard,
  KeyDateKind,
  PrimaryNeed,
  ProfessionalType,
  ReferralChannel,
  ReferralSource,
  ReferralStatus,
} from "../graphql/enums.js";
import {
  childSchema,
  contactSchema,
  createReferralSchema,
  keyDateSchema,
  queueFilterSchema,
  selfReferralSchema,
  triageSchema,
} from "./referral.validation.js";

// Only the schemas' shape is read: any moment and zone will do.
const [anyMoment, anyZone] = [new Date(0), "UTC"];

export const ContactInput = inputType("ContactInput", contactSchema, {
  fields: {
    fullName: () => String,
    email: () => String,
    phone: () => String,
    address: () => String,
    postcode: () => String,
    preferredContact: () => ContactMethod,
    accessibilityNeeds: () => [AccessibilityNeed],
    interpreterLanguage: () => String,
  },
});

export const ChildInput = inputType("ChildInput", childSchema(anyMoment, anyZone), {
  fields: {
    fullName: () => String,
    dateOfBirth: () => GraphQLLocalDate,
    educationSetting: () => String,
    needsOverview: () => String,
    diagnosisStatus: () => DiagnosisStatus,
    primaryNeed: () => PrimaryNeed,
  },
});

export const KeyDateInput = inputType("KeyDateInput", keyDateSchema, {
  fields: { kind: () => KeyDateKind, on: () => GraphQLLocalDate, notes: () => String },
});
export type KeyDateInput = z.input<typeof keyDateSchema>;

// Without consent to record, the public form sends nothing else: the parts it needs with consent
// are nullable here and required by the schema, so leaving one out is refused by name.
export const SelfReferralInput = inputType("SelfReferralInput", selfReferralSchema(anyMoment, anyZone), {
  description: "The public web form: a parent/carer or young person refers themselves.",
  fields: {
    serviceSlug: { type: () => String, description: "Which service the form belongs to." },
    consentToRecord: {
      type: () => Boolean,
      description: "Consent to record details on our database; without it only an anonymous tally is kept.",
    },
    submittedBy: { type: () => ReferralSource, nullable: true },
    contact: { type: () => ContactInput, nullable: true },
    child: { type: () => ChildInput, nullable: true },
    reasonForReferral: { type: () => String, nullable: true },
    currentStage: () => CurrentStage,
    howHeard: () => HowHeard,
    ethnicity: () => EthnicGroup,
    excludedOrNoPlace: () => Boolean,
    keyDates: () => [KeyDateInput],
  },
});
export type SelfReferralInput = z.input<ReturnType<typeof selfReferralSchema>>;

export const CreateReferralInput = inputType("CreateReferralInput", createReferralSchema(anyMoment, anyZone), {
  description: "A referral entered by staff, from any channel.",
  fields: {
    channel: () => ReferralChannel,
    source: () => ReferralSource,
    professionalType: () => ProfessionalType,
    referrerName: () => String,
    referrerOrganisation: () => String,
    familyConsentedToShare: {
      type: () => Boolean,
      description: "Professional referrals: the referrer confirms the family agreed to share.",
    },
    consentToRecord: () => Boolean,
    receivedAt: {
      type: () => GraphQLDateTime,
      description: "When it reached us (an answerphone message or letter is entered later). Defaults to now.",
    },
    contact: { type: () => ContactInput, nullable: true },
    child: { type: () => ChildInput, nullable: true },
    reasonForReferral: { type: () => String, nullable: true },
    currentStage: () => CurrentStage,
    howHeard: () => HowHeard,
    ethnicity: () => EthnicGroup,
    safeguardingFlag: () => Boolean,
    excludedOrNoPlace: () => Boolean,
    childInNeedOrLookedAfter: () => Boolean,
    keyDates: () => [KeyDateInput],
    topic: { type: () => EnquiryTopic, description: "What the enquiry is about." },
    ineligibleReason: {
      type: () => String,
      description: "Not eligible (e.g. out of area): why. Over 25 is found from the date of birth. Needs `signposting`.",
    },
    signposting: {
      type: () => String,
      description: "Where a family that is not eligible was signposted: the referral is recorded as signposted, not refused.",
    },
  },
});
export type CreateReferralInput = z.input<ReturnType<typeof createReferralSchema>>;

export const TriageReferralInput = inputType("TriageReferralInput", triageSchema, {
  fields: {
    referralId: () => ID,
    eligibility: { type: () => Eligibility, description: "ELIGIBLE keeps it for allocation; INELIGIBLE closes it as signposted." },
    level: { type: () => Int, description: "1 information, 2 advice, 3 support, 4 intensive support." },
    ineligibleReason: () => String,
    signposting: () => String,
    priorityOverride: { type: () => Int, description: "Replace the computed priority; needs a reason. Null clears an override." },
    priorityOverrideReason: () => String,
    notes: () => String,
    safeguardingFlag: () => Boolean,
    excludedOrNoPlace: () => Boolean,
    childInNeedOrLookedAfter: () => Boolean,
    currentStage: () => CurrentStage,
  },
});
export type TriageReferralInput = z.input<typeof triageSchema>;

export const TriageQueueFilter = inputType("TriageQueueFilter", queueFilterSchema, {
  fields: {
    status: () => [ReferralStatus],
    channel: () => [ReferralChannel],
    level: () => [Int],
    overdue: { type: () => Boolean, description: "Only referrals past their response target without a response." },
    safeguarding: { type: () => Boolean, description: "Only referrals flagged for safeguarding (false: only those not flagged)." },
  },
});
export type TriageQueueFilter = z.input<typeof queueFilterSchema>;
