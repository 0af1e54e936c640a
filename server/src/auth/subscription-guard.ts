import type { Context } from "../graphql/context.js";
import type { EventPayloads, TopicName } from "../pubsub/event-bus.js";
import type { Viewer } from "../core/viewer.js";
import { can, type Permission } from "../core/permissions.js";
import type { Queryable } from "../db/client.js";

type ServiceTopic = { [K in TopicName]: EventPayloads[K] extends { serviceId: string } ? K : never }[TopicName];

/**
 * Who receives one event of a subscription, and what the delivered result depends on. One rule per
 * subscription field; the WebSocket fan-out and the type-graphql filter both decide with it.
 */
export interface DeliveryRule<T extends ServiceTopic = ServiceTopic> {
  topic: T;
  /** The permission the subscriber's role (read afresh for every event) must hold. */
  permission: Permission;
  /** Any further condition on the event, e.g. "only the staff member allocated". */
  alsoIf?: (viewer: Viewer, payload: EventPayloads[T]) => boolean;
  /**
   * What the result may vary with besides the document and the event: "role" when every subscriber
   * of the service with the same role gets the same bytes (executed once for all of them), "staff"
   * when it may differ per staff member.
   */
  sharedBy: "role" | "staff";
  /**
   * Start the read every delivery of the event needs, as the event reaches this instance and before
   * the subscribers' sessions are re-checked; the resolver then awaits the same read (keyed by the
   * event object). Called only when the event's service has subscribers here; reads, never audits.
   */
  prefetch?: (payload: EventPayloads[T], load: { db: Queryable; now: Date }) => void;
}

export function deliveryRule<T extends ServiceTopic>(rule: DeliveryRule<T>): DeliveryRule<T> {
  return rule;
}

/**
 * Whether this subscriber receives this event: `fresh` is the subscriber's session re-read for this
 * event (undefined when it has ended); the service must be the one the subscription was opened in
 * and the event's, and the current role must allow it.
 */
export function receives<T extends ServiceTopic>(
  rule: DeliveryRule<T>,
  subscribedAs: Viewer,
  fresh: Viewer | undefined,
  payload: EventPayloads[T],
): fresh is Viewer {
  if (!fresh || fresh.serviceId !== subscribedAs.serviceId || fresh.serviceId !== payload.serviceId) return false;
  if (!can(fresh.role, rule.permission)) return false;
  return rule.alsoIf ? rule.alsoIf(fresh, payload) : true;
}

/** Subscribers whose results are identical for a document: see `DeliveryRule.sharedBy`. */
export function scopeKey(rule: DeliveryRule, viewer: Viewer): string {
  return rule.sharedBy === "role" ? `${viewer.serviceId}:${viewer.role}` : `${viewer.serviceId}:${viewer.role}:${viewer.staffId}`;
}

/**
 * The type-graphql filter form of a rule (used when a subscription is executed by graphql-js's own
 * `subscribe`, e.g. in-process): re-reads the session (batched per event), decides with `receives`,
 * and refreshes `context.viewer` so the resolver loads with current rights.
 */
export function filterFor<T extends ServiceTopic>(rule: DeliveryRule<T>) {
  return async ({ payload, context }: { payload: EventPayloads[T]; context: Context }) => {
    const current = context.viewer;
    if (!current) return false;
    try {
      const fresh = await context.sessionChecks.load(current);
      if (!receives(rule, current, fresh, payload)) return false;
      context.viewer = fresh;
      return true;
    } catch {
      return false;
    }
  };
}
