import { setMaxListeners } from "node:events";
import { createPubSub } from "@graphql-yoga/subscription";
import { sql } from "drizzle-orm";
import type { Database, Queryable } from "../db/client.js";
import type { QueueChange } from "../core/vocabulary.js";

/** One channel carries every event; payloads are ids only (NOTIFY payloads must stay under 8,000 bytes). */
export const EVENT_CHANNEL = "sendiass_events";

export const Topic = {
  ReferralReceived: "REFERRAL_RECEIVED",
  TriageQueueChanged: "TRIAGE_QUEUE_CHANGED",
  AllocationAssigned: "ALLOCATION_ASSIGNED",
  OverdueItemRaised: "OVERDUE_ITEM_RAISED",
  SafeguardingAlert: "SAFEGUARDING_ALERT",
  SessionEnded: "SESSION_ENDED",
  /** Sent by database triggers (migration 0009), never by code: a session or staff row changed in a way that can take rights away. */
  AuthChanged: "AUTH_CHANGED",
} as const;

export interface EventPayloads {
  /** `origin`: set when this process committed the referral and keeps it (the fan-out's local fast path). */
  REFERRAL_RECEIVED: { serviceId: string; referralId: string; origin?: string };
  TRIAGE_QUEUE_CHANGED: { serviceId: string; referralId: string; change: QueueChange; origin?: string };
  ALLOCATION_ASSIGNED: { serviceId: string; allocationId: string; staffId: string };
  OVERDUE_ITEM_RAISED: { serviceId: string; overdueItemId: string; assigneeStaffId: string | null };
  SAFEGUARDING_ALERT: { serviceId: string; concernId: string };
  SESSION_ENDED: { sessionId: string };
  AUTH_CHANGED: { sessionId?: string; staffId?: string };
}
export type TopicName = keyof EventPayloads;

export type BusMessage = { [K in TopicName]: { topic: K; payload: EventPayloads[K] } }[TopicName];

type PubSubMap = { [K in TopicName]: [EventPayloads[K]] };

/**
 * Subscriptions listen on a local pub/sub; every event reaches it through PostgreSQL
 * LISTEN/NOTIFY, so an event published on one instance reaches subscribers on all of them,
 * and an event published inside a transaction is delivered only if the transaction commits.
 */
export class EventBus {
  // Every live subscription adds a listener; Node warns past 10 per EventTarget unless told otherwise.
  private readonly target = (() => {
    const target = new EventTarget();
    setMaxListeners(0, target);
    return target;
  })();
  readonly pubSub = createPubSub<PubSubMap>({ eventTarget: this.target as never });
  private unlisten?: () => Promise<void>;
  private readonly watchers: ((message: BusMessage) => void)[] = [];
  private readonly relistenWatchers: (() => void)[] = [];

  constructor(private readonly database: Database) {}

  /**
   * Call `fn` for every event, synchronously as it arrives and before any subscriber sees it, in the
   * order the transactions that sent them committed (state kept in step with the database, e.g.
   * `LiveSessions`).
   */
  watch(fn: (message: BusMessage) => void) {
    this.watchers.push(fn);
  }

  /**
   * Call `fn` whenever the listening connection was lost and is back: events committed meanwhile
   * were never delivered, so state kept from them can no longer be trusted. Runs before the first
   * event that arrives on the new connection.
   */
  onRelisten(fn: () => void) {
    this.relistenWatchers.push(fn);
  }

  async start() {
    this.unlisten = await this.database.listen(
      EVENT_CHANNEL,
      (raw) => {
        let message: BusMessage;
        try {
          message = JSON.parse(raw);
        } catch {
          return;
        }
        if (typeof message !== "object" || message === null) return;
        for (const fn of this.watchers) {
          try {
            fn(message);
          } catch {
            // A watcher must not stop the event reaching subscribers (nor the ones after it).
          }
        }
        // AUTH_CHANGED is for the watchers (LiveSessions) only: no subscription listens to it.
        if (message.topic === Topic.AuthChanged) return;
        (this.pubSub.publish as (t: string, p: unknown) => void)(message.topic, message.payload);
      },
      () => {
        for (const fn of this.relistenWatchers) fn();
      },
    );
  }

  async stop() {
    await this.unlisten?.();
  }

  /** Queue an event on `q` (use the mutation's transaction): sent at commit, dropped on rollback. */
  async publish<T extends TopicName>(q: Queryable, topic: T, payload: EventPayloads[T]) {
    await q.execute(sql`select pg_notify(${EVENT_CHANNEL}, ${JSON.stringify({ topic, payload })})`);
  }
}
