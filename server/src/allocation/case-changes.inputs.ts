import { ID, Int } from "type-graphql";
import type { z } from "zod";
import { inputType } from "../graphql/input-type.js";
import { JointWorkingRole } from "../graphql/enums.js";
import { addCoworkerSchema, changeLevelSchema, reopenCaseSchema } from "./case-changes.validation.js";

export const ChangeCaseLevelInput = inputType("ChangeCaseLevelInput", changeLevelSchema, {
  fields: {
    caseId: () => ID,
    level: { type: () => Int, description: "The new level of intervention, 1–4." },
    reason: { type: () => String, description: "Why the case escalates or settles." },
  },
});
export type ChangeCaseLevelInput = z.input<typeof changeLevelSchema>;

export const ReopenCaseInput = inputType("ReopenCaseInput", reopenCaseSchema, {
  fields: {
    caseId: () => ID,
    reason: { type: () => String, description: "Why the case reopens, e.g. 'Family back about the same appeal'." },
    staffId: { type: () => ID, description: "Who takes it; the last holder if not given." },
  },
});
export type ReopenCaseInput = z.input<typeof reopenCaseSchema>;

export const AddCaseCoworkerInput = inputType("AddCaseCoworkerInput", addCoworkerSchema, {
  fields: { caseId: () => ID, staffId: () => ID, role: () => JointWorkingRole },
});
export type AddCaseCoworkerInput = z.input<typeof addCoworkerSchema>;
