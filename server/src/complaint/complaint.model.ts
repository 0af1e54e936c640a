import type { Connection } from "../core/cursor.js";
import type { ComplaintOutcome, FeedbackKind } from "../core/vocabulary.js";

/** A logged complaint, comment or compliment, as managers see it. */
export interface Complaint {
  id: string;
  kind: FeedbackKind;
  receivedAt: Date;
  fromWhom: string | null;
  what: string | null;
  measuresTaken: string | null;
  outcome: ComplaintOutcome;
  escalatedTo: string | null;
  responseDueOn: string | null;
  respondedAt: Date | null;
  responseOverdue: boolean;
  /** Display name of the staff member who logged it. */
  loggedBy: string;
}

export type ComplaintConnection = Connection<Complaint>;
