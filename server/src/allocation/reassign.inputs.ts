import type { z } from "zod";
import { ID } from "type-graphql";
import { inputType } from "../graphql/input-type.js";
import { reassignCasesSchema } from "./reassign.validation.js";

const assignment = reassignCasesSchema.shape.assignments.unwrap();

export const CaseAssignmentInput = inputType("CaseAssignmentInput", assignment, {
  fields: { caseId: () => ID, toStaffId: () => ID },
});

export const ReassignCasesInput = inputType("ReassignCasesInput", reassignCasesSchema, {
  description: "A person's open cases, each to a colleague who passes the allocation checks; all or nothing.",
  fields: { fromStaffId: () => ID, assignments: () => [CaseAssignmentInput] },
});
export type ReassignCasesInput = z.input<typeof reassignCasesSchema>;
