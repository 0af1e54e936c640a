import { z } from "zod";
import { CASE_STATUS, HIGHEST_LEVEL, LOWEST_LEVEL } from "../core/vocabulary.js";

/** What a case list may be filtered by; an officer's list is always their own. */
export const caseListFilterSchema = z.object({
  status: z.array(z.enum(CASE_STATUS.values)).max(CASE_STATUS.values.length).optional().nullable(),
  level: z
    .array(
      z
        .number()
        .int()
        .min(LOWEST_LEVEL, `Level is ${LOWEST_LEVEL} to ${HIGHEST_LEVEL}.`)
        .max(HIGHEST_LEVEL, `Level is ${LOWEST_LEVEL} to ${HIGHEST_LEVEL}.`),
    )
    .max(4)
    .optional()
    .nullable(),
  staffId: z.string().uuid("Not a valid staff id.").optional().nullable(),
  mine: z.boolean().optional().nullable(),
});
export type CaseListFilter = z.input<typeof caseListFilterSchema>;
