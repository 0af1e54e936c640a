import { Float, ID, Int } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { z } from "zod";
import { inputType } from "../graphql/input-type.js";
import { AgencyType, MonitoringKind, PoorPracticeCategory, SessionKind, SessionTopic } from "../graphql/enums.js";
import { activityExpenseSchema, groupSessionSchema, monitoringNoteSchema, sessionEvaluationsSchema } from "./groupwork.validation.js";

const anyDay = "9999-12-31";

export const SessionAttendeeInput = inputType("SessionAttendeeInput", z.object({ personId: z.string(), attended: z.boolean() }), {
  fields: { personId: () => ID, attended: () => Boolean },
});

export const RecordGroupSessionInput = inputType("RecordGroupSessionInput", groupSessionSchema(anyDay), {
  fields: {
    kind: () => SessionKind,
    title: () => String,
    heldOn: () => GraphQLLocalDate,
    topic: () => SessionTopic,
    facilitator: { type: () => String, description: "Who ran it: a staff member or a partner." },
    attendance: { type: () => Int, description: "How many attended in all." },
    attendees: { type: () => [SessionAttendeeInput], description: "Optionally, people known to the service, attending or not." },
  },
});
export type RecordGroupSessionInput = z.input<ReturnType<typeof groupSessionSchema>>;

export const SessionEvaluationFormInput = inputType(
  "SessionEvaluationFormInput",
  z.object({ usefulness: z.number(), impartiality: z.number() }),
  { fields: { usefulness: { type: () => Int, description: "1–5." }, impartiality: { type: () => Int, description: "1–5." } } },
);

export const RecordSessionEvaluationsInput = inputType("RecordSessionEvaluationsInput", sessionEvaluationsSchema, {
  fields: { sessionId: () => ID, forms: () => [SessionEvaluationFormInput] },
});
export type RecordSessionEvaluationsInput = z.input<typeof sessionEvaluationsSchema>;

export const RecordMonitoringNoteInput = inputType("RecordMonitoringNoteInput", monitoringNoteSchema(anyDay), {
  fields: {
    kind: () => MonitoringKind,
    category: { type: () => PoorPracticeCategory, description: "Required for poor practice." },
    agencyType: { type: () => AgencyType, description: "Required for poor practice: the kind of agency, never which one." },
    month: { type: () => GraphQLLocalDate, description: "Any day of the month it happened; the month is kept." },
    summary: { type: () => String, description: "No names, contact details or anything that identifies the family or the provider." },
  },
});
export type RecordMonitoringNoteInput = z.input<ReturnType<typeof monitoringNoteSchema>>;

export const RecordActivityExpenseInput = inputType("RecordActivityExpenseInput", activityExpenseSchema, {
  fields: {
    activityId: () => ID,
    miles: { type: () => Float, description: "Miles travelled (0 if none), to one decimal place." },
    amountPence: { type: () => Int, description: "Other expenses in pence (fares, parking, calls)." },
    note: () => String,
  },
});
export type RecordActivityExpenseInput = z.input<typeof activityExpenseSchema>;
