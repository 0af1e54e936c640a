import { sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { DEFAULT_PREFERENCES } from "./notification.rules.js";

/** An event that sends email, as the service that causes it knows it. */
export type NotificationEvent =
  /** Every active manager of the service who has not turned safeguarding emails off. */
  | { kind: "SAFEGUARDING_CONCERN"; serviceId: string; referralId: string; concernId: string; now: Date }
  /** The staff member allocated, unless they allocated it themselves or claimed it. */
  | { kind: "ALLOCATION"; serviceId: string; caseId: string; allocationId: string; staffId: string; byStaffId: string | null; now: Date }
  /** The family who gave an email address on the public form: their reference and the response promise. */
  | { kind: "FAMILY_RECEIPT"; serviceId: string; referralId: string; responsePromise: string; now: Date };

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/**
 * Queue the emails an event causes, on the event's own transaction (decision 040): they are sent
 * if and only if it commits, and none is lost if the process stops before sending. Each row's dedupe
 * key makes a repeat of the same event add nothing. Writes rows whether or not SMTP is configured;
 * the worker sends them when it is, and never sends one queued more than a day before.
 */
export async function enqueueNotification(tx: Queryable, e: NotificationEvent): Promise<void> {
  switch (e.kind) {
    case "SAFEGUARDING_CONCERN":
      await tx.execute(sql`
        insert into notification_outbox (service_id, kind, dedupe_key, recipient_staff_id, referral_id, reference, next_attempt_at, created_at)
        select ${e.serviceId}::uuid, 'SAFEGUARDING_CONCERN', 'safeguarding:' || ${e.concernId}::text || ':' || s.id, s.id, r.id, r.reference, ${ts(e.now)}, ${ts(e.now)}
        from staff s
        join referrals r on r.id = ${e.referralId}::uuid and r.service_id = s.service_id
        left join notification_preferences p on p.staff_id = s.id
        where s.service_id = ${e.serviceId}::uuid and s.role = 'MANAGER' and s.active
          and coalesce(p.safeguarding, ${DEFAULT_PREFERENCES.safeguarding})
        on conflict (dedupe_key) do nothing`);
      return;
    case "ALLOCATION":
      if (e.byStaffId === null || e.byStaffId === e.staffId) return;
      await tx.execute(sql`
        insert into notification_outbox (service_id, kind, dedupe_key, recipient_staff_id, referral_id, reference, next_attempt_at, created_at)
        select ${e.serviceId}::uuid, 'ALLOCATION', 'allocation:' || ${e.allocationId}::text, s.id, r.id, r.reference, ${ts(e.now)}, ${ts(e.now)}
        from staff s
        join cases c on c.id = ${e.caseId}::uuid and c.service_id = s.service_id
        join referrals r on r.id = c.referral_id
        left join notification_preferences p on p.staff_id = s.id
        where s.id = ${e.staffId}::uuid and s.active and coalesce(p.allocation, ${DEFAULT_PREFERENCES.allocation})
        on conflict (dedupe_key) do nothing`);
      return;
    case "FAMILY_RECEIPT":
      await tx.execute(sql`
        insert into notification_outbox (service_id, kind, dedupe_key, referral_id, reference, response_promise, next_attempt_at, created_at)
        select r.service_id, 'FAMILY_RECEIPT', 'receipt:' || r.id, r.id, r.reference, ${e.responsePromise}, ${ts(e.now)}, ${ts(e.now)}
        from referrals r join people p on p.id = r.person_id
        where r.id = ${e.referralId}::uuid and r.service_id = ${e.serviceId}::uuid and p.email is not null
        on conflict (dedupe_key) do nothing`);
      return;
  }
}
