import { z } from "zod";
import { LETTER_KINDS, PLACEHOLDERS, strayBraces, unknownPlaceholders } from "./letter.rules.js";

const kind = z.enum(LETTER_KINDS, "Choose a kind of letter.");

/** A template's wording: known placeholders only, each closed (the message names what is wrong). */
const templateBody = z
  .string()
  .trim()
  .min(1, "Write the letter.")
  .max(10_000, "Keep a letter to 10,000 characters or fewer.")
  .refine((v) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(v), "This contains characters we cannot store.")
  .superRefine((v, ctx) => {
    const unknown = unknownPlaceholders(v);
    if (unknown.length)
      ctx.addIssue({
        code: "custom",
        message: `Unknown placeholder ${unknown.map((u) => `{{${u}}}`).join(", ")}. Use one of: ${Object.keys(PLACEHOLDERS)
          .map((p) => `{{${p}}}`)
          .join(", ")}.`,
      });
    else if (strayBraces(v)) ctx.addIssue({ code: "custom", message: "A placeholder is not closed: write it as {{family.name}}." });
  });

export const saveLetterTemplateSchema = z.object({
  kind,
  easyRead: z.boolean(),
  body: templateBody,
});
export type SaveLetterTemplateInput = z.input<typeof saveLetterTemplateSchema>;

/** Which wording goes back to the default. */
export const resetLetterTemplateSchema = z.object({ kind, easyRead: z.boolean() });
export type ResetLetterTemplateInput = z.input<typeof resetLetterTemplateSchema>;

/** A manager's preview of wording before it is saved: filled with sample values, in standard or large print. */
export const previewLetterSchema = z.object({
  kind,
  easyRead: z.boolean(),
  largePrint: z.boolean().optional().nullable(),
  body: templateBody,
});
export type PreviewLetterInput = z.input<typeof previewLetterSchema>;

/** A letter for a case, or (kinds that make sense before a case) for a referral: exactly one of the two ids. */
export const sendLetterSchema = z
  .object({
    caseId: z.uuid("This id is not valid.").optional().nullable(),
    referralId: z.uuid("This id is not valid.").optional().nullable(),
    kind,
    /** The closure letter's evaluation code, as `closeCase` returned it (never kept). */
    evaluationCode: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z_-]{8,64}$/, "This is not an evaluation code.")
      .optional()
      .nullable(),
  })
  .superRefine((v, ctx) => {
    if (!v.caseId === !v.referralId)
      ctx.addIssue({ code: "custom", path: ["caseId"], message: "Name either the case or the referral the letter is for." });
  });
export type SendLetterInput = z.input<typeof sendLetterSchema>;
