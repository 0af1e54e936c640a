import { Field, ID, InputType } from "type-graphql";
import { z } from "zod";
import { requiredText } from "../core/text.js";

@InputType({ description: "A concern about a child's or young person's safety. Give the case, or the referral if no case is open yet." })
export class RaiseSafeguardingConcernInput {
  @Field(() => ID, { nullable: true }) caseId?: string | null;
  @Field(() => ID, { nullable: true }) referralId?: string | null;
  @Field(() => String) summary!: string;
}

export const raiseConcernSchema = z
  .object({
    caseId: z.string().uuid("Not a valid case id.").optional().nullable(),
    referralId: z.string().uuid("Not a valid referral id.").optional().nullable(),
    summary: requiredText(5000, "Describe the concern."),
  })
  .superRefine((c, ctx) => {
    if (!c.caseId === !c.referralId) ctx.addIssue({ code: "custom", path: ["caseId"], message: "Give either the case or the referral." });
  });

export const acknowledgeSchema = z.object({
  id: z.string().uuid("Not a valid concern id."),
  outcome: requiredText(5000, "Record what you decided."),
});
