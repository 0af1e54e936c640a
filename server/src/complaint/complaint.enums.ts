import { graphqlEnum } from "../graphql/enum.js";
import { complaintOutcome, feedbackKind } from "./complaint.table.js";

export const FeedbackKind = graphqlEnum(
  feedbackKind.enumValues,
  "FeedbackKind",
  "A complaint, a comment or a compliment about the service.",
);
export type FeedbackKind = keyof typeof FeedbackKind;
export const ComplaintOutcome = graphqlEnum(complaintOutcome.enumValues, "ComplaintOutcome");
export type ComplaintOutcome = keyof typeof ComplaintOutcome;
