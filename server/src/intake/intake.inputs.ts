import { Int } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import type { z } from "zod";
import { inputType } from "../graphql/input-type.js";
import { EnquiryTopic, ReferralChannel, ReferralSource } from "../graphql/enums.js";
import { anonymousEnquirySchema, callerSchema, informationCallSchema } from "./intake.validation.js";

// Only the schemas' shape is read: any moment will do.
const anyMoment = new Date(0);

export const AnonymousEnquiryInput = inputType("AnonymousEnquiryInput", anonymousEnquirySchema(anyMoment), {
  description: "An enquiry whose caller declined to be recorded: counted, with nothing personal.",
  fields: {
    channel: () => ReferralChannel,
    topic: () => EnquiryTopic,
    receivedAt: { type: () => GraphQLDateTime, description: "When it reached us; defaults to now." },
  },
});
export type AnonymousEnquiryInput = z.input<ReturnType<typeof anonymousEnquirySchema>>;

export const CallerInput = inputType("CallerInput", callerSchema, {
  fields: { fullName: () => String, email: () => String, phone: () => String, postcode: () => String },
});

export const InformationCallInput = inputType("InformationCallInput", informationCallSchema(anyMoment), {
  description: "A quick information call in one step: level 1, closed as information given.",
  fields: {
    channel: () => ReferralChannel,
    source: () => ReferralSource,
    consentToRecord: { type: () => Boolean, description: "Consent to record the caller's details; without it log an anonymous enquiry." },
    caller: () => CallerInput,
    childName: () => String,
    topic: () => EnquiryTopic,
    adviceGiven: () => String,
    minutes: () => Int,
    receivedAt: { type: () => GraphQLDateTime, description: "When the call came; defaults to now." },
  },
});
export type InformationCallInput = z.input<ReturnType<typeof informationCallSchema>>;
