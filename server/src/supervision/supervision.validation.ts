import { z } from "zod";
import { isoDate, optionalText } from "../core/text.js";
import { SUPERVISION_KIND, SUPERVISION_TOPIC } from "../core/vocabulary.js";
import { SUPERVISION_MAX_ATTENDEES, SUPERVISION_MAX_BACKDATE_DAYS, attendeesFit } from "./supervision.rules.js";

const uuid = (message: string) =>
  z
    .string()
    .uuid(message)
    .transform((v) => v.toLowerCase());

export const recordSupervisionSchema = (today: string) =>
  z
    .object({
      kind: z.enum(SUPERVISION_KIND.values, "Choose individual or group supervision."),
      supervisorId: uuid("Not a valid staff id.").optional().nullable(),
      attendeeIds: z
        .array(uuid("Not a valid staff id."))
        .min(1, "Choose who was supervised.")
        .max(SUPERVISION_MAX_ATTENDEES, `A group of ${SUPERVISION_MAX_ATTENDEES} or fewer.`)
        .refine((ids) => new Set(ids).size === ids.length, "Each person once."),
      heldOn: isoDate("Enter the date it was held as a real date.").superRefine((d, ctx) => {
        if (d > today) ctx.addIssue({ code: "custom", message: "The date cannot be in the future." });
        const limit = new Date(`${today}T00:00:00Z`);
        limit.setUTCDate(limit.getUTCDate() - SUPERVISION_MAX_BACKDATE_DAYS);
        if (d < limit.toISOString().slice(0, 10))
          ctx.addIssue({ code: "custom", message: `Record sessions within ${SUPERVISION_MAX_BACKDATE_DAYS} days.` });
      }),
      topics: z
        .array(z.enum(SUPERVISION_TOPIC.values))
        .min(1, "Choose at least one topic.")
        .max(SUPERVISION_TOPIC.values.length)
        .transform((t) => [...new Set(t)]),
      notes: optionalText(10_000),
    })
    .superRefine((s, ctx) => {
      if (!attendeesFit(s.kind, s.attendeeIds.length))
        ctx.addIssue({
          code: "custom",
          path: ["attendeeIds"],
          message: s.kind === "INDIVIDUAL" ? "Individual supervision has one supervisee." : "Group supervision has two or more people.",
        });
      if (s.supervisorId && s.attendeeIds.includes(s.supervisorId))
        ctx.addIssue({ code: "custom", path: ["attendeeIds"], message: "The supervisor cannot also be a supervisee." });
    });
