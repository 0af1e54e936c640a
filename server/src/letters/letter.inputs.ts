import type { z } from "zod";
import { ID } from "type-graphql";
import { inputType } from "../graphql/input-type.js";
import { previewLetterSchema, resetLetterTemplateSchema, saveLetterTemplateSchema, sendLetterSchema } from "./letter.validation.js";

const KIND_NAMES = "ACKNOWLEDGEMENT, CLOSURE, APPOINTMENT, CONSENT_TO_SHARE or SIGNPOSTING.";

export const SaveLetterTemplateInput = inputType("SaveLetterTemplateInput", saveLetterTemplateSchema, {
  description: "A service's wording for one letter kind; placeholders must be ones `letterPlaceholders` lists.",
  fields: { kind: () => String, easyRead: () => Boolean, body: () => String },
});
export type SaveLetterTemplateInput = z.input<typeof saveLetterTemplateSchema>;

export const ResetLetterTemplateInput = inputType("ResetLetterTemplateInput", resetLetterTemplateSchema, {
  description: "One letter kind's wording to put back to the default.",
  fields: {
    kind: { type: () => String, description: KIND_NAMES },
    easyRead: { type: () => Boolean, description: "The easy-read wording rather than the standard one." },
  },
});
export type ResetLetterTemplateInput = z.input<typeof resetLetterTemplateSchema>;

export const PreviewLetterInput = inputType("PreviewLetterInput", previewLetterSchema, {
  description: "Wording to preview with sample values before it is saved; refused as saving it would be.",
  fields: {
    kind: { type: () => String, description: KIND_NAMES },
    easyRead: { type: () => Boolean, description: "The easy-read wording (14 point, wider spacing)." },
    largePrint: { type: () => Boolean, description: "Render at large print size (18 point), as for a family who needs it." },
    body: () => String,
  },
});
export type PreviewLetterInput = z.input<typeof previewLetterSchema>;

export const SendLetterInput = inputType("SendLetterInput", sendLetterSchema, {
  description:
    "Make a letter for a case, or before a case for a referral (the kinds a letter template marks `onReferral`), and file it there, in the format the family's access needs call for.",
  fields: {
    caseId: { type: () => ID, description: "The case the letter is for; or give referralId." },
    referralId: { type: () => ID, description: "The referral the letter is for, filed in the referral's documents; or give caseId." },
    kind: { type: () => String, description: KIND_NAMES },
    evaluationCode: { type: () => String, description: "The closure letter only: the code closeCase returned." },
  },
});
export type SendLetterInput = z.input<typeof sendLetterSchema>;
