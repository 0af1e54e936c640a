import { ID } from "type-graphql";
import type { z } from "zod";
import { argsType, inputType } from "../graphql/input-type.js";
import { acknowledgeSchema, raiseConcernSchema } from "./safeguarding.validation.js";

export const RaiseSafeguardingConcernInput = inputType("RaiseSafeguardingConcernInput", raiseConcernSchema, {
  description: "A concern about a child's or young person's safety. Give the case, or the referral if no case is open yet.",
  fields: { caseId: () => ID, referralId: () => ID, summary: () => String },
});
export type RaiseSafeguardingConcernInput = z.input<typeof raiseConcernSchema>;

export const AcknowledgeSafeguardingConcernArgs = argsType("AcknowledgeSafeguardingConcernArgs", acknowledgeSchema, {
  fields: { id: () => ID, outcome: () => String },
});
export type AcknowledgeSafeguardingConcernArgs = z.input<typeof acknowledgeSchema>;
