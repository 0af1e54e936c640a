import { setMaxListeners } from "node:events";
import { createPubSub } from "@graphql-yoga/subscription";
import { sql } from "drizzle-orm";
import type { Database, Queryable } from "../db/client.js";

/** One channel carries every event; payloads are ids only (NOTIFY payloads must stay under 8,000 bytes). */
export const EVENT_CHANNEL = "sendiass_events";

export const Topic = {
  ReferralReceived: "REFERRAL_RECEIVED",
  TriageQueueChanged: "TRIAGE_QUEUE_CHANGED",
  AllocationAssigned: "ALLOCATION_ASSIGNED",
  OverdueItemRaised: "OVERDUE_ITEM_RAISED",
  SafeguardingAlert: "SAFEGUARDING_ALERT",
  SessionEnded: "SESSION_ENDED",
} as const;

export interface EventPayloads {
  REFERRAL_RECEIVED: { serviceId: string; referralId: string };
  TRIAGE_QUEUE_CHANGED: { serviceId: string; referralId: string; change: "ADDED" | "UPDATED" | "REMOVED" };
  ALLOCATION_ASSIGNED: { serviceId: string; allocationId: string; staffId: string };
  OVERDUE_ITEM_RAISED: { serviceId: string; overdueItemId: string; assigneeStaffId: string | null };
  SAFEGUARDING_ALERT: { serviceId: string; concernId: string };
  SESSION_ENDED: { sessionId: string };
}
export type TopicName = keyof EventPayloads;

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

  constructor(private readonly database: Database) {}

  async start() {
    this.unlisten = await this.database.listen(EVENT_CHANNEL, (raw) => {
      let message: { topic: TopicName; payload: EventPayloads[TopicName] };
      try {
        message = JSON.parse(raw);
      } catch {
        return;
      }
      (this.pubSub.publish as (t: string, p: unknown) => void)(message.topic, message.payload);
    });
  }

  async stop() {
    await this.unlisten?.();
  }

  /** Queue an event on `q` (use the mutation's transaction): sent at commit, dropped on rollback. */
  async publish<T extends TopicName>(q: Queryable, topic: T, payload: EventPayloads[T]) {
    await q.execute(sql`select pg_notify(${EVENT_CHANNEL}, ${JSON.stringify({ topic, payload })})`);
  }
}
