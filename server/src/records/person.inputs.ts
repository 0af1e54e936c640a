import type { z } from "zod";
import { ID, Int } from "type-graphql";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import { inputType } from "../graphql/input-type.js";
import { MAX_BACKDATE_DAYS } from "../referral/referral.rules.js";
import {
  ActivityKind,
  ConsentMethod,
  ConsentPartyType,
  ContactMethod,
  CurrentStage,
  DiagnosisStatus,
  EnquiryTopic,
  HowHeard,
  KeyDateKind,
  PersonRole,
  PrimaryNeed,
  ProfessionalType,
  ReferralChannel,
  ReferralSource,
} from "../graphql/enums.js";
import {
  correctActivitySchema,
  correctChildSchema,
  correctConsentSchema,
  correctContactSchema,
  correctKeyDateSchema,
  correctReferralSchema,
  mergePeopleSchema,
  voidActivitySchema,
  voidKeyDateSchema,
} from "./correction.validation.js";

export const CorrectContactInput = inputType("CorrectContactInput", correctContactSchema, {
  description: "Correct a person's contact details: each field given replaces the old value, which is kept with who, when and why.",
  fields: {
    personId: () => ID,
    fullName: () => String,
    email: () => String,
    phone: () => String,
    address: () => String,
    postcode: () => String,
    preferredContact: () => ContactMethod,
    reason: { type: () => String, nullable: true, description: "Why it is being corrected (kept with the previous values). Required." },
  },
});
export type CorrectContactInput = z.input<typeof correctContactSchema>;

export const VoidActivityInput = inputType("VoidActivityInput", voidActivitySchema, {
  description: "Void an activity entered in error: kept for audit, left out of statistics and the timeline.",
  fields: { activityId: () => ID, reason: { type: () => String, nullable: true, description: "Why it is void. Required." } },
});
export type VoidActivityInput = z.input<typeof voidActivitySchema>;

export const MergePeopleInput = inputType("MergePeopleInput", mergePeopleSchema, {
  description: "Merge a duplicate record of a person into the one kept; its referrals move across. Managers only.",
  fields: { keepPersonId: () => ID, mergePersonId: () => ID, reason: () => String },
});
export type MergePeopleInput = z.input<typeof mergePeopleSchema>;

// Only the schemas' shape is read: any moment, zone and day will do.
const [anyMoment, anyZone, anyDay] = [new Date(0), "UTC", "2000-01-01"];
const reasonHint = {
  type: () => String,
  nullable: true,
  description: "Why it is being corrected (kept with the previous values). Required.",
} as const;

export const CorrectChildInput = inputType("CorrectChildInput", correctChildSchema(anyMoment, anyZone), {
  description: "Correct the child's details on a referral, validated like the original entry; previous values kept with who, when and why.",
  fields: {
    referralId: () => ID,
    fullName: () => String,
    dateOfBirth: {
      type: () => GraphQLLocalDate,
      description: "A new date of birth moves the age at referral, and the statistics' age band.",
    },
    educationSetting: () => String,
    needsOverview: () => String,
    diagnosisStatus: () => DiagnosisStatus,
    primaryNeed: () => PrimaryNeed,
    reason: reasonHint,
  },
});
export type CorrectChildInput = z.input<ReturnType<typeof correctChildSchema>>;

export const CorrectReferralInput = inputType(
  "CorrectReferralInput",
  correctReferralSchema({ receivedAt: anyMoment, enteredAt: anyMoment }, anyZone, anyMoment),
  {
    description: "Correct a referral's own details, validated like staff intake; previous values kept with who, when and why.",
    fields: {
      referralId: () => ID,
      receivedAt: {
        type: () => GraphQLDateTime,
        description: `When it really reached us (e.g. a call entered an hour late): not in the future, not after it was entered or first acted on, not more than ${MAX_BACKDATE_DAYS} days before it was entered. The response target and maximum are worked out again.`,
      },
      channel: () => ReferralChannel,
      source: () => ReferralSource,
      professionalType: () => ProfessionalType,
      referrerName: () => String,
      referrerOrganisation: () => String,
      reasonForReferral: () => String,
      currentStage: () => CurrentStage,
      howHeard: () => HowHeard,
      topic: () => EnquiryTopic,
      excludedOrNoPlace: () => Boolean,
      childInNeedOrLookedAfter: () => Boolean,
      reason: reasonHint,
    },
  },
);
export type CorrectReferralInput = z.input<ReturnType<typeof correctReferralSchema>>;

export const CorrectActivityInput = inputType("CorrectActivityInput", correctActivitySchema(anyMoment), {
  description: "Correct an activity, validated like logging it; the hours statistics follow. Previous values kept with who, when and why.",
  fields: {
    activityId: () => ID,
    kind: () => ActivityKind,
    occurredAt: () => GraphQLDateTime,
    minutes: () => Int,
    withFamily: () => Boolean,
    summary: () => String,
    consentId: {
      type: () => ID,
      description:
        "The consent a contact with someone other than the family rests on: one of the case's, valid on the day (else CONSENT_REQUIRED).",
    },
    partyName: {
      type: () => String,
      description: "Or the party it was with: their consent valid on the day is used (else CONSENT_REQUIRED).",
    },
    reason: reasonHint,
  },
});
export type CorrectActivityInput = z.input<ReturnType<typeof correctActivitySchema>>;

export const CorrectKeyDateInput = inputType("CorrectKeyDateInput", correctKeyDateSchema, {
  description: "Correct a key date; the statutory dates worked out from it are worked out again. Previous values kept.",
  fields: { keyDateId: () => ID, kind: () => KeyDateKind, on: () => GraphQLLocalDate, notes: () => String, reason: reasonHint },
});
export type CorrectKeyDateInput = z.input<typeof correctKeyDateSchema>;

export const VoidKeyDateInput = inputType("VoidKeyDateInput", voidKeyDateSchema, {
  description: "Void a key date entered in error: kept for audit, out of the queue, reminders, statistics and the timeline.",
  fields: { keyDateId: () => ID, reason: { type: () => String, nullable: true, description: "Why it is void. Required." } },
});
export type VoidKeyDateInput = z.input<typeof voidKeyDateSchema>;

export const CorrectConsentInput = inputType("CorrectConsentInput", correctConsentSchema(anyDay), {
  description: "Correct a consent, validated like recording it; previous values kept with who, when and why.",
  fields: {
    consentId: () => ID,
    partyName: () => String,
    partyOrganisation: () => String,
    partyType: () => ConsentPartyType,
    granted: () => Boolean,
    givenOn: () => GraphQLLocalDate,
    method: () => ConsentMethod,
    reviewOn: () => GraphQLLocalDate,
    givenBy: () => PersonRole,
    mayShare: () => String,
    reason: reasonHint,
  },
});
export type CorrectConsentInput = z.input<ReturnType<typeof correctConsentSchema>>;
