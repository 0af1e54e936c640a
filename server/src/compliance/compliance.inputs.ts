import type { z } from "zod";
import { ID } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { inputType } from "../graphql/input-type.js";
import { ConflictKind } from "../graphql/enums.js";
import { appraisalSchema, conflictSchema, withdrawConflictSchema } from "./compliance.validation.js";

// The schemas check dates against the service's today; their shape is the same whatever it is.
const anyDay = "2000-01-01";

export const AppraisalInput = inputType("AppraisalInput", appraisalSchema(anyDay), {
  description: "A quarterly appraisal held with a staff member.",
  fields: {
    heldOn: { type: () => GraphQLLocalDate, description: "Not in the future." },
    appraiserId: { type: () => ID, description: "The manager or administrator who held it." },
    evidenceRef: { type: () => String, description: "Where the appraisal record is kept." },
  },
});
export type AppraisalInput = z.input<ReturnType<typeof appraisalSchema>>;

export const ConflictInput = inputType("ConflictInput", conflictSchema(anyDay), {
  description:
    "A conflict of interest: a family or named person (full name and date of birth or postcode), a school or nursery, a parent support group, another agency (by name), or a colleague (by id).",
  fields: {
    kind: () => ConflictKind,
    subject: { type: () => String, description: "Full name, or the setting's, group's or agency's name; not for COLLEAGUE." },
    dateOfBirth: () => GraphQLLocalDate,
    postcode: () => String,
    colleagueId: { type: () => ID, description: "COLLEAGUE: the colleague." },
    declaredOn: () => GraphQLLocalDate,
    notes: () => String,
  },
});
export type ConflictInput = z.input<ReturnType<typeof conflictSchema>>;

export const WithdrawConflictInput = inputType("WithdrawConflictInput", withdrawConflictSchema(anyDay), {
  fields: { withdrawnOn: () => GraphQLLocalDate },
});
export type WithdrawConflictInput = z.input<ReturnType<typeof withdrawConflictSchema>>;
