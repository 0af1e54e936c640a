import type { z } from "zod";
import { inputType } from "../graphql/input-type.js";
import { voidDocumentSchema } from "./document.validation.js";

export const VoidDocumentInput = inputType("VoidDocumentInput", voidDocumentSchema, {
  description: "Why a document is voided (kept for audit, hidden from the folder).",
  fields: { reason: () => String },
});
export type VoidDocumentInput = z.input<typeof voidDocumentSchema>;
