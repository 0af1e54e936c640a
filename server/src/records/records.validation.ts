import { z } from "zod";
import { isoDate } from "../core/text.js";
import { MIN_NAME_LENGTH } from "./records.rules.js";
import { REFERENCE_ALPHABET, REFERENCE_LENGTH } from "../referral/referral.rules.js";

/** A reference as it may be typed: its characters, after "R-", "R" or nothing, in any case. */
const TYPED_REFERENCE = new RegExp(`^(R-?)?[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`, "i");

const blankToNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

/** What a search may ask; at least one criterion, each checked like the field it searches. */
export const searchSchema = z
  .object({
    name: z
      .string()
      .max(200, "Keep the name to 200 characters or fewer.")
      .optional()
      .nullable()
      .transform(blankToNull)
      .refine((v) => v === null || v.length >= MIN_NAME_LENGTH, `Enter at least ${MIN_NAME_LENGTH} letters of the name.`),
    dateOfBirth: isoDate("Enter the date of birth as a real date.").optional().nullable(),
    postcode: z
      .string()
      .max(10)
      .optional()
      .nullable()
      .transform(blankToNull)
      .refine(
        (v) => v === null || /^[A-Z]{1,2}[0-9][A-Z0-9]?(\s*[0-9][A-Z]{2})?$/i.test(v),
        "Enter a postcode, or its first half, like ST4 7QB or ST4.",
      ),
    reference: z
      .string()
      .max(20)
      .optional()
      .nullable()
      .transform(blankToNull)
      .refine((v) => v === null || TYPED_REFERENCE.test(v), "Enter a reference like R-7K2M9Q."),
    phone: z
      .string()
      .max(30)
      .optional()
      .nullable()
      .transform(blankToNull)
      .refine((v) => v === null || /^\+?[0-9 ()-]{6,}$/.test(v), "Enter a phone number using digits, at least 6."),
    email: z
      .string()
      .max(320)
      .optional()
      .nullable()
      .transform(blankToNull)
      .refine((v) => v === null || /^[^\s@]+@[^\s@]+$/.test(v), "Enter an email address like name@example.com."),
  })
  .superRefine((s, ctx) => {
    if (!s.name && !s.dateOfBirth && !s.postcode && !s.reference && !s.phone && !s.email)
      ctx.addIssue({ code: "custom", path: ["name"], message: "Enter a name, date of birth, postcode, reference, phone or email." });
  });
export type SearchCriteria = z.output<typeof searchSchema>;
export type SearchInput = z.input<typeof searchSchema>;
