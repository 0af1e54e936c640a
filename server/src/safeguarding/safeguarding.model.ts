/** A safeguarding concern: every manager is alerted at once, and one must acknowledge it. */
export interface SafeguardingConcern {
  id: string;
  referralId: string;
  referralReference: string;
  caseId: string | null;
  summary: string | null;
  raisedById: string;
  raisedByName: string;
  raisedAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedByName: string | null;
  /** What the manager decided. */
  outcome: string | null;
}
