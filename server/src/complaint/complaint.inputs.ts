import type { z } from "zod";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import { inputType } from "../graphql/input-type.js";
import { ComplaintOutcome, FeedbackKind } from "../graphql/enums.js";
import { logComplaintSchema, updateComplaintSchema } from "./complaint.validation.js";

// The schemas check dates against the moment of the request; their shape is the same whatever it is.
const anyMoment = new Date(0);

export const LogComplaintInput = inputType("LogComplaintInput", logComplaintSchema(anyMoment), {
  description: "A complaint, comment or compliment as received [001 Complaints].",
  fields: {
    kind: () => FeedbackKind,
    receivedAt: { type: () => GraphQLDateTime, description: "When it reached us; defaults to now." },
    fromWhom: { type: () => String, description: "Who it came from (personal data: managers only)." },
    what: { type: () => String, description: "What it is about." },
    measuresTaken: () => String,
    escalatedTo: { type: () => String, description: "Who it was escalated to, if anyone." },
    responseDueOn: {
      type: () => GraphQLLocalDate,
      description: "When a response is due. Complaints default to 20 working days after receipt; compliments have none.",
    },
  },
});
export type LogComplaintInput = z.input<ReturnType<typeof logComplaintSchema>>;

export const UpdateComplaintInput = inputType("UpdateComplaintInput", updateComplaintSchema(anyMoment), {
  description: "Changes to a logged complaint; omitted fields stay as they are.",
  fields: {
    outcome: () => ComplaintOutcome,
    measuresTaken: () => String,
    escalatedTo: () => String,
    responseDueOn: () => GraphQLLocalDate,
    respondedAt: {
      type: () => GraphQLDateTime,
      description: "When we responded; an outcome other than OPEN records now if not given.",
    },
  },
});
export type UpdateComplaintInput = z.input<ReturnType<typeof updateComplaintSchema>>;
