import { Field, InputType } from "type-graphql";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import { z } from "zod";
import { isoDate, optionalText, requiredText } from "../core/text.js";
import { COMPLAINT_OUTCOME, FEEDBACK_KIND } from "../core/vocabulary.js";
import { ComplaintOutcome, FeedbackKind } from "../graphql/enums.js";

@InputType({ description: "A complaint, comment or compliment as received [001 Complaints]." })
export class LogComplaintInput {
  @Field(() => FeedbackKind) kind!: FeedbackKind;
  @Field(() => GraphQLDateTime, { nullable: true, description: "When it reached us; defaults to now." }) receivedAt?: Date | null;
  @Field(() => String, { nullable: true, description: "Who it came from (personal data: managers only)." }) fromWhom?: string | null;
  @Field(() => String, { description: "What it is about." }) what!: string;
  @Field(() => String, { nullable: true }) measuresTaken?: string | null;
  @Field(() => String, { nullable: true, description: "Who it was escalated to, if anyone." }) escalatedTo?: string | null;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "When a response is due. Complaints default to 20 working days after receipt; compliments have none.",
  })
  responseDueOn?: string | null;
}

@InputType({ description: "Changes to a logged complaint; omitted fields stay as they are." })
export class UpdateComplaintInput {
  @Field(() => ComplaintOutcome, { nullable: true }) outcome?: ComplaintOutcome | null;
  @Field(() => String, { nullable: true }) measuresTaken?: string | null;
  @Field(() => String, { nullable: true }) escalatedTo?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) responseDueOn?: string | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: "When we responded; an outcome other than OPEN records now if not given." })
  respondedAt?: Date | null;
}

/** Working days allowed for a response to a complaint, unless the manager sets another date. */
export const COMPLAINT_RESPONSE_WORKING_DAYS = 20;
/** How far back a complaint may be logged. */
export const MAX_BACKDATE_DAYS = 366;

const instant = (field: string) =>
  z.date(`Enter ${field} as a date and time.`).refine((d) => !Number.isNaN(d.getTime()), `Enter ${field} as a real date and time.`);

export const logComplaintSchema = (now: Date) =>
  z
    .object({
      kind: z.enum(FEEDBACK_KIND.values, "Choose complaint, comment or compliment."),
      receivedAt: instant("when it was received")
        .refine((d) => d.getTime() <= now.getTime() + 60_000, "The time received cannot be in the future.")
        .refine((d) => d.getTime() >= now.getTime() - MAX_BACKDATE_DAYS * 86_400_000, `Log complaints within ${MAX_BACKDATE_DAYS} days.`)
        .optional()
        .nullable()
        .transform((d) => d ?? now),
      fromWhom: optionalText(200),
      what: requiredText(5000, "Say what it is about."),
      measuresTaken: optionalText(5000),
      escalatedTo: optionalText(200),
      responseDueOn: isoDate("Enter the due date as a real date.").optional().nullable(),
    })
    .superRefine((c, ctx) => {
      if (c.kind === "COMPLIMENT" && c.responseDueOn)
        ctx.addIssue({ code: "custom", path: ["responseDueOn"], message: "A compliment needs no response date." });
      if (c.responseDueOn && c.responseDueOn < c.receivedAt.toISOString().slice(0, 10))
        ctx.addIssue({ code: "custom", path: ["responseDueOn"], message: "The response cannot be due before it was received." });
    });
export type LogComplaint = z.infer<ReturnType<typeof logComplaintSchema>>;

export const updateComplaintSchema = (now: Date) =>
  z
    .object({
      outcome: z.enum(COMPLAINT_OUTCOME.values).optional().nullable(),
      measuresTaken: optionalText(5000),
      escalatedTo: optionalText(200),
      responseDueOn: isoDate("Enter the due date as a real date.").optional().nullable(),
      respondedAt: instant("when we responded")
        .refine((d) => d.getTime() <= now.getTime() + 60_000, "The response time cannot be in the future.")
        .optional()
        .nullable(),
    })
    .refine((u) => Object.values(u).some((v) => v !== undefined && v !== null), {
      message: "Change at least one thing.",
      path: ["outcome"],
    });
export type UpdateComplaint = z.infer<ReturnType<typeof updateComplaintSchema>>;
