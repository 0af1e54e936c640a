import { GraphQLLocalDate } from "graphql-scalars";
import type { z } from "zod";
import { inputType } from "../graphql/input-type.js";
import { searchSchema } from "./records.validation.js";

export const RecordSearchInput = inputType("RecordSearchInput", searchSchema, {
  description: "Find a family: every criterion given must match; a name matches with typos.",
  fields: {
    name: {
      type: () => String,
      description:
        "Parent, carer, young person or child's name; typos tolerated (3 letters or more). One word finds every name with a word like it (a surname alone finds each family of that name); several words must match the whole name.",
    },
    dateOfBirth: { type: () => GraphQLLocalDate, description: "The child or young person's date of birth." },
    postcode: { type: () => String, description: "A full postcode, or its first half (district)." },
    reference: { type: () => String, description: "A referral's reference, with or without the R-." },
    phone: { type: () => String, description: "Compared by digits; +44 reads as a leading 0." },
    email: { type: () => String, description: "Compared without regard to case." },
  },
});
export type RecordSearchInput = z.input<typeof searchSchema>;
