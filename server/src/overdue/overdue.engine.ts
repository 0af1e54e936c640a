import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { epochMs, executeRows, theRow } from "../db/rows.js";
import { EVENT_CHANNEL, Topic } from "../pubsub/event-bus.js";
import { pendingItemsSql } from "./overdue.rules.js";

export interface TickResult {
  raised: number;
  cleared: number;
  /** Open items moved to whoever must act on them now (a case reallocated). */
  reassigned: number;
  /** When the next pending item falls due, if any. */
  nextDueAt: Date | null;
}

/** The longest the engine sleeps, so items added by other instances are picked up promptly. */
const MAX_SLEEP_MS = 15_000;

/**
 * Raises overdue items the moment they fall due and clears them when acted on. One statement per
 * tick: pending items from every rule; INSERT … ON CONFLICT DO NOTHING on (kind, subject, due_at)
 * so that with several instances exactly one inserts — and only that one NOTIFYs — each item.
 */
export class OverdueEngine {
  private timer?: NodeJS.Timeout;
  private running = false;
  private stopped = true;

  constructor(private readonly deps: { db: Db; now: () => Date; log?: (m: string, e?: unknown) => void }) {}

  async tick(): Promise<TickResult> {
    const asOf = sql`${this.deps.now().toISOString()}::timestamptz`;
    const row = theRow(
      await executeRows<{
        raised: number | string;
        cleared: number | string;
        reassigned: number | string;
        next_due_ms: number | null;
      }>(
        this.deps.db,
        sql`
            with pending as (${pendingItemsSql(asOf)}),
            due as (select * from pending where due_at <= ${asOf}),
            raised as (
              insert into overdue_items (service_id, kind, subject_type, subject_id, due_at, assignee_staff_id, referral_id, label, raised_at)
              select service_id, kind::overdue_kind, subject_type, subject_id, due_at, assignee_staff_id, referral_id, label, ${asOf} from due
              on conflict (kind, subject_id, due_at) do nothing
              returning id, service_id, assignee_staff_id
            ),
            cleared as (
              update overdue_items o set cleared_at = ${asOf}
              where o.cleared_at is null
                and not exists (select 1 from due d where d.kind = o.kind::text and d.subject_id = o.subject_id and d.due_at = o.due_at)
              returning o.id
            ),
            -- An open item follows whoever must act on it now: after a reallocation, the case's new holder.
            reassigned as (
              update overdue_items o set assignee_staff_id = d.assignee_staff_id
              from due d
              where o.cleared_at is null and d.kind = o.kind::text and d.subject_id = o.subject_id and d.due_at = o.due_at
                and o.assignee_staff_id is distinct from d.assignee_staff_id
              returning o.id, o.service_id, o.assignee_staff_id
            ),
            notified as (
              select pg_notify(${EVENT_CHANNEL}, json_build_object(
                'topic', ${Topic.OverdueItemRaised}::text,
                'payload', json_build_object('serviceId', service_id, 'overdueItemId', id, 'assigneeStaffId', assignee_staff_id))::text)
              from (select id, service_id, assignee_staff_id from raised union all select id, service_id, assignee_staff_id from reassigned) r
            )
            select (select count(*) from raised) as raised, (select count(*) from cleared) as cleared,
              (select count(*) from notified) as notified, (select count(*) from reassigned) as reassigned,
              (select ${epochMs(sql`min(due_at)`)} from pending where due_at > ${asOf}) as next_due_ms`,
      ),
      "the tick's counts",
    );
    return {
      raised: Number(row.raised),
      cleared: Number(row.cleared),
      reassigned: Number(row.reassigned),
      nextDueAt: row.next_due_ms === null ? null : new Date(Number(row.next_due_ms)),
    };
  }

  /** Tick now (or after `firstTickAfterMs`), then again when the next item falls due (at most every 15 s). */
  start(opts: { firstTickAfterMs?: number } = {}) {
    this.stopped = false;
    if (!opts.firstTickAfterMs) return void this.loop();
    this.timer = setTimeout(() => void this.loop(), opts.firstTickAfterMs);
    this.timer.unref();
  }

  /** Run a tick soon (after a mutation that may have changed what is due). */
  poke() {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.loop(), 50);
  }

  async stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 20));
  }

  private async loop() {
    if (this.running || this.stopped) return;
    this.running = true;
    let sleep = MAX_SLEEP_MS;
    try {
      const { nextDueAt } = await this.tick();
      if (nextDueAt) sleep = Math.max(20, Math.min(MAX_SLEEP_MS, nextDueAt.getTime() - this.deps.now().getTime() + 5));
    } catch (error) {
      this.deps.log?.("overdue engine tick failed", error);
    } finally {
      this.running = false;
    }
    if (!this.stopped) {
      this.timer = setTimeout(() => void this.loop(), sleep);
      this.timer.unref();
    }
  }
}
