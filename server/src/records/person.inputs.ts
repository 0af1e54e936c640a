import type { z } from "zod";
import { ID } from "type-graphql";
import { inputType } from "../graphql/input-type.js";
import { ContactMethod } from "../graphql/enums.js";
import { correctContactSchema, mergePeopleSchema, voidActivitySchema } from "./correction.validation.js";

export const CorrectContactInput = inputType("CorrectContactInput", correctContactSchema, {
  description: "Correct a person's contact details: each field given replaces the old value, which is kept with who, when and why.",
  fields: {
    personId: () => ID,
    fullName: () => String,
    email: () => String,
    phone: () => String,
    address: () => String,
    postcode: () => String,
    preferredContact: () => ContactMethod,
    reason: { type: () => String, nullable: true, description: "Why it is being corrected (kept with the previous values). Required." },
  },
});
export type CorrectContactInput = z.input<typeof correctContactSchema>;

export const VoidActivityInput = inputType("VoidActivityInput", voidActivitySchema, {
  description: "Void an activity entered in error: kept for audit, left out of statistics and the timeline.",
  fields: { activityId: () => ID, reason: { type: () => String, nullable: true, description: "Why it is void. Required." } },
});
export type VoidActivityInput = z.input<typeof voidActivitySchema>;

export const MergePeopleInput = inputType("MergePeopleInput", mergePeopleSchema, {
  description: "Merge a duplicate record of a person into the one kept; its referrals move across. Managers only.",
  fields: { keepPersonId: () => ID, mergePersonId: () => ID, reason: () => String },
});
export type MergePeopleInput = z.input<typeof mergePeopleSchema>;
