import type { ComplaintOutcome, FeedbackKind } from "../../gql/graphql";

export const feedbackKindLabel: Record<FeedbackKind, string> = {
  COMPLAINT: "Complaint",
  COMMENT: "Comment",
  COMPLIMENT: "Compliment",
};

export const outcomeLabel: Record<ComplaintOutcome, { label: string; tone: "ok" | "warn" | "neutral" | "danger" }> = {
  OPEN: { label: "Open", tone: "warn" },
  RESOLVED: { label: "Resolved", tone: "ok" },
  UPHELD: { label: "Upheld", tone: "danger" },
  PARTLY_UPHELD: { label: "Partly upheld", tone: "warn" },
  NOT_UPHELD: { label: "Not upheld", tone: "neutral" },
  WITHDRAWN: { label: "Withdrawn", tone: "neutral" },
};
