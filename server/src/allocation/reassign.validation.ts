import { z } from "zod";

const id = (message: string) => z.uuid(message);

/** A person's open cases, each to a colleague, in one operation. */
export const reassignCasesSchema = z.object({
  fromStaffId: id("Choose whose cases to reassign."),
  assignments: z
    .array(z.object({ caseId: id("This case id is not valid."), toStaffId: id("Choose who takes this case.") }))
    .min(1, "Choose at least one case to reassign.")
    .max(200, "Reassign at most 200 cases at once.")
    .refine((a) => new Set(a.map((x) => x.caseId)).size === a.length, "Each case appears once."),
});
export type ReassignCases = z.infer<typeof reassignCasesSchema>;
