import { z } from "zod";
import { ageOn, localDate } from "../clock/calendar-date.js";
import { isoDate, optionalText, personName, requiredText, ukPostcode } from "../core/text.js";
import {
  ACCESSIBILITY_NEED,
  CONTACT_METHOD,
  CURRENT_STAGE,
  DIAGNOSIS_STATUS,
  ENQUIRY_TOPIC,
  ETHNIC_GROUP,
  HOW_HEARD,
  HIGHEST_LEVEL,
  INTERVENTION_LEVELS,
  LOWEST_LEVEL,
  KEY_DATE_KIND,
  PRIMARY_NEED,
  PROFESSIONAL_TYPE,
  REFERRAL_CHANNEL,
  REFERRAL_SOURCE,
  REFERRAL_STATUS,
} from "../core/vocabulary.js";
import { AGE_AT_REFERRAL, PRIORITY_OVERRIDE, isWithinAge } from "../triage/triage.rules.js";
import { MAX_BACKDATE_DAYS, SELF_REFERRAL_SOURCES, TRIAGE_DECISIONS, intakeEligibility } from "./referral.rules.js";
import { CLOCK_TOLERANCE_MS } from "../core/input.js";

/**
 * When an enquiry reached us, as staff enter it or correct it: a real moment, not in the future,
 * and not more than MAX_BACKDATE_DAYS before it was entered (`enteredAt`; now, when entering it).
 * The one rule for staff intake, quick calls, anonymous enquiries and corrections.
 */
export const timeReceivedSchema = (now: Date, enteredAt: Date = now) =>
  z
    .date("Enter when it reached us as a date and time.")
    .refine((d) => !Number.isNaN(d.getTime()), "Enter a real date and time.")
    .refine((d) => d.getTime() <= now.getTime() + CLOCK_TOLERANCE_MS, "The time received cannot be in the future.")
    .refine(
      (d) => d.getTime() >= enteredAt.getTime() - MAX_BACKDATE_DAYS * 86_400_000,
      enteredAt === now
        ? `The time received cannot be more than ${MAX_BACKDATE_DAYS} days ago.`
        : `The time received cannot be more than ${MAX_BACKDATE_DAYS} days before the referral was entered.`,
    );

/*
 * What a valid referral input is. Schemas that check a date against the day it was received depend
 * on that local date only: they are built once per local date (`perReceivedDay`) and kept,
 * since building one (and zod compiling its parser on first use) cost ~2 ms of each createReferral.
 * Their shape is the same whatever they are given (referral.inputs.ts builds the GraphQL types from it).
 */

/**
 * A schema built for the local date (in the service's time zone) a referral was received, kept for
 * the last 64 dates and options asked for. Two zones on the same local date share one schema.
 */
function perReceivedDay<A extends unknown[], S>(build: (received: string, ...rest: A) => S, key: (...rest: A) => string = () => "") {
  const built = new Map<string, S>();
  return (receivedAt: Date, timeZone: string, ...rest: A): S => {
    const received = localDate(receivedAt, timeZone);
    const k = `${received}\u0000${key(...rest)}`;
    let schema = built.get(k);
    if (schema === undefined) {
      if (built.size >= 64) built.delete(built.keys().next().value!);
      built.set(k, (schema = build(received, ...rest)));
    }
    return schema;
  };
}

const uuid = (field: string) => z.string().uuid(`Not a valid ${field}.`);
const [MIN_LEVEL, MAX_LEVEL] = [LOWEST_LEVEL, HIGHEST_LEVEL];

export const contactSchema = z
  .object({
    fullName: personName("Enter the name of the person we should contact."),
    email: z.string().trim().max(320).email("Enter an email address like name@example.com.").optional().nullable(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]+$/, "Enter a phone number using digits, like 01782 123456.")
      .min(7, "That phone number is too short: enter the whole number with its area code, like 01782 123456.")
      .max(20, "That phone number is too long: enter one number, like 01782 123456.")
      .optional()
      .nullable(),
    address: optionalText(500),
    postcode: ukPostcode.optional().nullable(),
    preferredContact: z.enum(CONTACT_METHOD.values),
    accessibilityNeeds: z
      .array(z.enum(ACCESSIBILITY_NEED.values))
      .max(ACCESSIBILITY_NEED.values.length)
      .optional()
      .nullable()
      .transform((v) => [...new Set(v ?? [])]),
    interpreterLanguage: optionalText(100),
  })
  .superRefine((c, ctx) => {
    const need = (path: "email" | "phone" | "address", message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (c.preferredContact === "EMAIL" && !c.email) need("email", "Give an email address, as you prefer email.");
    if ((c.preferredContact === "PHONE" || c.preferredContact === "TEXT") && !c.phone)
      need("phone", "Give a phone number, as you prefer phone or text.");
    if (c.preferredContact === "LETTER" && !c.address) need("address", "Give a postal address, as you prefer letters.");
    if (c.accessibilityNeeds.includes("INTERPRETER") && !c.interpreterLanguage)
      ctx.addIssue({ code: "custom", path: ["interpreterLanguage"], message: "Tell us which language the interpreter should speak." });
  });

/**
 * The child or young person, aged 0–25 on the day the referral was received, in the service's time
 * zone. Staff intake and the public form record an older young person too, as not eligible and
 * signposted (`outsideAgeAllowed`, rule `intakeEligibility`, decision 043); a date in the future is
 * always refused.
 */
const childSchemaOn = (received: string, opts: { outsideAgeAllowed?: boolean } = {}) =>
  z.object({
    fullName: personName("Enter the child or young person's name."),
    dateOfBirth: isoDate("Enter the date of birth as a real date.").superRefine((dob, ctx) => {
      if (dob > received) {
        ctx.addIssue({ code: "custom", message: "The date of birth cannot be in the future." });
        return;
      }
      if (!opts.outsideAgeAllowed && !isWithinAge(ageOn(dob, received)))
        ctx.addIssue({
          code: "custom",
          message: `We support children and young people aged ${AGE_AT_REFERRAL.min} to ${AGE_AT_REFERRAL.max}. Check the date of birth.`,
        });
    }),
    educationSetting: optionalText(200),
    needsOverview: optionalText(5000),
    diagnosisStatus: z
      .enum(DIAGNOSIS_STATUS.values)
      .optional()
      .nullable()
      .transform((v) => v ?? "NONE"),
    primaryNeed: z
      .enum(PRIMARY_NEED.values)
      .optional()
      .nullable()
      .transform((v) => v ?? "NOT_KNOWN"),
  });
export const childSchema = perReceivedDay(
  (received, opts: { outsideAgeAllowed?: boolean } = {}) => childSchemaOn(received, opts),
  (opts = {}) => (opts.outsideAgeAllowed ? "outside-age" : ""),
);

export const keyDateSchema = z.object({
  kind: z.enum(KEY_DATE_KIND.values),
  on: isoDate(),
  notes: optionalText(1000),
});

const referralDetails = (received: string, childOpts: { outsideAgeAllowed?: boolean } = {}) => ({
  contact: contactSchema,
  child: childSchemaOn(received, childOpts),
  reasonForReferral: requiredText(5000, "Tell us briefly why you are contacting us."),
  currentStage: z
    .enum(CURRENT_STAGE.values)
    .optional()
    .nullable()
    .transform((v) => v ?? "NO_SUPPORT_YET"),
  howHeard: z
    .enum(HOW_HEARD.values)
    .optional()
    .nullable()
    .transform((v) => v ?? "OTHER"),
  ethnicity: z
    .enum(ETHNIC_GROUP.values, "Choose one of the listed ethnic groups, or leave it blank.")
    .optional()
    .nullable()
    .transform((v) => v ?? null),
  excludedOrNoPlace: z.boolean().optional().nullable().transform(Boolean),
  keyDates: z
    .array(keyDateSchema)
    .max(10)
    .optional()
    .nullable()
    .transform((v) => v ?? []),
});

/** The public form; parsed only with consent to record (without it nothing but a tally is kept). */
export const selfReferralSchema = perReceivedDay((received) =>
  z.object({
    serviceSlug: z.string().trim().min(1).max(100),
    consentToRecord: z.literal(true),
    submittedBy: z.enum(SELF_REFERRAL_SOURCES, "Tell us whether you are a parent/carer or the young person."),
    ...referralDetails(received, { outsideAgeAllowed: true }),
  }),
);

/** A referral entered by staff; the time received and consent to record are checked first (referral.service.ts). */
export const createReferralSchema = perReceivedDay((received) =>
  z
    .object({
      channel: z.enum(REFERRAL_CHANNEL.values),
      source: z.enum(REFERRAL_SOURCE.values),
      professionalType: z.enum(PROFESSIONAL_TYPE.values).optional().nullable(),
      referrerName: optionalText(200),
      referrerOrganisation: optionalText(200),
      familyConsentedToShare: z.boolean().optional().nullable().transform(Boolean),
      consentToRecord: z.literal(true),
      receivedAt: z.date().optional().nullable(),
      safeguardingFlag: z.boolean().optional().nullable().transform(Boolean),
      childInNeedOrLookedAfter: z.boolean().optional().nullable().transform(Boolean),
      topic: z.enum(ENQUIRY_TOPIC.values).optional().nullable(),
      ineligibleReason: optionalText(2000),
      signposting: optionalText(2000),
      ...referralDetails(received, { outsideAgeAllowed: true }),
    })
    .superRefine((r, ctx) => {
      if (typeof r.child?.dateOfBirth !== "string") return;
      const decision = intakeEligibility(ageOn(r.child.dateOfBirth, received), r.ineligibleReason ?? null);
      if (decision.ineligible && !r.signposting)
        ctx.addIssue({ code: "custom", path: ["signposting"], message: decision.askForSignposting });
      if (!decision.ineligible && r.signposting)
        ctx.addIssue({
          code: "custom",
          path: ["ineligibleReason"],
          message: "Say why the enquiry is not eligible, or leave the signposting blank.",
        });
      professionalReferrerRule(r, ctx);
    }),
);

/** A professional's referral names the referrer and their profession (staff intake, and its corrections). */
export function professionalReferrerRule(
  r: { source?: string | null; professionalType?: string | null; referrerName?: string | null },
  ctx: z.RefinementCtx,
) {
  if (r.source !== "PROFESSIONAL") return;
  if (!r.professionalType) ctx.addIssue({ code: "custom", path: ["professionalType"], message: "Choose the referrer's profession." });
  if (!r.referrerName) ctx.addIssue({ code: "custom", path: ["referrerName"], message: "Enter the referrer's name." });
}
export type CreateReferral = z.output<ReturnType<typeof createReferralSchema>>;

const level = z
  .number()
  .int(`Level is ${MIN_LEVEL} to ${MAX_LEVEL}.`)
  .min(MIN_LEVEL, `Level is ${MIN_LEVEL} to ${MAX_LEVEL}.`)
  .max(MAX_LEVEL, `Level is ${MIN_LEVEL} to ${MAX_LEVEL}.`);

export const triageSchema = z
  .object({
    referralId: uuid("referral id"),
    eligibility: z.enum(TRIAGE_DECISIONS, "Decide whether the referral is eligible."),
    level: level.optional().nullable(),
    ineligibleReason: optionalText(2000),
    signposting: optionalText(2000),
    priorityOverride: z
      .number()
      .int()
      .min(PRIORITY_OVERRIDE.min, `Priority is ${PRIORITY_OVERRIDE.min} to ${PRIORITY_OVERRIDE.max}.`)
      .max(PRIORITY_OVERRIDE.max, `Priority is ${PRIORITY_OVERRIDE.min} to ${PRIORITY_OVERRIDE.max}.`)
      .optional()
      .nullable(),
    priorityOverrideReason: optionalText(1000),
    notes: optionalText(5000),
    safeguardingFlag: z.boolean().optional().nullable(),
    excludedOrNoPlace: z.boolean().optional().nullable(),
    childInNeedOrLookedAfter: z.boolean().optional().nullable(),
    currentStage: z.enum(CURRENT_STAGE.values).optional().nullable(),
  })
  .superRefine((t, ctx) => {
    if (t.eligibility === "ELIGIBLE" && !t.level)
      ctx.addIssue({ code: "custom", path: ["level"], message: "Choose a level of intervention." });
    if (t.eligibility === "INELIGIBLE") {
      if (!t.ineligibleReason) ctx.addIssue({ code: "custom", path: ["ineligibleReason"], message: "Record why it is not eligible." });
      if (!t.signposting) ctx.addIssue({ code: "custom", path: ["signposting"], message: "Record where the family was signposted." });
    }
    if (t.priorityOverride != null && !t.priorityOverrideReason)
      ctx.addIssue({ code: "custom", path: ["priorityOverrideReason"], message: "Give a reason for overriding the priority." });
  });

export const queueFilterSchema = z.object({
  status: z.array(z.enum(REFERRAL_STATUS.values)).max(10).optional().nullable(),
  channel: z.array(z.enum(REFERRAL_CHANNEL.values)).max(10).optional().nullable(),
  level: z.array(level).max(INTERVENTION_LEVELS.length).optional().nullable(),
  overdue: z.boolean().optional().nullable(),
  safeguarding: z.boolean().optional().nullable(),
});
