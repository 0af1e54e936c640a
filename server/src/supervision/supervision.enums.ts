import { graphqlEnum } from "../graphql/enum.js";
import { trainingKind } from "../staff/staff.table.js";
import { supervisionKind, supervisionTopic } from "./supervision.table.js";

export const SupervisionKind = graphqlEnum(
  supervisionKind.enumValues,
  "SupervisionKind",
  "One-to-one supervision, or group support (termly).",
);
export type SupervisionKind = keyof typeof SupervisionKind;
export const SupervisionTopic = graphqlEnum(supervisionTopic, "SupervisionTopic");
export type SupervisionTopic = keyof typeof SupervisionTopic;
export const TrainingKind = graphqlEnum(trainingKind.enumValues, "TrainingKind");
export type TrainingKind = keyof typeof TrainingKind;
