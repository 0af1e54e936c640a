import type { z } from "zod";
import { ID, Int } from "type-graphql";
import { inputType } from "../graphql/input-type.js";
import { CaseStatus } from "../graphql/enums.js";
import { caseListFilterSchema } from "./case-list.validation.js";

export const CaseListFilter = inputType("CaseListFilter", caseListFilterSchema, {
  description: "Filter a case list. Officers and volunteers always see the cases they hold now.",
  fields: {
    status: () => [CaseStatus],
    level: () => [Int],
    staffId: { type: () => ID, description: "Managers: the cases this staff member holds now." },
    mine: { type: () => Boolean, description: "Only the cases the caller holds now." },
  },
});
export type CaseListFilter = z.input<typeof caseListFilterSchema>;
