import { sql } from "drizzle-orm";
import { DateTime } from "luxon";
import type { Db } from "../db/client.js";
import { executeRows } from "../db/rows.js";
import { recordAudit } from "../audit/audit.service.js";
import { isWorkingDay } from "../clock/working-time.js";
import { calendarOf } from "../service/service-calendar.js";
import { services } from "../service/service.table.js";
import type { NotificationKind } from "../core/vocabulary.js";
import type { Mailer } from "./mailer.js";
import {
  BATCH_SIZE,
  CLAIM_MS,
  DEFAULT_PREFERENCES,
  DIGEST_LOCAL_HOUR,
  maskAddresses,
  nextAttemptAfterFailure,
  renderMessage,
  stateAfterFailure,
} from "./notification.rules.js";

/** A row queued this long ago and never attempted is stale (SMTP was off, or down for a day): it is failed, not sent. */
const STALE_AFTER_MS = 24 * 60 * 60_000;
/** How often a worker looks whether a service's digest time has come. */
const DIGEST_CHECK_MS = 60_000;

export interface NotificationTick {
  digestsQueued: number;
  sent: number;
  retrying: number;
  failed: number;
}

interface Claimed {
  id: string;
  service_id: string;
  kind: NotificationKind;
  attempts: number;
  reference: string | null;
  item_count: number | null;
  response_promise: string | null;
  referral_id: string | null;
  address: string | null;
  service_name: string;
}

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/**
 * Delivers the outbox (decision 040). Each tick claims due rows with FOR UPDATE SKIP LOCKED and a
 * lease (`claimed_until`), so two instances never send the same email; sends outside any
 * transaction (a slow SMTP server holds no lock and no connection); then records sent, retrying
 * (1, 5, 30 minutes) or failed. A process that stops mid-send leaves the lease to expire and the
 * email is sent again: delivery is at least once, never lost.
 */
export class NotificationWorker {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = true;
  private lastDigestCheck = -Infinity;

  constructor(
    private readonly deps: {
      db: Db;
      now: () => Date;
      mailer: Mailer;
      publicUrl: string;
      pollMs: number;
      log?: (m: string, e?: unknown) => void;
    },
  ) {}

  /** One pass: queue due digests (at most once a minute), fail stale rows, send what is due. */
  async tick(opts: { digests?: "due" | "now" } = {}): Promise<NotificationTick> {
    const now = this.deps.now();
    let digestsQueued = 0;
    if (opts.digests === "now" || now.getTime() - this.lastDigestCheck >= DIGEST_CHECK_MS) {
      this.lastDigestCheck = now.getTime();
      digestsQueued = await queueDigests(this.deps.db, now);
    }
    await this.deps.db.execute(sql`
      update notification_outbox set state = 'FAILED', last_error = 'Not sent: queued more than a day ago (notifications were off or unreachable).'
      where state = 'QUEUED' and attempts = 0 and created_at < ${ts(new Date(now.getTime() - STALE_AFTER_MS))}`);
    const claimed = await executeRows<Claimed>(
      this.deps.db,
      sql`
        with due as (
          select id from notification_outbox
          where state in ('QUEUED', 'RETRYING') and next_attempt_at <= ${ts(now)}
            and (claimed_until is null or claimed_until <= ${ts(now)})
          order by next_attempt_at
          limit ${BATCH_SIZE}
          for update skip locked
        ),
        claimed as (
          update notification_outbox o set claimed_until = ${ts(new Date(now.getTime() + CLAIM_MS))}, attempts = o.attempts + 1
          from due where o.id = due.id
          returning o.*
        )
        select c.id, c.service_id, c.kind::text as kind, c.attempts, c.reference, c.item_count, c.response_promise, c.referral_id,
          case when c.recipient_staff_id is not null then (case when st.active then st.email end) else p.email end as address,
          sv.name as service_name
        from claimed c
        join services sv on sv.id = c.service_id
        left join staff st on st.id = c.recipient_staff_id
        left join referrals r on r.id = c.referral_id and c.recipient_staff_id is null
        left join people p on p.id = r.person_id`,
    );
    const results = await Promise.all(claimed.map((row) => this.deliver(row)));
    return {
      digestsQueued,
      sent: results.filter((r) => r === "SENT").length,
      retrying: results.filter((r) => r === "RETRYING").length,
      failed: results.filter((r) => r === "FAILED").length,
    };
  }

  private async deliver(row: Claimed): Promise<"SENT" | "RETRYING" | "FAILED"> {
    let error: string | null = null;
    if (!row.address) error = "No address to send to (the person is no longer active, or the family's details were erased).";
    else {
      const message = renderMessage({
        kind: row.kind,
        reference: row.reference,
        itemCount: row.item_count,
        responsePromise: row.response_promise,
        referralId: row.referral_id,
        serviceName: row.service_name,
        publicUrl: this.deps.publicUrl,
      });
      try {
        await this.deps.mailer.send({ to: row.address, ...message });
      } catch (e) {
        error = maskAddresses(e instanceof Error ? e.message : String(e));
      }
    }
    const now = this.deps.now();
    const state = error === null ? "SENT" : row.address ? stateAfterFailure(row.attempts) : "FAILED";
    const next = state === "RETRYING" ? nextAttemptAfterFailure(row.attempts, now) : null;
    await this.deps.db.transaction(async (tx) => {
      await tx.execute(sql`
        update notification_outbox set state = ${state}::notification_state, claimed_until = null, last_error = ${error},
          sent_at = ${state === "SENT" ? ts(now) : null}, next_attempt_at = coalesce(${next ? ts(next) : null}, next_attempt_at)
        where id = ${row.id}::uuid`);
      await recordAudit(tx, {
        serviceId: row.service_id,
        actorStaffId: null,
        action: state === "SENT" ? "notification.send" : "notification.fail",
        entityType: "notification",
        entityId: row.id,
        fields: [row.kind],
      });
    });
    return state;
  }

  start() {
    this.stopped = false;
    const loop = () => {
      if (this.stopped) return;
      this.running = this.tick()
        .catch((e) => this.deps.log?.("notification delivery failed", e))
        .finally(() => {
          if (!this.stopped) {
            this.timer = setTimeout(loop, this.deps.pollMs);
            this.timer.unref();
          }
        });
    };
    this.timer = setTimeout(loop, Math.min(this.deps.pollMs, 1_000));
    this.timer.unref();
  }

  async stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}

/**
 * The daily digest: from DIGEST_LOCAL_HOUR service time on a working day, one email per person with
 * open overdue items (and the digest on), counting them. The dedupe key (person and local date)
 * makes it once a day whatever the number of instances or ticks.
 */
export async function queueDigests(db: Db, now: Date): Promise<number> {
  const rows = await db.select({ id: services.id, officeHours: services.officeHours, closureDays: services.closureDays }).from(services);
  let queued = 0;
  for (const service of rows) {
    const local = DateTime.fromJSDate(now, { zone: service.officeHours.timeZone });
    const today = local.toISODate();
    if (!today || local.hour < DIGEST_LOCAL_HOUR || !isWorkingDay(calendarOf(service), today)) continue;
    const inserted = await executeRows<{ id: string }>(
      db,
      sql`
        insert into notification_outbox (service_id, kind, dedupe_key, recipient_staff_id, item_count, next_attempt_at, created_at)
        select o.service_id, 'OVERDUE_DIGEST', 'digest:' || o.assignee_staff_id || ':' || ${today}, o.assignee_staff_id, count(*)::int, ${ts(now)}, ${ts(now)}
        from overdue_items o
        join staff s on s.id = o.assignee_staff_id and s.active
        left join notification_preferences p on p.staff_id = s.id
        where o.service_id = ${service.id}::uuid and o.cleared_at is null
          and coalesce(p.overdue_digest, ${DEFAULT_PREFERENCES.overdueDigest})
        group by o.service_id, o.assignee_staff_id
        on conflict (dedupe_key) do nothing
        returning id`,
    );
    queued += inserted.length;
  }
  return queued;
}
