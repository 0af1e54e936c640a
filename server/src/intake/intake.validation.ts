import { z } from "zod";
import { optionalText, personName, requiredText, ukPostcode } from "../core/text.js";
import { ENQUIRY_TOPIC, REFERRAL_CHANNEL } from "../core/vocabulary.js";
import { SELF_REFERRAL_SOURCES } from "../referral/referral.rules.js";
import { contactSchema, timeReceivedSchema } from "../referral/referral.validation.js";
import { INFORMATION_CALL_MAX_MINUTES, isStaffChannel } from "./intake.rules.js";

const staffChannel = z
  .enum(REFERRAL_CHANNEL.values, "Choose how the enquiry reached us.")
  .refine(isStaffChannel, "The web form records its own enquiries; choose how this one reached us.");

/** When it reached us: now if not given; otherwise as staff intake checks it (timeReceivedSchema). */
const receivedAt = (now: Date) =>
  timeReceivedSchema(now)
    .optional()
    .nullable()
    .transform((d) => d ?? now);

/** A caller who declined to be recorded: how and what about, nothing that could identify them. */
export const anonymousEnquirySchema = (now: Date) =>
  z.object({
    channel: staffChannel,
    topic: z.enum(ENQUIRY_TOPIC.values, "Choose what the enquiry was about."),
    receivedAt: receivedAt(now),
  });
export type AnonymousEnquiryInput = z.input<ReturnType<typeof anonymousEnquirySchema>>;

/** Who called: as on a referral, but only the name is required (a quick call may leave no more). */
export const callerSchema = z.object({
  fullName: personName("Enter the caller's name."),
  email: contactSchema.shape.email,
  phone: contactSchema.shape.phone,
  postcode: ukPostcode.optional().nullable(),
});

/** A quick information call, recorded in one step: who, what about, the advice given, how long. */
export const informationCallSchema = (now: Date) =>
  z.object({
    channel: staffChannel,
    source: z.enum(SELF_REFERRAL_SOURCES, "Say whether the caller is a parent or carer, or the young person."),
    consentToRecord: z.literal(true, "Ask for consent to record first; without it, log an anonymous enquiry."),
    caller: callerSchema,
    childName: optionalText(200),
    topic: z.enum(ENQUIRY_TOPIC.values, "Choose what the call was about."),
    adviceGiven: requiredText(5000, "Record the information or advice given."),
    minutes: z
      .number("Enter the minutes spent.")
      .int("Enter whole minutes.")
      .min(1, "Enter the minutes spent, at least 1.")
      .max(INFORMATION_CALL_MAX_MINUTES, `A quick call is at most ${INFORMATION_CALL_MAX_MINUTES} minutes; enter a referral instead.`),
    receivedAt: receivedAt(now),
  });
export type InformationCallInput = z.input<ReturnType<typeof informationCallSchema>>;
