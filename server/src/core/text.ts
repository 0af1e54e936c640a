import { z } from "zod";

// Control characters other than tab and newlines never belong in a form field.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// Markup in a case record is either a mistake or an attack; either way it is refused, not stored.
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>|javascript:/i;

const clean = (s: z.ZodString) =>
  s
    .refine((v) => !CONTROL.test(v), "This contains characters we cannot store.")
    .refine((v) => !MARKUP.test(v), "Please remove HTML or code from this field.");

/** Free text: trimmed, ≤ `max` characters, no markup. Empty becomes undefined. */
export const optionalText = (max: number) =>
  clean(z.string().trim().max(max, `Keep this to ${max} characters or fewer.`))
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const requiredText = (max: number, emptyMessage: string) =>
  clean(z.string().trim().min(1, emptyMessage).max(max, `Keep this to ${max} characters or fewer.`));

export const personName = (emptyMessage: string) =>
  requiredText(200, emptyMessage).refine((v) => /\p{L}/u.test(v), "Enter a name using letters.");

export const isoDate = (message = "Enter a real date.") =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), message);

export const ukPostcode = z
  .string()
  .trim()
  .regex(/^[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}$/i, "Enter a full UK postcode, like ST4 7QB.")
  .transform((v) => v.toUpperCase().replace(/\s*([0-9][A-Z]{2})$/, " $1"));
