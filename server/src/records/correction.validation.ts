import { z } from "zod";
import { optionalText, requiredText } from "../core/text.js";
import { contactSchema } from "../referral/referral.validation.js";

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
