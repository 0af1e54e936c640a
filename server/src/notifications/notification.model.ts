import type { NotificationKind, NotificationState } from "../core/vocabulary.js";

/** One email in the outbox, as administrators and managers see it: who and what kind, never its words. */
export interface NotificationDelivery {
  id: string;
  kind: NotificationKind;
  state: NotificationState;
  attempts: number;
  /** The staff member's display name; null for a family's receipt. */
  recipientName: string | null;
  reference: string | null;
  createdAt: Date;
  nextAttemptAt: Date | null;
  sentAt: Date | null;
  lastError: string | null;
}

export interface NotificationStatus {
  enabled: boolean;
  queued: number;
  retrying: number;
  failed: number;
}

export interface NotificationPreferences {
  safeguarding: boolean;
  allocation: boolean;
  overdueDigest: boolean;
  /** The kinds this person's role can receive at all. */
  available: NotificationKind[];
}
