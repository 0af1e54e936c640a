import { z } from "zod";
import { isoDate, optionalText, personName, requiredText } from "../core/text.js";
import {
  ACTIVITY_KIND,
  CLOSURE_PROPOSAL_DECISION,
  CLOSURE_REASON,
  CONDUCT_DECISION,
  CONSENT_METHOD,
  CONSENT_PARTY_TYPE,
  MEETING_OUTCOME,
  PERSON_ROLE,
} from "../core/vocabulary.js";
import { CLOCK_TOLERANCE_MS } from "../core/input.js";
import { CONSENT_MAX_MONTHS, MAX_ACTIVITY_MINUTES, latestReviewOn, mayCloseWith, needsSummary } from "./casework.rules.js";

/*
 * What valid casework input is. Schemas that check dates against today or now are built per request
 * (today in the service's time zone); their shape is the same whatever the date.
 */

const uuid = (what: string) => z.string().uuid(`Not a valid ${what} id.`);

export const logActivitySchema = (now: Date) =>
  z
    .object({
      caseId: uuid("case"),
      kind: z.enum(ACTIVITY_KIND.values),
      occurredAt: z
        .date("Enter when it happened.")
        .refine((d) => d.getTime() <= now.getTime() + CLOCK_TOLERANCE_MS, "This cannot be in the future."),
      minutes: z
        .number()
        .int("Whole minutes.")
        .min(0, "Time spent cannot be negative.")
        .max(MAX_ACTIVITY_MINUTES, `Keep this to one day (${MAX_ACTIVITY_MINUTES} minutes) or fewer.`),
      withFamily: z.boolean(),
      summary: optionalText(5000),
      consentId: uuid("consent").optional().nullable(),
      partyName: optionalText(200),
    })
    .superRefine((a, ctx) => {
      if (needsSummary(a.kind) && !a.summary)
        ctx.addIssue({ code: "custom", path: ["summary"], message: "Summarise what was discussed or given." });
    });

export const recordConsentSchema = (today: string) =>
  z
    .object({
      caseId: uuid("case"),
      partyName: personName("Name the person or role, e.g. 'SENCo'."),
      partyOrganisation: optionalText(200),
      partyType: z.enum(CONSENT_PARTY_TYPE.values),
      granted: z.boolean(),
      givenOn: isoDate().refine((d) => d <= today, "The date given cannot be in the future."),
      method: z.enum(CONSENT_METHOD.values),
      reviewOn: isoDate("Enter a review date: consent is never open-ended."),
      givenBy: z.enum(PERSON_ROLE.values, "Say who gave (or refused) consent."),
      mayShare: requiredText(2000, "Say what may be shared with them, as agreed with the family."),
    })
    .superRefine((c, ctx) => {
      if (c.reviewOn <= c.givenOn)
        ctx.addIssue({ code: "custom", path: ["reviewOn"], message: "The review date must be after the date given." });
      else if (c.reviewOn > latestReviewOn(c.givenOn))
        ctx.addIssue({
          code: "custom",
          path: ["reviewOn"],
          message: `Review consent within ${CONSENT_MAX_MONTHS} months of it being given.`,
        });
    });

export const scheduleMeetingSchema = (today: string) =>
  z.object({
    caseId: uuid("case"),
    kind: requiredText(200, "Say what the meeting is."),
    scheduledAt: z.date("Enter when the meeting is."),
    noticeReceivedOn: isoDate().refine((d) => d <= today, "Notice cannot have been received in the future."),
  });

export const meetingOutcomeSchema = z
  .object({
    meetingId: uuid("meeting"),
    outcome: z.enum(MEETING_OUTCOME.values, "Choose ATTENDED, MISSED_WITHOUT_NOTICE, CANCELLED or FAMILY_ATTENDED_ALONE."),
    familyPresent: z.boolean().optional().nullable(),
    keyPoints: optionalText(5000),
    actions: optionalText(5000),
  })
  .superRefine((m, ctx) => {
    if (m.outcome !== "ATTENDED") return;
    if (m.familyPresent !== true)
      ctx.addIssue({
        code: "custom",
        path: ["familyPresent"],
        message: "An officer attends a meeting only with the parent or young person present.",
      });
    if (!m.keyPoints) ctx.addIssue({ code: "custom", path: ["keyPoints"], message: "Note the key points of the meeting." });
  });

export const conductSchema = (today: string) =>
  z.object({
    caseId: uuid("case"),
    occurredOn: isoDate().refine((d) => d <= today, "This cannot be in the future."),
    description: requiredText(5000, "Describe what happened."),
    signposting: optionalText(2000),
  });

/** `reviewConductIncident(input)`: a manager upholds or dismisses an incident; removal needs signposting. */
export const conductReviewSchema = z.object({
  incidentId: uuid("incident"),
  decision: z.enum(CONDUCT_DECISION.values),
  note: optionalText(2000),
  signposting: optionalText(2000),
});

/** `recordConductLetter(input)`: the day the manager's letter went to the family (not in the future). */
export const conductLetterSchema = (today: string) =>
  z.object({
    incidentId: uuid("incident"),
    sentOn: isoDate().refine((d) => d <= today, "The letter cannot have been sent in the future."),
  });

export const closeCaseSchema = z
  .object({
    caseId: uuid("case"),
    reason: z.enum(CLOSURE_REASON.values).refine(mayCloseWith, "Removal for conduct is recorded as a conduct incident."),
    note: optionalText(2000),
  })
  .superRefine((c, ctx) => {
    if (c.reason === "OTHER" && !c.note) ctx.addIssue({ code: "custom", path: ["note"], message: "Say why the case is closing." });
  });

/** `withdrawConsent(consentId, on)`: the family withdraws a consent from a date, not in the future. */
export const withdrawConsentSchema = (today: string) =>
  z.object({
    consentId: uuid("consent"),
    on: isoDate().refine((d) => d <= today, "The withdrawal date cannot be in the future."),
  });

/** `decideClosureProposal(input)`: a manager closes a case put forward for closure, or keeps it open, with a note. */
export const closureProposalSchema = z.object({
  caseId: uuid("case"),
  decision: z.enum(CLOSURE_PROPOSAL_DECISION.values),
  note: optionalText(2000),
});

/** `recordMentalCapacity(input)`: the outcome of an assessment, when, and by whom. */
export const mentalCapacitySchema = (today: string) =>
  z.object({
    caseId: uuid("case"),
    hasCapacity: z.boolean(),
    assessedOn: isoDate().refine((d) => d <= today, "The assessment date cannot be in the future."),
    assessedBy: requiredText(200, "Say who assessed capacity, e.g. 'Dr Shah, educational psychologist'."),
    notes: optionalText(2000),
  });
