import { ID, Int } from "type-graphql";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import type { z } from "zod";
import { argsType, inputType } from "../graphql/input-type.js";
import {
  ActivityKind,
  ClosureProposalDecision,
  ClosureReason,
  ConductDecision,
  ConsentMethod,
  ConsentPartyType,
  MeetingOutcome,
  PersonRole,
} from "../graphql/enums.js";
import {
  closeCaseSchema,
  closureProposalSchema,
  conductSchema,
  conductLetterSchema,
  conductReviewSchema,
  mentalCapacitySchema,
  logActivitySchema,
  meetingOutcomeSchema,
  recordConsentSchema,
  scheduleMeetingSchema,
  withdrawConsentSchema,
} from "./casework.validation.js";

// Only the schemas' shape is read: any moment will do.
const [anyMoment, anyDay] = [new Date(0), "2000-01-01"];

export const LogActivityInput = inputType("LogActivityInput", logActivitySchema(anyMoment), {
  fields: {
    caseId: () => ID,
    kind: () => ActivityKind,
    occurredAt: { type: () => GraphQLDateTime, description: "When it happened; not in the future." },
    minutes: { type: () => Int, description: "Time spent, in minutes." },
    withFamily: { type: () => Boolean, description: "A contact with the parent, carer or young person." },
    summary: { type: () => String, description: "What was discussed or given; required for advice and information." },
    consentId: {
      type: () => ID,
      description: "A contact with anyone but the family (and every professional contact): the consent relied on.",
    },
    partyName: { type: () => String, description: "A third-party contact: the party spoken to, if no consentId is given." },
  },
});
export type LogActivityInput = z.input<ReturnType<typeof logActivitySchema>>;

export const RecordConsentInput = inputType("RecordConsentInput", recordConsentSchema(anyDay), {
  fields: {
    caseId: () => ID,
    partyName: { type: () => String, description: "The named party, e.g. 'Ms Patel, SENCo'." },
    partyOrganisation: { type: () => String, description: "e.g. 'Oak Primary School'." },
    partyType: () => ConsentPartyType,
    granted: () => Boolean,
    givenOn: () => GraphQLLocalDate,
    method: () => ConsentMethod,
    reviewOn: {
      type: () => GraphQLLocalDate,
      description: "Required: consent is never open-ended. After givenOn, at most 12 months later.",
    },
    givenBy: { type: () => PersonRole, description: "Who gave (or refused) it: the parent or carer, or the young person." },
    mayShare: { type: () => String, description: "What may be shared with this party, as agreed with the family [000]." },
  },
});
export type RecordConsentInput = z.input<ReturnType<typeof recordConsentSchema>>;

export const WithdrawConsentArgs = argsType("WithdrawConsentArgs", withdrawConsentSchema(anyDay), {
  fields: { consentId: () => ID, on: () => GraphQLLocalDate },
});
export type WithdrawConsentArgs = z.input<ReturnType<typeof withdrawConsentSchema>>;

export const ScheduleMeetingInput = inputType("ScheduleMeetingInput", scheduleMeetingSchema(anyDay), {
  fields: {
    caseId: () => ID,
    kind: { type: () => String, description: "What the meeting is, e.g. 'Annual review'." },
    scheduledAt: () => GraphQLDateTime,
    noticeReceivedOn: { type: () => GraphQLLocalDate, description: "When the family told us about it (two weeks' notice requested)." },
  },
});
export type ScheduleMeetingInput = z.input<ReturnType<typeof scheduleMeetingSchema>>;

export const RecordMeetingOutcomeInput = inputType("RecordMeetingOutcomeInput", meetingOutcomeSchema, {
  fields: {
    meetingId: () => ID,
    outcome: () => MeetingOutcome,
    familyPresent: {
      type: () => Boolean,
      description: "Required for ATTENDED, and must be true: officers attend only with the family [001].",
    },
    keyPoints: () => String,
    actions: () => String,
  },
});
export type RecordMeetingOutcomeInput = z.input<typeof meetingOutcomeSchema>;

export const RecordConductIncidentInput = inputType("RecordConductIncidentInput", conductSchema(anyDay), {
  fields: {
    caseId: () => ID,
    occurredOn: () => GraphQLLocalDate,
    description: () => String,
    signposting: { type: () => String, description: "Where the family could be signposted if removal is upheld (the manager may set it)." },
  },
});
export type RecordConductIncidentInput = z.input<ReturnType<typeof conductSchema>>;

export const ReviewConductIncidentInput = inputType("ReviewConductIncidentInput", conductReviewSchema, {
  fields: {
    incidentId: () => ID,
    decision: () => ConductDecision,
    note: { type: () => String, description: "The manager's reasons." },
    signposting: { type: () => String, description: "Required when upholding removes the family: where they are signposted." },
  },
});
export type ReviewConductIncidentInput = z.input<typeof conductReviewSchema>;

export const RecordConductLetterInput = inputType("RecordConductLetterInput", conductLetterSchema(anyDay), {
  fields: { incidentId: () => ID, sentOn: () => GraphQLLocalDate },
});
export type RecordConductLetterInput = z.input<ReturnType<typeof conductLetterSchema>>;

export const CloseCaseInput = inputType("CloseCaseInput", closeCaseSchema, {
  fields: {
    caseId: () => ID,
    reason: { type: () => ClosureReason, description: "CONDUCT_REMOVAL comes only from recordConductIncident." },
    note: { type: () => String, description: "Required when the reason is OTHER." },
  },
});
export type CloseCaseInput = z.input<typeof closeCaseSchema>;

export const DecideClosureProposalInput = inputType("DecideClosureProposalInput", closureProposalSchema, {
  fields: {
    caseId: () => ID,
    decision: () => ClosureProposalDecision,
    note: { type: () => String, description: "Why, e.g. 'Mum in hospital; both meetings missed for that'." },
  },
});
export type DecideClosureProposalInput = z.input<typeof closureProposalSchema>;

export const RecordMentalCapacityInput = inputType("RecordMentalCapacityInput", mentalCapacitySchema(anyDay), {
  fields: {
    caseId: () => ID,
    hasCapacity: { type: () => Boolean, description: "Whether the young person has the mental capacity to make the decisions." },
    assessedOn: () => GraphQLLocalDate,
    assessedBy: () => String,
    notes: () => String,
  },
});
export type RecordMentalCapacityInput = z.input<ReturnType<typeof mentalCapacitySchema>>;
