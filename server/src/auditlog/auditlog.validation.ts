import { z } from "zod";
import { isoDate } from "../core/text.js";

const uuid = z.string().trim().uuid("This is not a valid id.");

/** Filters of the audit viewer; every one optional, the date range inclusive in the service's time zone. */
export const auditFilterSchema = z
  .object({
    actorId: uuid.optional().nullable(),
    entityType: z
      .string()
      .trim()
      .regex(/^[a-z_]{1,60}$/, "Choose a kind of record.")
      .optional()
      .nullable(),
    entityId: uuid.optional().nullable(),
    action: z
      .string()
      .trim()
      .regex(/^[a-z.-]{1,80}$/, "Choose an action.")
      .optional()
      .nullable(),
    from: isoDate("Enter the first day as a real date.").optional().nullable(),
    to: isoDate("Enter the last day as a real date.").optional().nullable(),
  })
  .superRefine((f, ctx) => {
    if (f.from && f.to && f.to < f.from) ctx.addIssue({ code: "custom", path: ["to"], message: "The last day is on or after the first." });
  });
export type AuditFilter = z.infer<typeof auditFilterSchema>;
