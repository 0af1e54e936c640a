import { z } from "zod";
import { requiredText } from "../core/text.js";
import { HIGHEST_LEVEL, JOINT_WORKING_ROLE, LOWEST_LEVEL } from "../core/vocabulary.js";

const uuid = (what: string) => z.string().uuid(`Not a valid ${what} id.`);

/** `changeCaseLevel(input)`: a level 1–4 and why. */
export const changeLevelSchema = z.object({
  caseId: uuid("case"),
  level: z
    .number()
    .int("Choose a level from 1 to 4.")
    .min(LOWEST_LEVEL, "Choose a level from 1 to 4.")
    .max(HIGHEST_LEVEL, "Choose a level from 1 to 4."),
  reason: requiredText(2000, "Say why the level is changing."),
});

/** `reopenCase(input)`: why, and optionally who takes it (the last holder otherwise). */
export const reopenCaseSchema = z.object({
  caseId: uuid("case"),
  reason: requiredText(2000, "Say why the case is reopening."),
  staffId: uuid("staff member").optional().nullable(),
});

/** `addCaseCoworker(input)`. */
export const addCoworkerSchema = z.object({
  caseId: uuid("case"),
  staffId: uuid("staff member"),
  role: z.enum(JOINT_WORKING_ROLE.values),
});
