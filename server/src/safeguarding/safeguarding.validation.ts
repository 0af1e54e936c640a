import { z } from "zod";
import { requiredText } from "../core/text.js";

/** `raiseSafeguardingConcern(input)`: on a case, or on a referral not yet allocated. */
export const raiseConcernSchema = z
  .object({
    caseId: z.string().uuid("Not a valid case id.").optional().nullable(),
    referralId: z.string().uuid("Not a valid referral id.").optional().nullable(),
    summary: requiredText(5000, "Describe the concern."),
  })
  .superRefine((c, ctx) => {
    if (!c.caseId === !c.referralId) ctx.addIssue({ code: "custom", path: ["caseId"], message: "Give either the case or the referral." });
  });

/** `acknowledgeSafeguardingConcern(id, outcome)`. */
export const acknowledgeSchema = z.object({
  id: z.string().uuid("Not a valid concern id."),
  outcome: requiredText(5000, "Record what you decided."),
});
