import { ID } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import type { z } from "zod";
import { inputType } from "../graphql/input-type.js";
import { SupervisionKind, SupervisionTopic } from "../graphql/enums.js";
import { recordSupervisionSchema } from "./supervision.validation.js";

export const RecordSupervisionInput = inputType("RecordSupervisionInput", recordSupervisionSchema("2000-01-01"), {
  description: "A supervision session held: one-to-one (one supervisee) or group support (two or more).",
  fields: {
    kind: () => SupervisionKind,
    supervisorId: { type: () => ID, description: "Who supervised; defaults to the caller." },
    attendeeIds: { type: () => [ID], description: "The supervisee(s): staff of the caller's service." },
    heldOn: () => GraphQLLocalDate,
    topics: () => [SupervisionTopic],
    notes: { type: () => String, description: "Visible to the supervisee(s), the supervisor and managers only." },
  },
});
export type RecordSupervisionInput = z.input<ReturnType<typeof recordSupervisionSchema>>;
