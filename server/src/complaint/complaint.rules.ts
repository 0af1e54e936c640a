import type { ComplaintOutcome, FeedbackKind } from "../core/vocabulary.js";

/*
 * Complaints, comments and compliments [001 Complaints].
 */

/** Working days allowed for a response to a complaint, unless the manager sets another date. */
export const COMPLAINT_RESPONSE_WORKING_DAYS = 20;

/** How far back a complaint may be logged, in days. */
export const COMPLAINT_MAX_BACKDATE_DAYS = 366;

/** Outcomes that judge a complaint; comments and compliments are only open, resolved or withdrawn. */
export const JUDGEMENTS = ["UPHELD", "PARTLY_UPHELD", "NOT_UPHELD"] as const satisfies readonly ComplaintOutcome[];

/** Only a complaint can be upheld or not upheld. */
export const mayTakeOutcome = (kind: FeedbackKind, outcome: ComplaintOutcome) =>
  kind === "COMPLAINT" || !(JUDGEMENTS as readonly ComplaintOutcome[]).includes(outcome);

/** A compliment needs no response; a complaint or a comment may have a date it is due by. */
export const mayHaveResponseDate = (kind: FeedbackKind) => kind !== "COMPLIMENT";

/** Whether a complaint's response falls due by default (20 working days after it came); others only when a manager sets a date. */
export const responseDueByDefault = (kind: FeedbackKind) => kind === "COMPLAINT";

/** A response is overdue from its due date on, until one is recorded. */
export const responseOverdue = (c: { responseDueOn: string | null; respondedAt: Date | null }, today: string) =>
  c.responseDueOn !== null && c.respondedAt === null && c.responseDueOn <= today;
