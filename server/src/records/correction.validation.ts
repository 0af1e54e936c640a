import { z } from "zod";
import { optionalText, requiredText } from "../core/text.js";
import {
  childSchema,
  contactSchema,
  createReferralSchema,
  keyDateSchema,
  professionalReferrerRule,
  timeReceivedSchema,
} from "../referral/referral.validation.js";
import { logActivitySchema, recordConsentSchema } from "../casework/casework.validation.js";
import { CURRENT_STAGE, DIAGNOSIS_STATUS, ENQUIRY_TOPIC, HOW_HEARD, PRIMARY_NEED, PROFESSIONAL_TYPE } from "../core/vocabulary.js";

const reason = requiredText(1000, "Say why the record is being corrected.");

/**
 * A correction of a person's contact details: each field given replaces the old value, checked as
 * when it was first entered (contactSchema); the reason is kept with the previous values.
 */
export const correctContactSchema = z
  .object({
    personId: z.string().uuid("Not a valid person id."),
    fullName: contactSchema.shape.fullName.optional().nullable(),
    email: contactSchema.shape.email,
    phone: contactSchema.shape.phone,
    address: contactSchema.shape.address,
    postcode: contactSchema.shape.postcode,
    preferredContact: contactSchema.shape.preferredContact.optional().nullable(),
    reason,
  })
  .refine((c) => ["fullName", "email", "phone", "address", "postcode", "preferredContact"].some((k) => c[k as keyof typeof c] != null), {
    message: "Change at least one detail.",
    path: ["phone"],
  });
export type CorrectContactInput = z.input<typeof correctContactSchema>;

export const voidActivitySchema = z.object({
  activityId: z.string().uuid("Not a valid activity id."),
  reason: requiredText(1000, "Say why the entry is void, e.g. logged twice."),
});
export type VoidActivityInput = z.input<typeof voidActivitySchema>;

export const mergePeopleSchema = z
  .object({
    keepPersonId: z.string().uuid("Not a valid person id."),
    mergePersonId: z.string().uuid("Not a valid person id."),
    reason: optionalText(1000),
  })
  .refine((m) => m.keepPersonId !== m.mergePersonId, { message: "Choose two different records.", path: ["mergePersonId"] });
export type MergePeopleInput = z.input<typeof mergePeopleSchema>;

/*
 * Corrections of child, referral, activity, key date and consent details (decision 043). Each input
 * names the record and gives only the fields that change; the service lays them over the stored
 * values and checks the whole with the schema that checked the original entry (childSchema,
 * createReferralSchema's fields, logActivitySchema, keyDateSchema, recordConsentSchema), so an edit
 * is validated exactly like the entry it corrects. Schemas that check a date against the moment a
 * referral was received, or against today, are built per request, as the originals are.
 */

type Optionalised<T extends Record<string, z.ZodType>> = { [K in keyof T]: z.ZodOptional<z.ZodNullable<T[K]>> };

/** The same fields, each optional (absent or null: unchanged). */
function optionalised<T extends Record<string, z.ZodType>>(shape: T): Optionalised<T> {
  return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.nullable().optional()])) as Optionalised<T>;
}

/** The fields given: neither absent nor null. */
export function givenFields<T extends object>(input: T, fields: readonly (keyof T & string)[]): (keyof T & string)[] {
  return fields.filter((f) => input[f] !== undefined && input[f] !== null);
}

const someChange = (fields: readonly string[]) => (c: Record<string, unknown>) => fields.some((k) => c[k] !== undefined && c[k] !== null);

export const CHILD_FIELDS = ["fullName", "dateOfBirth", "educationSetting", "needsOverview", "diagnosisStatus", "primaryNeed"] as const;
export const correctChildSchema = (receivedAt: Date, timeZone: string) => {
  const child = childSchema(receivedAt, timeZone, { outsideAgeAllowed: true }).shape;
  return z
    .object({
      referralId: z.string().uuid("Not a valid referral id."),
      ...optionalised({
        fullName: child.fullName,
        dateOfBirth: child.dateOfBirth,
        educationSetting: child.educationSetting,
        needsOverview: child.needsOverview,
        diagnosisStatus: z.enum(DIAGNOSIS_STATUS.values),
        primaryNeed: z.enum(PRIMARY_NEED.values),
      }),
      reason,
    })
    .refine(someChange(CHILD_FIELDS), { message: "Change at least one detail.", path: ["fullName"] });
};
export type CorrectChildInput = z.input<ReturnType<typeof correctChildSchema>>;

export const REFERRAL_FIELDS = [
  "channel",
  "source",
  "professionalType",
  "referrerName",
  "referrerOrganisation",
  "reasonForReferral",
  "currentStage",
  "howHeard",
  "topic",
  "excludedOrNoPlace",
  "childInNeedOrLookedAfter",
] as const;

/**
 * The referral's own details, as staff intake checks them (createReferralSchema), with its
 * professional-referrer rule. A quick information call is recorded without a reason for referral
 * (its topic and the advice given say it): `withoutReason` leaves the reason out of the check while the
 * correction neither gives one nor had one, so its channel or source can still be corrected.
 */
export const referralDetailsSchema = (receivedAt: Date, timeZone: string, opts: { withoutReason?: boolean } = {}) => {
  const r = createReferralSchema(receivedAt, timeZone).shape;
  return z
    .object({
      channel: r.channel,
      source: r.source,
      professionalType: r.professionalType,
      referrerName: r.referrerName,
      referrerOrganisation: r.referrerOrganisation,
      reasonForReferral: opts.withoutReason ? z.null() : r.reasonForReferral,
      currentStage: r.currentStage,
      howHeard: r.howHeard,
      topic: r.topic,
      excludedOrNoPlace: r.excludedOrNoPlace,
      childInNeedOrLookedAfter: r.childInNeedOrLookedAfter,
    })
    .superRefine((v, ctx) => professionalReferrerRule(v, ctx));
};

/**
 * A correction of a referral. `receivedAt` (when it reached us) is checked as staff intake checks
 * it, counted from when the referral was entered rather than from now; the service adds the bounds
 * that depend on what was done since (decision 046).
 */
export const correctReferralSchema = (stored: { receivedAt: Date; enteredAt: Date }, timeZone: string, now: Date) => {
  const r = createReferralSchema(stored.receivedAt, timeZone).shape;
  return z
    .object({
      referralId: z.string().uuid("Not a valid referral id."),
      ...optionalised({
        receivedAt: timeReceivedSchema(now, stored.enteredAt),
        channel: r.channel,
        source: r.source,
        professionalType: z.enum(PROFESSIONAL_TYPE.values),
        referrerName: requiredText(200, "Enter the referrer's name."),
        referrerOrganisation: requiredText(200, "Enter the organisation."),
        reasonForReferral: r.reasonForReferral,
        currentStage: z.enum(CURRENT_STAGE.values),
        howHeard: z.enum(HOW_HEARD.values),
        topic: z.enum(ENQUIRY_TOPIC.values),
        excludedOrNoPlace: z.boolean(),
        childInNeedOrLookedAfter: z.boolean(),
      }),
      reason,
    })
    .refine(someChange([...REFERRAL_FIELDS, "receivedAt"]), { message: "Change at least one detail.", path: ["channel"] });
};
export type CorrectReferralInput = z.input<ReturnType<typeof correctReferralSchema>>;

export const ACTIVITY_FIELDS = ["kind", "occurredAt", "minutes", "withFamily", "summary"] as const;
/** What a third-party contact's consent is chosen by, as when logging it. */
export const ACTIVITY_CONSENT_FIELDS = ["consentId", "partyName"] as const;
/** The fields whose change asks the consent gate again: who the contact was with, when, and on what consent. */
export const CONSENT_GATED_FIELDS = ["kind", "occurredAt", "withFamily", ...ACTIVITY_CONSENT_FIELDS] as const;
export const correctActivitySchema = (now: Date) => {
  const a = logActivitySchema(now).shape;
  return z
    .object({
      activityId: z.string().uuid("Not a valid activity id."),
      ...optionalised({ kind: a.kind, occurredAt: a.occurredAt, minutes: a.minutes, withFamily: a.withFamily }),
      summary: a.summary,
      // The consent a third-party contact rests on: one of the case's, or the party's current one (decision 046).
      consentId: a.consentId,
      partyName: a.partyName,
      reason,
    })
    .refine(someChange([...ACTIVITY_FIELDS, ...ACTIVITY_CONSENT_FIELDS]), { message: "Change at least one detail.", path: ["kind"] });
};
export type CorrectActivityInput = z.input<ReturnType<typeof correctActivitySchema>>;

export const KEY_DATE_FIELDS = ["kind", "on", "notes"] as const;
export const correctKeyDateSchema = z
  .object({
    keyDateId: z.string().uuid("Not a valid key date id."),
    ...optionalised({ kind: keyDateSchema.shape.kind, on: keyDateSchema.shape.on }),
    notes: keyDateSchema.shape.notes,
    reason,
  })
  .refine(someChange(KEY_DATE_FIELDS), { message: "Change at least one detail.", path: ["on"] });
export type CorrectKeyDateInput = z.input<typeof correctKeyDateSchema>;

export const voidKeyDateSchema = z.object({
  keyDateId: z.string().uuid("Not a valid key date id."),
  reason: requiredText(1000, "Say why the date is void, e.g. entered on the wrong family."),
});
export type VoidKeyDateInput = z.input<typeof voidKeyDateSchema>;

export const CONSENT_FIELDS = [
  "partyName",
  "partyOrganisation",
  "partyType",
  "granted",
  "givenOn",
  "method",
  "reviewOn",
  "givenBy",
  "mayShare",
] as const;
export const correctConsentSchema = (today: string) => {
  const c = recordConsentSchema(today).shape;
  return z
    .object({
      consentId: z.string().uuid("Not a valid consent id."),
      ...optionalised({
        partyName: c.partyName,
        partyType: c.partyType,
        granted: c.granted,
        givenOn: c.givenOn,
        method: c.method,
        reviewOn: c.reviewOn,
        givenBy: c.givenBy,
        mayShare: c.mayShare,
      }),
      partyOrganisation: c.partyOrganisation,
      reason,
    })
    .refine(someChange(CONSENT_FIELDS), { message: "Change at least one detail.", path: ["partyName"] });
};
export type CorrectConsentInput = z.input<ReturnType<typeof correctConsentSchema>>;
