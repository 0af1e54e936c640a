import { Field, ID, InputType, Int } from "type-graphql";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import { z } from "zod";
import { isoDate, optionalText, personName, requiredText } from "../core/text.js";
import { ACTIVITY_KIND, CLOSURE_REASON, CONSENT_METHOD, CONSENT_PARTY_TYPE, MEETING_OUTCOME } from "../core/vocabulary.js";
import { ActivityKind, ClosureReason, ConsentMethod, ConsentPartyType, MeetingOutcome } from "../graphql/enums.js";

// ---- GraphQL shapes ----

@InputType()
export class LogActivityInput {
  @Field(() => ID) caseId!: string;
  @Field(() => ActivityKind) kind!: ActivityKind;
  @Field(() => GraphQLDateTime, { description: "When it happened; not in the future." }) occurredAt!: Date;
  @Field(() => Int, { description: "Time spent, in minutes." }) minutes!: number;
  @Field(() => Boolean, { description: "A contact with the parent, carer or young person." }) withFamily!: boolean;
  @Field(() => String, { nullable: true, description: "What was discussed or given; required for advice and information." })
  summary?: string | null;
  @Field(() => ID, { nullable: true, description: "Professional contact: the consent relied on." }) consentId?: string | null;
  @Field(() => String, { nullable: true, description: "Professional contact: the party spoken to, if no consentId is given." })
  partyName?: string | null;
}

@InputType()
export class RecordConsentInput {
  @Field(() => ID) caseId!: string;
  @Field(() => String, { description: "The named party, e.g. 'Ms Patel, SENCo'." }) partyName!: string;
  @Field(() => String, { nullable: true, description: "e.g. 'Oak Primary School'." }) partyOrganisation?: string | null;
  @Field(() => ConsentPartyType) partyType!: ConsentPartyType;
  @Field(() => Boolean) granted!: boolean;
  @Field(() => GraphQLLocalDate) givenOn!: string;
  @Field(() => ConsentMethod) method!: ConsentMethod;
  @Field(() => GraphQLLocalDate, { description: "Required: consent is never open-ended. After givenOn, at most 12 months later." })
  reviewOn!: string;
}

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID) caseId!: string;
  @Field(() => String, { description: "What the meeting is, e.g. 'Annual review'." }) kind!: string;
  @Field(() => GraphQLDateTime) scheduledAt!: Date;
  @Field(() => GraphQLLocalDate, { description: "When the family told us about it (two weeks' notice requested)." })
  noticeReceivedOn!: string;
}

@InputType()
export class RecordMeetingOutcomeInput {
  @Field(() => ID) meetingId!: string;
  @Field(() => MeetingOutcome) outcome!: MeetingOutcome;
  @Field(() => Boolean, {
    nullable: true,
    description: "Required for ATTENDED, and must be true: officers attend only with the family [001].",
  })
  familyPresent?: boolean | null;
  @Field(() => String, { nullable: true }) keyPoints?: string | null;
  @Field(() => String, { nullable: true }) actions?: string | null;
}

@InputType()
export class RecordConductIncidentInput {
  @Field(() => ID) caseId!: string;
  @Field(() => GraphQLLocalDate) occurredOn!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { nullable: true, description: "Required for a second incident: where the family is signposted on removal." })
  signposting?: string | null;
}

@InputType()
export class CloseCaseInput {
  @Field(() => ID) caseId!: string;
  @Field(() => ClosureReason, { description: "CONDUCT_REMOVAL comes only from recordConductIncident." }) reason!: ClosureReason;
  @Field(() => String, { nullable: true, description: "Required when the reason is OTHER." }) note?: string | null;
}

// ---- Validation ----

const uuid = (what: string) => z.string().uuid(`Not a valid ${what} id.`);
const addMonthsIso = (iso: string, months: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};
/** A consent's review may be at most this far after it was given [004 2.2A4]. */
export const CONSENT_MAX_MONTHS = 12;
const SUMMARY_REQUIRED: readonly string[] = ["ADVICE_GIVEN", "INFORMATION_GIVEN", "PROFESSIONAL_CONTACT"];

export const logActivitySchema = (now: Date) =>
  z
    .object({
      caseId: uuid("case"),
      kind: z.enum(ACTIVITY_KIND.values),
      occurredAt: z.date("Enter when it happened.").refine((d) => d.getTime() <= now.getTime() + 60_000, "This cannot be in the future."),
      minutes: z
        .number()
        .int("Whole minutes.")
        .min(0, "Time spent cannot be negative.")
        .max(24 * 60, "Keep this to one day (1440 minutes) or fewer."),
      withFamily: z.boolean(),
      summary: optionalText(5000),
      consentId: uuid("consent").optional().nullable(),
      partyName: optionalText(200),
    })
    .superRefine((a, ctx) => {
      if (SUMMARY_REQUIRED.includes(a.kind) && !a.summary)
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
    })
    .superRefine((c, ctx) => {
      if (c.reviewOn <= c.givenOn)
        ctx.addIssue({ code: "custom", path: ["reviewOn"], message: "The review date must be after the date given." });
      else if (c.reviewOn > addMonthsIso(c.givenOn, CONSENT_MAX_MONTHS))
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
    outcome: z.enum(MEETING_OUTCOME.values, "Choose ATTENDED, MISSED_WITHOUT_NOTICE or CANCELLED."),
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

export const closeCaseSchema = z
  .object({
    caseId: uuid("case"),
    reason: z.enum(CLOSURE_REASON.values).refine((r) => r !== "CONDUCT_REMOVAL", "Removal for conduct is recorded as a conduct incident."),
    note: optionalText(2000),
  })
  .superRefine((c, ctx) => {
    if (c.reason === "OTHER" && !c.note) ctx.addIssue({ code: "custom", path: ["note"], message: "Say why the case is closing." });
  });
