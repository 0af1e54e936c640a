import { sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../db/client.js";
import type { Viewer } from "../core/viewer.js";
import { recordAudit } from "../audit/audit.service.js";
import { epochMs, executeRows, fromEpochMs, theRow } from "../db/rows.js";
import { conflict, notFound } from "../core/errors.js";
import { assertId, parseInput } from "../core/input.js";
import { NOTIFICATION_STATE, type NotificationKind, type NotificationState } from "../core/vocabulary.js";
import { DEFAULT_PREFERENCES, MAX_ATTEMPTS, kindsFor, mayRetryNow } from "./notification.rules.js";
import { updatePreferencesSchema } from "./notification.validation.js";
import type { NotificationDelivery, NotificationPreferences, NotificationStatus } from "./notification.model.js";

/** Whether email is on (an SMTP server is configured) and how many of the service's emails wait or failed. */
export async function getNotificationStatus(opts: { db: Db; viewer: Viewer; enabled: boolean }): Promise<NotificationStatus> {
  const row = theRow(
    await executeRows<{ queued: number | string; retrying: number | string; failed: number | string }>(
      opts.db,
      sql`select count(*) filter (where state = 'QUEUED') as queued, count(*) filter (where state = 'RETRYING') as retrying,
            count(*) filter (where state = 'FAILED') as failed
          from notification_outbox where service_id = ${opts.viewer.serviceId}::uuid and state <> 'SENT'`,
    ),
    "the outbox counts",
  );
  return { enabled: opts.enabled, queued: Number(row.queued), retrying: Number(row.retrying), failed: Number(row.failed) };
}

interface Row {
  id: string;
  kind: NotificationKind;
  state: NotificationState;
  attempts: number;
  recipient_name: string | null;
  reference: string | null;
  created_ms: number;
  next_ms: number;
  sent_ms: number | null;
  last_error: string | null;
}

const toDelivery = (r: Row): NotificationDelivery => ({
  id: r.id,
  kind: r.kind,
  state: r.state,
  attempts: Number(r.attempts),
  recipientName: r.recipient_name,
  reference: r.reference,
  createdAt: fromEpochMs(r.created_ms)!,
  nextAttemptAt: r.state === "QUEUED" || r.state === "RETRYING" ? fromEpochMs(r.next_ms) : null,
  sentAt: fromEpochMs(r.sent_ms),
  lastError: r.last_error,
});

async function selectDeliveries(db: Db, serviceId: string, where: { id?: string; state?: NotificationState | null }, limit: number) {
  const conditions = [sql`o.service_id = ${serviceId}::uuid`];
  if (where.id) conditions.push(sql`o.id = ${where.id}::uuid`);
  if (where.state) conditions.push(sql`o.state = ${where.state}::notification_state`);
  return executeRows<Row>(
    db,
    sql`select o.id, o.kind::text as kind, o.state::text as state, o.attempts, s.display_name as recipient_name, o.reference,
          ${epochMs(sql`o.created_at`)} as created_ms, ${epochMs(sql`o.next_attempt_at`)} as next_ms, ${epochMs(sql`o.sent_at`)} as sent_ms,
          o.last_error
        from notification_outbox o left join staff s on s.id = o.recipient_staff_id
        where ${sql.join(conditions, sql` and `)}
        order by (o.state = 'SENT'), o.created_at desc, o.id desc
        limit ${limit}`,
  );
}

/** The service's emails, those not yet sent first, newest first (administrators and managers). */
export async function listNotificationDeliveries(opts: {
  db: Db;
  viewer: Viewer;
  state?: NotificationState | null;
  first?: number | null;
}): Promise<NotificationDelivery[]> {
  const first = Math.max(1, Math.min(opts.first ?? 50, 200));
  const state = opts.state && (NOTIFICATION_STATE.values as readonly string[]).includes(opts.state) ? opts.state : null;
  return (await selectDeliveries(opts.db, opts.viewer.serviceId, { state }, first)).map(toDelivery);
}

/** Send a failed or retrying email at the next pass of the worker, with one more attempt before it fails again. */
export async function retryNotification(opts: { db: Db; viewer: Viewer; id: string; now: Date }): Promise<NotificationDelivery> {
  const id = assertId("id", opts.id);
  await opts.db.transaction(async (tx) => {
    const [row] = await executeRows<{ state: NotificationState }>(
      tx,
      sql`select state::text as state from notification_outbox where id = ${id}::uuid and service_id = ${opts.viewer.serviceId}::uuid for update`,
    );
    if (!row) throw notFound("Notification", "id");
    if (!mayRetryNow(row.state)) throw conflict(row.state === "SENT" ? "This email was already sent." : "This email is already queued.");
    await tx.execute(sql`update notification_outbox
      set state = 'RETRYING', next_attempt_at = ${opts.now.toISOString()}::timestamptz, claimed_until = null,
        attempts = least(attempts, ${MAX_ATTEMPTS - 1})
      where id = ${id}::uuid`);
    await recordAudit(tx, {
      serviceId: opts.viewer.serviceId,
      actorStaffId: opts.viewer.staffId,
      action: "notification.retry",
      entityType: "notification",
      entityId: id,
    });
  });
  const [row] = await selectDeliveries(opts.db, opts.viewer.serviceId, { id }, 1);
  return toDelivery(row!);
}

/** The signed-in person's choices (the defaults until they change one). */
export async function getMyPreferences(opts: { db: Db; viewer: Viewer }): Promise<NotificationPreferences> {
  const [row] = await executeRows<{ safeguarding: boolean; allocation: boolean; overdue_digest: boolean }>(
    opts.db,
    sql`select safeguarding, allocation, overdue_digest from notification_preferences where staff_id = ${opts.viewer.staffId}::uuid`,
  );
  return {
    safeguarding: row?.safeguarding ?? DEFAULT_PREFERENCES.safeguarding,
    allocation: row?.allocation ?? DEFAULT_PREFERENCES.allocation,
    overdueDigest: row?.overdue_digest ?? DEFAULT_PREFERENCES.overdueDigest,
    available: kindsFor(opts.viewer.role),
  };
}

/** Change the signed-in person's own choices; only ever their own row. */
export async function updateMyPreferences(opts: {
  db: Db;
  viewer: Viewer;
  input: z.input<typeof updatePreferencesSchema>;
  now: Date;
}): Promise<NotificationPreferences> {
  const input = parseInput(updatePreferencesSchema, opts.input);
  const current = await getMyPreferences(opts);
  const next = {
    safeguarding: input.safeguarding ?? current.safeguarding,
    allocation: input.allocation ?? current.allocation,
    overdueDigest: input.overdueDigest ?? current.overdueDigest,
  };
  const changed = Object.entries(input)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k]) => k);
  await opts.db.transaction(async (tx) => {
    await tx.execute(sql`insert into notification_preferences (staff_id, safeguarding, allocation, overdue_digest, updated_at)
      values (${opts.viewer.staffId}::uuid, ${next.safeguarding}, ${next.allocation}, ${next.overdueDigest}, ${opts.now.toISOString()}::timestamptz)
      on conflict (staff_id) do update set safeguarding = excluded.safeguarding, allocation = excluded.allocation,
        overdue_digest = excluded.overdue_digest, updated_at = excluded.updated_at`);
    await recordAudit(tx, {
      serviceId: opts.viewer.serviceId,
      actorStaffId: opts.viewer.staffId,
      action: "notification.preferences.update",
      entityType: "staff",
      entityId: opts.viewer.staffId,
      fields: changed,
    });
  });
  return { ...next, available: kindsFor(opts.viewer.role) };
}
