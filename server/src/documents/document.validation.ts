import { z } from "zod";
import { requiredText } from "../core/text.js";

export const voidDocumentSchema = z.object({
  reason: requiredText(500, "Say why the document is voided."),
});
export type VoidDocumentInput = z.input<typeof voidDocumentSchema>;
