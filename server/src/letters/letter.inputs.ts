import type { z } from "zod";
import { ID } from "type-graphql";
import { inputType } from "../graphql/input-type.js";
import { saveLetterTemplateSchema, sendLetterSchema } from "./letter.validation.js";

export const SaveLetterTemplateInput = inputType("SaveLetterTemplateInput", saveLetterTemplateSchema, {
  description: "A service's wording for one letter kind; placeholders must be ones `letterPlaceholders` lists.",
  fields: { kind: () => String, easyRead: () => Boolean, body: () => String },
});
export type SaveLetterTemplateInput = z.input<typeof saveLetterTemplateSchema>;

export const SendLetterInput = inputType("SendLetterInput", sendLetterSchema, {
  description: "Make a letter for a case and file it there, in the format the family's access needs call for.",
  fields: {
    caseId: () => ID,
    kind: { type: () => String, description: "CLOSURE, APPOINTMENT, CONSENT_TO_SHARE or SIGNPOSTING." },
    evaluationCode: { type: () => String, description: "The closure letter only: the code closeCase returned." },
  },
});
export type SendLetterInput = z.input<typeof sendLetterSchema>;
