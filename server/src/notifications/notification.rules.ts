import type { NotificationKind, NotificationState, StaffRole } from "../core/vocabulary.js";

/**
 * Waits after each failed attempt: 1 minute, 5 minutes, 30 minutes; the attempt after the last wait
 * is the final one, and its failure leaves the email FAILED until someone presses "retry now".
 */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** How long one SMTP conversation may take before it counts as a failure (connection, greeting, sending). */
export const DEFAULT_SEND_TIMEOUT_MS = 10_000;

/** A worker holds a claimed row this long: longer than any send, so no other instance takes it meanwhile. */
export const CLAIM_MS = 2 * 60_000;

/** The daily digest of overdue duties goes out from this hour, service time, on working days. */
export const DIGEST_LOCAL_HOUR = 8;

/** Emails claimed per tick of one worker. */
export const BATCH_SIZE = 20;

/** After attempt number `attempts` (1-based) failed: retry at this time, or give up (null). */
export function nextAttemptAfterFailure(attempts: number, now: Date): Date | null {
  const wait = RETRY_DELAYS_MS[attempts - 1];
  return wait === undefined ? null : new Date(now.getTime() + wait);
}

export function stateAfterFailure(attempts: number): Extract<NotificationState, "RETRYING" | "FAILED"> {
  return attempts >= MAX_ATTEMPTS ? "FAILED" : "RETRYING";
}

/** Whether "retry now" applies: a failed email, or one waiting to retry. */
export const mayRetryNow = (state: NotificationState) => state === "FAILED" || state === "RETRYING";

export interface Preferences {
  safeguarding: boolean;
  allocation: boolean;
  overdueDigest: boolean;
}

/** Everything on until the person turns it off; safeguarding emails go to managers only, whatever is chosen. */
export const DEFAULT_PREFERENCES: Preferences = Object.freeze({ safeguarding: true, allocation: true, overdueDigest: true });

/** Which kinds of email a role can receive at all (the preferences screen shows only these). */
export function kindsFor(role: StaffRole): NotificationKind[] {
  switch (role) {
    case "MANAGER":
      return ["SAFEGUARDING_CONCERN", "ALLOCATION", "OVERDUE_DIGEST"];
    case "OFFICER":
    case "VOLUNTEER":
      return ["ALLOCATION", "OVERDUE_DIGEST"];
    case "ADMIN":
    case "STEERING":
      return [];
  }
}

/** SMTP errors quote addresses ("<x@y>: recipient rejected"); the stored error never does. */
export function maskAddresses(message: string): string {
  return message.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, "<address>").slice(0, 500);
}

export interface MessageFacts {
  kind: NotificationKind;
  reference: string | null;
  itemCount: number | null;
  responsePromise: string | null;
  referralId: string | null;
  serviceName: string;
  publicUrl: string;
}

/**
 * The one place an email's words come from. Only a reference, a count, the service's own promise and
 * a link: never a name, a child's details or a concern's text (decision 040), so an email read by the
 * wrong person or kept by a mail provider discloses nothing about a family.
 */
export function renderMessage(f: MessageFacts): { subject: string; text: string } {
  const base = f.publicUrl.replace(/\/+$/, "");
  const ref = f.reference ?? "(no reference)";
  switch (f.kind) {
    case "SAFEGUARDING_CONCERN":
      return {
        subject: `Safeguarding concern raised: ${ref}`,
        text: `A safeguarding concern has been raised on referral ${ref}.\n\nOpen it in the dashboard: ${base}/triage/${f.referralId ?? ""}\n\nThis email carries no details; sign in to read them.\n— ${f.serviceName}`,
      };
    case "ALLOCATION":
      return {
        subject: `A case has been allocated to you: ${ref}`,
        text: `Referral ${ref} has been allocated to you.\n\nSee your allocations: ${base}/allocations\n\n— ${f.serviceName}`,
      };
    case "OVERDUE_DIGEST": {
      const n = f.itemCount ?? 0;
      return {
        subject: `${n} overdue ${n === 1 ? "duty" : "duties"} today`,
        text: `You have ${n} overdue ${n === 1 ? "duty" : "duties"}.\n\nSee them in the dashboard: ${base}/overdue\n\n— ${f.serviceName}`,
      };
    }
    case "FAMILY_RECEIPT":
      return {
        subject: `We have received your request: ${ref}`,
        text: `Your reference is ${ref}.\n\n${f.responsePromise ?? ""}\n\n— ${f.serviceName}`,
      };
  }
}

/** Outbox rows are kept this long for the delivery screen and then deleted (the audit keeps that each was sent). */
export const OUTBOX_KEEP_DAYS = 90;
