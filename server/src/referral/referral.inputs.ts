import { Field, InputType, Int } from "type-graphql";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import { z } from "zod";
import { isoDate, optionalText, personName, requiredText, ukPostcode } from "../core/text.js";
import {
  ACCESSIBILITY_NEED,
  CONTACT_METHOD,
  CURRENT_STAGE,
  DIAGNOSIS_STATUS,
  ETHNIC_GROUP,
  HOW_HEARD,
  KEY_DATE_KIND,
  PRIMARY_NEED,
  PROFESSIONAL_TYPE,
  REFERRAL_CHANNEL,
  REFERRAL_SOURCE,
  REFERRAL_STATUS,
} from "../core/vocabulary.js";
import {
  AccessibilityNeed,
  ContactMethod,
  CurrentStage,
  DiagnosisStatus,
  Eligibility,
  EthnicGroup,
  HowHeard,
  KeyDateKind,
  PrimaryNeed,
  ProfessionalType,
  ReferralChannel,
  ReferralSource,
  ReferralStatus,
} from "../graphql/enums.js";

// ---- GraphQL shapes ----

@InputType()
export class ContactInput {
  @Field(() => String) fullName!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) postcode?: string | null;
  @Field(() => ContactMethod) preferredContact!: ContactMethod;
  @Field(() => [AccessibilityNeed], { nullable: true }) accessibilityNeeds?: AccessibilityNeed[] | null;
  @Field(() => String, { nullable: true }) interpreterLanguage?: string | null;
}

@InputType()
export class ChildInput {
  @Field(() => String) fullName!: string;
  @Field(() => GraphQLLocalDate) dateOfBirth!: string;
  @Field(() => String, { nullable: true }) educationSetting?: string | null;
  @Field(() => String, { nullable: true }) needsOverview?: string | null;
  @Field(() => DiagnosisStatus, { nullable: true }) diagnosisStatus?: DiagnosisStatus | null;
  @Field(() => PrimaryNeed, { nullable: true }) primaryNeed?: PrimaryNeed | null;
}

@InputType()
export class KeyDateInput {
  @Field(() => KeyDateKind) kind!: KeyDateKind;
  @Field(() => GraphQLLocalDate) on!: string;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType({ description: "The public web form: a parent/carer or young person refers themselves." })
export class SelfReferralInput {
  @Field(() => String, { description: "Which service the form belongs to." }) serviceSlug!: string;
  @Field(() => Boolean, { description: "Consent to record details on our database; without it only an anonymous tally is kept." })
  consentToRecord!: boolean;
  @Field(() => ReferralSource, { nullable: true }) submittedBy?: ReferralSource | null;
  @Field(() => ContactInput, { nullable: true }) contact?: ContactInput | null;
  @Field(() => ChildInput, { nullable: true }) child?: ChildInput | null;
  @Field(() => String, { nullable: true }) reasonForReferral?: string | null;
  @Field(() => CurrentStage, { nullable: true }) currentStage?: CurrentStage | null;
  @Field(() => HowHeard, { nullable: true }) howHeard?: HowHeard | null;
  @Field(() => EthnicGroup, { nullable: true }) ethnicity?: EthnicGroup | null;
  @Field(() => Boolean, { nullable: true }) excludedOrNoPlace?: boolean | null;
  @Field(() => [KeyDateInput], { nullable: true }) keyDates?: KeyDateInput[] | null;
}

@InputType({ description: "A referral entered by staff, from any channel." })
export class CreateReferralInput {
  @Field(() => ReferralChannel) channel!: ReferralChannel;
  @Field(() => ReferralSource) source!: ReferralSource;
  @Field(() => ProfessionalType, { nullable: true }) professionalType?: ProfessionalType | null;
  @Field(() => String, { nullable: true }) referrerName?: string | null;
  @Field(() => String, { nullable: true }) referrerOrganisation?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Professional referrals: the referrer confirms the family agreed to share." })
  familyConsentedToShare?: boolean | null;
  @Field(() => Boolean) consentToRecord!: boolean;
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: "When it reached us (an answerphone message or letter is entered later). Defaults to now.",
  })
  receivedAt?: Date | null;
  @Field(() => ContactInput, { nullable: true }) contact?: ContactInput | null;
  @Field(() => ChildInput, { nullable: true }) child?: ChildInput | null;
  @Field(() => String, { nullable: true }) reasonForReferral?: string | null;
  @Field(() => CurrentStage, { nullable: true }) currentStage?: CurrentStage | null;
  @Field(() => HowHeard, { nullable: true }) howHeard?: HowHeard | null;
  @Field(() => EthnicGroup, { nullable: true }) ethnicity?: EthnicGroup | null;
  @Field(() => Boolean, { nullable: true }) safeguardingFlag?: boolean | null;
  @Field(() => Boolean, { nullable: true }) excludedOrNoPlace?: boolean | null;
  @Field(() => Boolean, { nullable: true }) childInNeedOrLookedAfter?: boolean | null;
  @Field(() => [KeyDateInput], { nullable: true }) keyDates?: KeyDateInput[] | null;
}

@InputType()
export class TriageReferralInput {
  @Field(() => String) referralId!: string;
  @Field(() => Eligibility, { description: "ELIGIBLE keeps it for allocation; INELIGIBLE closes it as signposted." })
  eligibility!: Eligibility;
  @Field(() => Int, { nullable: true, description: "1 information, 2 advice, 3 support, 4 intensive support." }) level?: number | null;
  @Field(() => String, { nullable: true }) ineligibleReason?: string | null;
  @Field(() => String, { nullable: true }) signposting?: string | null;
  @Field(() => Int, { nullable: true, description: "Replace the computed priority; needs a reason. Null clears an override." })
  priorityOverride?: number | null;
  @Field(() => String, { nullable: true }) priorityOverrideReason?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
  @Field(() => Boolean, { nullable: true }) safeguardingFlag?: boolean | null;
  @Field(() => Boolean, { nullable: true }) excludedOrNoPlace?: boolean | null;
  @Field(() => Boolean, { nullable: true }) childInNeedOrLookedAfter?: boolean | null;
  @Field(() => CurrentStage, { nullable: true }) currentStage?: CurrentStage | null;
}

@InputType()
export class TriageQueueFilter {
  @Field(() => [ReferralStatus], { nullable: true }) status?: ReferralStatus[] | null;
  @Field(() => [ReferralChannel], { nullable: true }) channel?: ReferralChannel[] | null;
  @Field(() => [Int], { nullable: true }) level?: number[] | null;
  @Field(() => Boolean, { nullable: true, description: "Only referrals past their response target without a response." })
  overdue?: boolean | null;
}

// ---- Validation ----

const uuid = (field: string) => z.string().uuid(`Not a valid ${field}.`);
const oneOf = <V extends readonly [string, ...string[]]>(values: V) => z.enum(values);

export const contactSchema = z
  .object({
    fullName: personName("Enter the name of the person we should contact."),
    email: z.string().trim().max(320).email("Enter an email address like name@example.com.").optional().nullable(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{7,20}$/, "Enter a phone number using digits, like 01782 123456.")
      .optional()
      .nullable(),
    address: optionalText(500),
    postcode: ukPostcode.optional().nullable(),
    preferredContact: oneOf(CONTACT_METHOD.values),
    accessibilityNeeds: z
      .array(z.enum(ACCESSIBILITY_NEED.values))
      .max(4)
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

/** Children and young people aged 0–25 [001 Eligibility]; the date is checked against `receivedAt`. */
export const childSchema = (receivedAt: Date) =>
  z.object({
    fullName: personName("Enter the child or young person's name."),
    dateOfBirth: isoDate("Enter the date of birth as a real date.").superRefine((dob, ctx) => {
      const born = new Date(`${dob}T00:00:00Z`);
      if (born.getTime() > receivedAt.getTime()) {
        ctx.addIssue({ code: "custom", message: "The date of birth cannot be in the future." });
        return;
      }
      const limit = new Date(receivedAt);
      limit.setUTCFullYear(limit.getUTCFullYear() - 26);
      if (born.getTime() <= limit.getTime())
        ctx.addIssue({ code: "custom", message: "We support children and young people aged 0 to 25. Check the date of birth." });
    }),
    educationSetting: optionalText(200),
    needsOverview: optionalText(5000),
    diagnosisStatus: oneOf(DIAGNOSIS_STATUS.values)
      .optional()
      .nullable()
      .transform((v) => v ?? "NONE"),
    primaryNeed: oneOf(PRIMARY_NEED.values)
      .optional()
      .nullable()
      .transform((v) => v ?? "NOT_KNOWN"),
  });

export const keyDateSchema = z.object({
  kind: oneOf(KEY_DATE_KIND.values),
  on: isoDate(),
  notes: optionalText(1000),
});

const referralDetails = (receivedAt: Date) => ({
  contact: contactSchema,
  child: childSchema(receivedAt),
  reasonForReferral: requiredText(5000, "Tell us briefly why you are contacting us."),
  currentStage: oneOf(CURRENT_STAGE.values)
    .optional()
    .nullable()
    .transform((v) => v ?? "NO_SUPPORT_YET"),
  howHeard: oneOf(HOW_HEARD.values)
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

export const selfReferralSchema = (receivedAt: Date) =>
  z.object({
    serviceSlug: z.string().trim().min(1).max(100),
    consentToRecord: z.literal(true),
    submittedBy: z.enum(["PARENT_CARER", "YOUNG_PERSON"], "Tell us whether you are a parent/carer or the young person."),
    ...referralDetails(receivedAt),
  });
export type SelfReferral = z.infer<ReturnType<typeof selfReferralSchema>>;

export const createReferralSchema = (receivedAt: Date) =>
  z
    .object({
      channel: oneOf(REFERRAL_CHANNEL.values),
      source: oneOf(REFERRAL_SOURCE.values),
      professionalType: oneOf(PROFESSIONAL_TYPE.values).optional().nullable(),
      referrerName: optionalText(200),
      referrerOrganisation: optionalText(200),
      familyConsentedToShare: z.boolean().optional().nullable().transform(Boolean),
      consentToRecord: z.literal(true),
      safeguardingFlag: z.boolean().optional().nullable().transform(Boolean),
      childInNeedOrLookedAfter: z.boolean().optional().nullable().transform(Boolean),
      ...referralDetails(receivedAt),
    })
    .superRefine((r, ctx) => {
      if (r.source === "PROFESSIONAL") {
        if (!r.professionalType) ctx.addIssue({ code: "custom", path: ["professionalType"], message: "Choose the referrer's profession." });
        if (!r.referrerName) ctx.addIssue({ code: "custom", path: ["referrerName"], message: "Enter the referrer's name." });
      }
    });
export type CreateReferral = z.infer<ReturnType<typeof createReferralSchema>>;

export const triageSchema = z
  .object({
    referralId: uuid("referral id"),
    eligibility: z.enum(["ELIGIBLE", "INELIGIBLE"], "Decide whether the referral is eligible."),
    level: z.number().int().min(1, "Level is 1 to 4.").max(4, "Level is 1 to 4.").optional().nullable(),
    ineligibleReason: optionalText(2000),
    signposting: optionalText(2000),
    priorityOverride: z.number().int().min(0, "Priority is 0 to 200.").max(200, "Priority is 0 to 200.").optional().nullable(),
    priorityOverrideReason: optionalText(1000),
    notes: optionalText(5000),
    safeguardingFlag: z.boolean().optional().nullable(),
    excludedOrNoPlace: z.boolean().optional().nullable(),
    childInNeedOrLookedAfter: z.boolean().optional().nullable(),
    currentStage: oneOf(CURRENT_STAGE.values).optional().nullable(),
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
export type TriageDecision = z.infer<typeof triageSchema>;

export const queueFilterSchema = z
  .object({
    status: z.array(oneOf(REFERRAL_STATUS.values)).max(10).optional().nullable(),
    channel: z.array(oneOf(REFERRAL_CHANNEL.values)).max(10).optional().nullable(),
    level: z.array(z.number().int().min(1).max(4)).max(4).optional().nullable(),
    overdue: z.boolean().optional().nullable(),
  })
  .optional()
  .nullable();
