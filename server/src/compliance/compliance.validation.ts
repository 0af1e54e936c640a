import { z } from "zod";
import { isoDate, optionalText, ukPostcode } from "../core/text.js";
import { CONFLICT_KIND } from "../core/vocabulary.js";

const notAfter = (today: string) => (d: string) => d <= today;

/** A quarterly appraisal [004]: held on a day not in the future, by a manager or administrator of the service. */
export const appraisalSchema = (today: string) =>
  z.object({
    heldOn: isoDate("Enter the appraisal date as a real date.").refine(
      notAfter(today),
      "An appraisal cannot be recorded before it is held.",
    ),
    appraiserId: z.string().trim().min(1, "Choose who held the appraisal."),
    evidenceRef: optionalText(200),
  });

/**
 * A conflict-of-interest declaration [002]. A family or named person needs a second identifier
 * (date of birth or postcode) besides the name, so it is never matched by surname alone; a
 * colleague is chosen from the service's staff.
 */
export const conflictSchema = (today: string) =>
  z
    .object({
      kind: z.enum(CONFLICT_KIND.values, "Choose what the conflict is with."),
      subject: optionalText(200),
      dateOfBirth: isoDate("Enter the date of birth as a real date.")
        .refine(notAfter(today), "A date of birth cannot be in the future.")
        .optional()
        .nullable(),
      postcode: ukPostcode.optional().nullable(),
      colleagueId: z.string().trim().min(1).optional().nullable(),
      declaredOn: isoDate("Enter the declaration date as a real date.").refine(
        notAfter(today),
        "A declaration cannot be dated in the future.",
      ),
      notes: optionalText(1000),
    })
    .superRefine((c, ctx) => {
      if (c.kind === "COLLEAGUE") {
        if (!c.colleagueId) ctx.addIssue({ code: "custom", path: ["colleagueId"], message: "Choose the colleague." });
        return;
      }
      if (!c.subject)
        ctx.addIssue({
          code: "custom",
          path: ["subject"],
          message: c.kind === "FAMILY" ? "Enter the person's full name." : "Enter the name of the setting, group or agency.",
        });
      if (c.kind === "FAMILY") {
        if (c.subject && !c.subject.trim().includes(" "))
          ctx.addIssue({ code: "custom", path: ["subject"], message: "Enter the person's full name, not the surname alone." });
        if (!c.dateOfBirth && !c.postcode)
          ctx.addIssue({
            code: "custom",
            path: ["dateOfBirth"],
            message: "Enter their date of birth or postcode too, so the declaration names one family.",
          });
      }
    });

/** Withdrawing a declaration: from a day not in the future. */
export const withdrawConflictSchema = (today: string) =>
  z.object({
    withdrawnOn: isoDate("Enter the date as a real date.").refine(notAfter(today), "A withdrawal cannot be dated in the future."),
  });
