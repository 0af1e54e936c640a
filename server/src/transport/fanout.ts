import { randomUUID } from "node:crypto";
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  Kind,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from "graphql";
import { WebSocket } from "ws";
import type { Context } from "../graphql/context.js";
import type { AppDeps } from "./deps.js";
import type { AuditEntry } from "../audit/audit.service.js";
import type { Viewer } from "../core/viewer.js";
import { receives, scopeKey, type DeliveryRule } from "../auth/subscription-guard.js";
import type { EventPayloads, TopicName } from "../pubsub/event-bus.js";
import { maskError, type Log } from "../graphql/format-error.js";
import { ErrorCode } from "../core/errors.js";
import { WsClose } from "./close-codes.js";

export interface FanoutStats {
  open: number;
  /** Events that had at least one subscriber to the topic. */
  events: number;
  /** Executions of a document (one per event, document and scope). */
  executions: number;
  /** `next` frames sent. */
  deliveries: number;
  /** Connections closed (1013) because they held more than the limit of unsent bytes: their client stopped reading. */
  slowConsumersClosed: number;
  /** The last delivered event, ms from the event reaching this instance: re-check done, results ready, last frame sent. */
  last?: {
    /** When the event reached this instance and when its delivery started (epoch ms, sub-millisecond): the bench compares them with its commit. */
    arrivedAt: number;
    startedAt: number;
    recheckMs: number;
    executedMs: number;
    sentMs: number;
    receivers: number;
  };
}

/** One open subscription on one socket. */
interface Subscriber {
  socket: WebSocket;
  /** The graphql-ws operation id, pre-encoded for the frame. */
  idJson: string;
  rule: DeliveryRule;
  /** The viewer the subscription was opened as; a later event re-reads the session. */
  viewer: Viewer;
  /** The session as the last event's re-check found it (role changes show here). */
  lastSeen: Viewer;
  context: Context;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
  /** Document + operation name + variables, as a short number: subscribers with equal keys (and scope) share one execution. */
  documentKey: number;
  open: boolean;
  /** The execution key last worked out for this subscriber, and the viewer fields it rests on. */
  keyCache?: { serviceId: string; role: string; staffId: string; key: string };
  /** Ends the subscription's parked `next()`, so graphql-ws finishes its loop. */
  finish?: () => void;
}

/** What the WebSocket layer records when it accepts a subscription, for `subscribe` to pick up. */
export interface SubscriptionSource {
  socket: WebSocket;
  id: string;
  query: string;
}

/**
 * Subscription delivery executed once per event, document and authorization scope, not once per
 * subscriber. graphql-ws still owns the protocol (connection, subscribe, complete, errors); for a
 * subscription it gets from `subscribe` an iterator that yields nothing, while every event is
 * delivered here:
 *
 *   1. every subscriber's session is re-checked (ended → no delivery) against the rows `LiveSessions`
 *      keeps in step with the database (decision 015): no round trip unless some are not kept;
 *   2. each subscriber's rule decides, synchronously, whether they receive the event;
 *   3. receivers are grouped by document and scope (`DeliveryRule.sharedBy`); each group's
 *      document is executed once with the event as root, its errors masked and its result
 *      serialised once;
 *   4. each receiver gets that result in its own `next` frame, and every audit entry the execution
 *      recorded is recorded once per receiver it went to, with the receiver as actor. A receiver
 *      whose socket already holds too much unsent is closed instead (`writable`).
 *
 * Events of one topic are delivered in order.
 */
export class Fanout {
  private readonly byTopic = new Map<TopicName, Set<Subscriber>>();
  private readonly chains = new Map<TopicName, Promise<void>>();
  private readonly sources = new WeakMap<object, SubscriptionSource>();
  private readonly stops: (() => Promise<unknown>)[] = [];
  /** Each distinct document (with its operation name and variables) numbered, so per-event keys stay short. */
  private readonly documentKeys = new Map<string, number>();
  /** Each topic's `DeliveryRule.prefetch`es, started as its events arrive. */
  private readonly prefetches = new Map<TopicName, NonNullable<DeliveryRule["prefetch"]>[]>();
  private lastDocumentKey = 0;

  constructor(
    private readonly opts: {
      schema: GraphQLSchema;
      deps: AppDeps;
      rules: Record<string, DeliveryRule>;
      log: Log;
      /** Unsent bytes a socket may hold before `writable` closes it (`limits.maxWsBufferedBytes`). */
      maxBufferedBytes: number;
    },
  ) {
    const fields = Object.keys(opts.schema.getSubscriptionType()?.getFields() ?? {});
    const missing = fields.filter((f) => !opts.rules[f]);
    if (missing.length > 0) throw new Error(`Subscription fields without a delivery rule: ${missing.join(", ")}`);
    for (const rule of Object.values(opts.rules)) {
      if (!rule.prefetch) continue;
      const list = this.prefetches.get(rule.topic) ?? [];
      if (!list.includes(rule.prefetch)) list.push(rule.prefetch);
      this.prefetches.set(rule.topic, list);
    }
    const topics = new Set(Object.values(opts.rules).map((r) => r.topic));
    for (const topic of topics) {
      const events = opts.deps.bus.pubSub.subscribe(topic);
      this.stops.push(async () => events.return?.());
      void (async () => {
        for await (const payload of events) this.enqueue(topic, payload);
      })();
    }
  }

  private documentKeyOf(text: string): number {
    let key = this.documentKeys.get(text);
    if (key === undefined) {
      // Bounded: past 10,000 distinct documents the table is emptied. Numbers are never reused, so a
      // document seen again only gets a new number (its subscribers then share less, never wrongly).
      if (this.documentKeys.size >= 10_000) this.documentKeys.clear();
      this.documentKeys.set(text, (key = ++this.lastDocumentKey));
    }
    return key;
  }

  /** Called by the WebSocket layer when it builds a subscription's context. */
  remember(context: Context, source: SubscriptionSource) {
    this.sources.set(context, source);
  }

  /** The `subscribe` graphql-ws calls for subscription operations. */
  subscribe = async (args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> => {
    const context = args.contextValue as Context;
    const source = this.sources.get(context);
    const operation = getOperationAST(args.document, args.operationName);
    const field = operation?.selectionSet.selections[0];
    const rule = field?.kind === Kind.FIELD ? this.opts.rules[field.name.value] : undefined;
    if (!context.viewer) return { errors: [new GraphQLError("You need to sign in.", { extensions: { code: ErrorCode.UNAUTHENTICATED } })] };
    if (!source || !rule) {
      // The WebSocket layer remembers every subscription it accepts, and the constructor checked every
      // field has a rule: reaching here is a bug, reported as one (masked, logged).
      const bug = new Error(`subscription without ${source ? "a delivery rule" : "its socket"}`);
      return { errors: [new GraphQLError("This subscription cannot be delivered.", { originalError: bug })] };
    }
    // graphql-js's own subscribe step runs the field's authorization and argument checks exactly as
    // for an HTTP request; the stream it opens is closed at once, as events arrive through `deliver`.
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream;
    await (stream as AsyncGenerator).return?.(undefined);

    const subscriber: Subscriber = {
      socket: source.socket,
      idJson: JSON.stringify(source.id),
      rule,
      viewer: context.viewer,
      lastSeen: context.viewer,
      context,
      document: args.document,
      operationName: args.operationName,
      variableValues: args.variableValues,
      documentKey: this.documentKeyOf(
        `${args.operationName ?? ""}\u0000${JSON.stringify(args.variableValues ?? null)}\u0000${source.query}`,
      ),
      open: true,
    };
    let set = this.byTopic.get(rule.topic);
    if (!set) this.byTopic.set(rule.topic, (set = new Set()));
    set.add(subscriber);
    const end = () => {
      if (!subscriber.open) return;
      subscriber.open = false;
      set.delete(subscriber);
      subscriber.finish?.();
    };
    const done = { done: true, value: undefined } as const;
    const parked: AsyncGenerator<ExecutionResult> = {
      [Symbol.asyncIterator]() {
        return parked;
      },
      next: () => (subscriber.open ? new Promise((resolve) => (subscriber.finish = () => resolve(done))) : Promise.resolve(done)),
      return: async () => {
        end();
        return done;
      },
      throw: async (error) => {
        end();
        throw error;
      },
      [Symbol.asyncDispose]: async () => end(),
    } as AsyncGenerator<ExecutionResult>;
    return parked;
  };

  /**
   * Whether the server may write to `socket`. A socket holding more than `maxBufferedBytes` unsent —
   * its client stopped reading: a laptop asleep on a flaky network, a client that never reads — is
   * closed with 1013 instead, counted and logged once (it is no longer OPEN afterwards), so one
   * stalled connection cannot grow the process's memory until it dies. The close frame queues
   * behind the unsent bytes: a client that wakes up reads them and then the close; one that never
   * does is destroyed by `ws` after its close timeout (30 s), and nothing more is queued meanwhile.
   */
  writable(socket: WebSocket, viewer?: Viewer | null): boolean {
    if (socket.readyState !== WebSocket.OPEN) return false;
    const buffered = socket.bufferedAmount;
    if (buffered <= this.opts.maxBufferedBytes) return true;
    this.counters.slowConsumersClosed++;
    this.opts.log("websocket closed: its client stopped reading (1013)", {
      staffId: viewer?.staffId,
      bufferedBytes: buffered,
      limitBytes: this.opts.maxBufferedBytes,
    });
    socket.close(WsClose.TooSlow.code, WsClose.TooSlow.reason);
    return false;
  }

  private readonly counters = { events: 0, executions: 0, deliveries: 0, slowConsumersClosed: 0 };
  private last?: FanoutStats["last"];

  stats(): FanoutStats {
    let open = 0;
    for (const set of this.byTopic.values()) open += set.size;
    return { open, ...this.counters, last: this.last };
  }

  async close() {
    for (const set of this.byTopic.values()) for (const s of set) s.finish?.();
    this.byTopic.clear();
    await Promise.all(this.stops.map((stop) => stop()));
  }

  private enqueue(topic: TopicName, payload: EventPayloads[TopicName]) {
    this.arrivedAt.set(payload, performance.timeOrigin + performance.now());
    this.prefetch(topic, payload as EventPayloads[TopicName] & { serviceId: string });
    const previous = this.chains.get(topic) ?? Promise.resolve();
    const next = previous
      .then(() => this.deliver(topic, payload as EventPayloads[TopicName] & { serviceId: string }))
      .catch((error) => this.opts.log("subscription delivery failed", error));
    this.chains.set(topic, next);
  }

  /** When each event reached this instance (epoch ms, sub-millisecond), for `stats().last`. */
  private readonly arrivedAt = new WeakMap<object, number>();

  /** Starts the reads the event's deliveries will need, if its service has a subscriber here. */
  private prefetch(topic: TopicName, payload: EventPayloads[TopicName] & { serviceId: string }) {
    const fns = this.prefetches.get(topic);
    const set = this.byTopic.get(topic);
    if (!fns || !set) return;
    let wanted = false;
    for (const s of set)
      if (s.open && s.viewer.serviceId === payload.serviceId) {
        wanted = true;
        break;
      }
    if (!wanted) return;
    const load = { db: this.opts.deps.db, now: this.opts.deps.now() };
    for (const fn of fns) {
      try {
        fn(payload as never, load);
      } catch (error) {
        // The deliveries will read for themselves (and report what fails there).
        this.opts.log("subscription prefetch failed", error);
      }
    }
  }

  private async deliver(topic: TopicName, payload: EventPayloads[TopicName] & { serviceId: string }) {
    // A socket that is closing (session ended, too slow) gets nothing more: no re-check, no execution.
    const subscribers = [...(this.byTopic.get(topic) ?? [])].filter(
      (s) => s.open && s.socket.readyState === WebSocket.OPEN && s.viewer.serviceId === payload.serviceId,
    );
    if (subscribers.length === 0) return;
    const { deps, log } = this.opts;
    this.counters.events++;
    const started = performance.now();
    const recheck = deps.sessions.check(
      subscribers.map((s) => s.viewer),
      deps.now(),
    );

    // While the sessions are re-read, execute for each scope as subscribers were last seen; a result
    // only goes to subscribers whose fresh session falls in the same scope (same service and role,
    // and staff member where the rule says so). Anyone whose scope changed is executed for afresh.
    const executions = new Map<string, Promise<Execution>>();
    const executionFor = (s: Subscriber, viewer: Viewer) => {
      const key = executionKey(s, viewer);
      if (!executions.has(key)) executions.set(key, this.execute(s, viewer, payload));
      return key;
    };
    for (const s of subscribers) if (receives(s.rule, s.viewer, s.lastSeen, payload as never)) executionFor(s, s.lastSeen);

    let fresh: Map<string, Viewer>;
    let recheckMs: number;
    try {
      fresh = await recheck;
      recheckMs = performance.now() - started;
    } catch (error) {
      // Without a session check nobody receives the event: refusing is the safe failure.
      log("subscription session re-check failed; event not delivered", error);
      return;
    }
    // Each receiver with the viewer its session was re-read as (the audit's actor).
    const groups = new Map<string, { subscriber: Subscriber; viewer: Viewer }[]>();
    for (const s of subscribers) {
      const viewer = fresh.get(s.viewer.sessionId);
      if (!receives(s.rule, s.viewer, viewer, payload as never)) continue;
      s.lastSeen = viewer;
      const key = executionFor(s, viewer);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push({ subscriber: s, viewer });
    }
    let executedMs = 0;
    let receiversCount = 0;
    await Promise.all(
      [...groups].map(async ([key, receivers]) => {
        const { json, audits, correlationId } = await executions.get(key)!;
        executedMs = Math.max(executedMs, performance.now() - started);
        receiversCount += receivers.length;
        const sentTo: Viewer[] = [];
        for (const { subscriber: s, viewer } of receivers) {
          if (!s.open || !this.writable(s.socket, s.viewer)) continue;
          s.socket.send(`{"id":${s.idJson},"type":"next","payload":${json}}`);
          sentTo.push(viewer);
          this.counters.deliveries++;
        }
        // Every frame first, then the audit entries (written by one INSERT after this turn), for
        // the receivers a frame went to: one whose socket was closed or shed read nothing.
        for (const viewer of sentTo) for (const entry of audits) deps.auditLater({ ...entry, actorStaffId: viewer.staffId, correlationId });
      }),
    );
    const startedAt = performance.timeOrigin + started;
    this.last = {
      arrivedAt: this.arrivedAt.get(payload) ?? startedAt,
      startedAt,
      recheckMs,
      executedMs,
      sentMs: performance.now() - started,
      receivers: receiversCount,
    };
  }

  /** Execute a subscriber's document for one event as `viewer`; audit entries are kept for the receivers. */
  private async execute(s: Subscriber, viewer: Viewer, payload: object): Promise<Execution> {
    this.counters.executions++;
    const audits: AuditEntry[] = [];
    const correlationId = randomUUID();
    const contextValue: Context = { ...s.context, viewer, correlationId, auditLater: (entry) => audits.push(entry) };
    let result: ExecutionResult;
    try {
      result = await execute({
        schema: this.opts.schema,
        document: s.document,
        operationName: s.operationName,
        variableValues: s.variableValues,
        rootValue: payload,
        contextValue,
      });
    } catch (error) {
      // Never rejects: an execution may have been started for subscribers who then do not receive it.
      result = { errors: [error instanceof GraphQLError ? error : new GraphQLError("Delivery failed", { originalError: error as Error })] };
    }
    const body = result.errors ? { ...result, errors: result.errors.map((e) => maskError(e.toJSON(), e, this.opts.log)) } : result;
    return { json: JSON.stringify(body), audits, correlationId };
  }
}

/**
 * The key of the execution a subscriber's result comes from: its scope (`scopeKey`) and document.
 * Kept on the subscriber while the viewer's service, role and staff member stay the same, so a
 * delivery to a thousand subscribers builds no thousand strings.
 */
function executionKey(s: Subscriber, viewer: Viewer): string {
  const c = s.keyCache;
  if (c && c.serviceId === viewer.serviceId && c.role === viewer.role && c.staffId === viewer.staffId) return c.key;
  const key = `${scopeKey(s.rule, viewer)}\u0000${s.documentKey}`;
  s.keyCache = { serviceId: viewer.serviceId, role: viewer.role, staffId: viewer.staffId, key };
  return key;
}

interface Execution {
  /** The serialised `next` payload, shared by every receiver in the scope. */
  json: string;
  /** Audit entries the execution recorded, to be written once per receiver. */
  audits: AuditEntry[];
  correlationId: string;
}
