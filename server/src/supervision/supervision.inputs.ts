import { Field, ID, InputType } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { z } from "zod";
import { isoDate, optionalText } from "../core/text.js";
import { SUPERVISION_KIND, SUPERVISION_TOPIC } from "../core/vocabulary.js";
import { SupervisionKind, SupervisionTopic } from "../graphql/enums.js";

@InputType({ description: "A supervision session held: one-to-one (one supervisee) or group support (two or more)." })
export class RecordSupervisionInput {
  @Field(() => SupervisionKind) kind!: SupervisionKind;
  @Field(() => ID, { nullable: true, description: "Who supervised; defaults to the caller." }) supervisorId?: string | null;
  @Field(() => [ID], { description: "The supervisee(s): staff of the caller's service." }) attendeeIds!: string[];
  @Field(() => GraphQLLocalDate) heldOn!: string;
  @Field(() => [SupervisionTopic]) topics!: SupervisionTopic[];
  @Field(() => String, { nullable: true, description: "Visible to the supervisee(s), the supervisor and managers only." })
  notes?: string | null;
}

/** How far back a session may be recorded. */
export const MAX_BACKDATE_DAYS = 366;

const uuid = (message: string) =>
  z
    .string()
    .uuid(message)
    .transform((v) => v.toLowerCase());

export const recordSupervisionSchema = (today: string) =>
  z
    .object({
      kind: z.enum(SUPERVISION_KIND.values, "Choose individual or group supervision."),
      supervisorId: uuid("Not a valid staff id.").optional().nullable(),
      attendeeIds: z
        .array(uuid("Not a valid staff id."))
        .min(1, "Choose who was supervised.")
        .max(40, "A group of 40 or fewer.")
        .refine((ids) => new Set(ids).size === ids.length, "Each person once."),
      heldOn: isoDate("Enter the date it was held as a real date.").superRefine((d, ctx) => {
        if (d > today) ctx.addIssue({ code: "custom", message: "The date cannot be in the future." });
        const limit = new Date(`${today}T00:00:00Z`);
        limit.setUTCDate(limit.getUTCDate() - MAX_BACKDATE_DAYS);
        if (d < limit.toISOString().slice(0, 10))
          ctx.addIssue({ code: "custom", message: `Record sessions within ${MAX_BACKDATE_DAYS} days.` });
      }),
      topics: z
        .array(z.enum(SUPERVISION_TOPIC.values))
        .min(1, "Choose at least one topic.")
        .max(SUPERVISION_TOPIC.values.length)
        .transform((t) => [...new Set(t)]),
      notes: optionalText(10_000),
    })
    .superRefine((s, ctx) => {
      if (s.kind === "INDIVIDUAL" && s.attendeeIds.length !== 1)
        ctx.addIssue({ code: "custom", path: ["attendeeIds"], message: "Individual supervision has one supervisee." });
      if (s.kind === "GROUP" && s.attendeeIds.length < 2)
        ctx.addIssue({ code: "custom", path: ["attendeeIds"], message: "Group supervision has two or more people." });
      if (s.supervisorId && s.attendeeIds.includes(s.supervisorId))
        ctx.addIssue({ code: "custom", path: ["attendeeIds"], message: "The supervisor cannot also be a supervisee." });
    });
export type RecordSupervision = z.infer<ReturnType<typeof recordSupervisionSchema>>;
