import { z } from "zod";
import { isoDate, optionalText, requiredText } from "../core/text.js";
import { CLOCK_TOLERANCE_MS } from "../core/input.js";
import { COMPLAINT_OUTCOME, FEEDBACK_KIND } from "../core/vocabulary.js";
import { COMPLAINT_MAX_BACKDATE_DAYS, mayHaveResponseDate } from "./complaint.rules.js";

const instant = (field: string) =>
  z.date(`Enter ${field} as a date and time.`).refine((d) => !Number.isNaN(d.getTime()), `Enter ${field} as a real date and time.`);

export const logComplaintSchema = (now: Date) =>
  z
    .object({
      kind: z.enum(FEEDBACK_KIND.values, "Choose complaint, comment or compliment."),
      receivedAt: instant("when it was received")
        .refine((d) => d.getTime() <= now.getTime() + CLOCK_TOLERANCE_MS, "The time received cannot be in the future.")
        .refine(
          (d) => d.getTime() >= now.getTime() - COMPLAINT_MAX_BACKDATE_DAYS * 86_400_000,
          `Log complaints within ${COMPLAINT_MAX_BACKDATE_DAYS} days.`,
        )
        .optional()
        .nullable()
        .transform((d) => d ?? now),
      fromWhom: optionalText(200),
      what: requiredText(5000, "Say what it is about."),
      measuresTaken: optionalText(5000),
      escalatedTo: optionalText(200),
      responseDueOn: isoDate("Enter the due date as a real date.").optional().nullable(),
    })
    .superRefine((c, ctx) => {
      if (!mayHaveResponseDate(c.kind) && c.responseDueOn)
        ctx.addIssue({ code: "custom", path: ["responseDueOn"], message: "A compliment needs no response date." });
      if (c.responseDueOn && c.responseDueOn < c.receivedAt.toISOString().slice(0, 10))
        ctx.addIssue({ code: "custom", path: ["responseDueOn"], message: "The response cannot be due before it was received." });
    });
export type LogComplaint = z.infer<ReturnType<typeof logComplaintSchema>>;

export const updateComplaintSchema = (now: Date) =>
  z
    .object({
      outcome: z.enum(COMPLAINT_OUTCOME.values).optional().nullable(),
      measuresTaken: optionalText(5000),
      escalatedTo: optionalText(200),
      responseDueOn: isoDate("Enter the due date as a real date.").optional().nullable(),
      respondedAt: instant("when we responded")
        .refine((d) => d.getTime() <= now.getTime() + CLOCK_TOLERANCE_MS, "The response time cannot be in the future.")
        .optional()
        .nullable(),
    })
    .refine((u) => Object.values(u).some((v) => v !== undefined && v !== null), {
      message: "Change at least one thing.",
      path: ["outcome"],
    });
export type UpdateComplaint = z.infer<ReturnType<typeof updateComplaintSchema>>;
