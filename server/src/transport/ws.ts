import type { IncomingMessage, Server } from "node:http";
import { randomUUID } from "node:crypto";
import { getOperationAST, GraphQLError, parse, validate, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from "graphql";
import { WebSocketServer, type WebSocket } from "ws";
import { useServer } from "graphql-ws/use/ws";
import type { Context } from "../graphql/context.js";
import type { AppDeps } from "./deps.js";
import type { Viewer } from "../core/viewer.js";
import { findViewerByToken } from "../auth/session.service.js";
import { limits, wsValidationRules } from "./armor.js";
import { DOCUMENT_UNREADABLE, maskError, type Log } from "../graphql/format-error.js";
import { unsafeTextError, unsafeTextIn } from "../graphql/unsafe-text.js";
import { ErrorCode } from "../core/errors.js";
import { WsClose } from "./close-codes.js";
import { Topic } from "../pubsub/event-bus.js";
import { Fanout } from "./fanout.js";
import { clientAddressOf, type TrustProxy } from "../config/trust-proxy.js";
import type { DeliveryRule } from "../auth/subscription-guard.js";

interface Extra extends Record<PropertyKey, unknown> {
  socket: WebSocket;
  request: IncomingMessage;
  viewer?: Viewer;
  subscriptions?: Set<string>;
}

/** How often every open connection's session is re-checked, so an expired one is closed. */
const SESSION_SWEEP_MS = 30_000;

/**
 * graphql-ws on the HTTP server's port and path. It runs its own parse/validate/execute, so the
 * same limits and error masking as HTTP are wired in here explicitly.
 */
export function attachWebSocket(opts: {
  httpServer: Server;
  schema: GraphQLSchema;
  deps: AppDeps;
  armorRules: ValidationRule[];
  /** Every subscription field's delivery rule (schema.ts). */
  deliveryRules: Record<string, DeliveryRule>;
  /** The rule HTTP requests use too (`clientAddressOf`): a subscription's context names the client as HTTP would. */
  trustProxy: TrustProxy;
  log: Log;
}) {
  const { deps, schema, log } = opts;
  const rules = wsValidationRules(opts.armorRules);
  const wss = new WebSocketServer({ server: opts.httpServer, path: "/graphql", maxPayload: limits.maxWsPayloadBytes });
  const live = new Map<WebSocket, Extra>();
  const fanout = new Fanout({
    schema,
    deps,
    rules: opts.deliveryRules,
    log,
    maxBufferedBytes: deps.env.WS_MAX_BUFFERED_BYTES ?? limits.maxWsBufferedBytes,
  });

  const endSession = (socket: WebSocket) => socket.close(WsClose.SessionEnded.code, WsClose.SessionEnded.reason);

  const sessionEnded = deps.bus.pubSub.subscribe(Topic.SessionEnded);
  void (async () => {
    for await (const { sessionId } of sessionEnded) {
      for (const [socket, extra] of live) if (extra.viewer?.sessionId === sessionId) endSession(socket);
    }
  })();

  // The resync signal (decision 026): the listening connection came back after events may have been
  // lost, so every subscription of this instance is told, by closing its socket with 1012.
  deps.bus.onRelisten(() => {
    log("event feed listening again: every socket told to resync (1012)", { sockets: live.size }, "warn");
    for (const socket of live.keys()) socket.close(WsClose.Resync.code, WsClose.Resync.reason);
  });

  const sweepOnce = async (only?: (viewer: Viewer) => boolean) => {
    const open = [...live].filter(([, extra]) => extra.viewer && (!only || only(extra.viewer)));
    if (open.length === 0) return;
    let fresh: Map<string, Viewer>;
    try {
      fresh = await deps.sessions.check(
        open.map(([, extra]) => extra.viewer!),
        deps.now(),
      );
    } catch {
      return; // the database is unreachable: try again at the next sweep
    }
    for (const [socket, extra] of open) if (!fresh.has(extra.viewer!.sessionId)) endSession(socket);
  };
  const sweep = setInterval(() => void sweepOnce(), SESSION_SWEEP_MS);
  // A session revoked or a staff row changed anywhere (triggers of migrations 0009 and 0011: logout,
  // a move to another service, a new role, deactivation) closes the sockets standing on it at once,
  // not at the next sweep. `LiveSessions` watches the same events and has dropped what it kept of
  // those rows before this runs, so the re-check reads them afresh.
  deps.bus.watch((message) => {
    if (message.topic !== Topic.AuthChanged) return;
    const { sessionId, staffId } = (message.payload ?? {}) as { sessionId?: unknown; staffId?: unknown };
    void sweepOnce((v) => v.sessionId === sessionId || v.staffId === staffId || (sessionId === undefined && staffId === undefined));
  });
  sweep.unref();

  const refuse = (code: ErrorCode, message: string) => [new GraphQLError(message, { extensions: { code } })];

  const serverCleanup = useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema,
      subscribe: fanout.subscribe,
      async onConnect(ctx) {
        const token = ctx.connectionParams?.authToken;
        if (typeof token !== "string" || token.length === 0 || token.length > 200) return false;
        const viewer = await findViewerByToken({ db: deps.db, token, policy: deps.sessionPolicy, now: deps.now() });
        if (!viewer) return false;
        ctx.extra.viewer = viewer;
        ctx.extra.subscriptions = new Set();
        live.set(ctx.extra.socket, ctx.extra);
        return true;
      },
      onClose(ctx) {
        live.delete(ctx.extra.socket);
      },
      async onSubscribe(ctx, id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> {
        // A client that keeps starting operations but never reads their results is closed (1013)
        // like a slow subscriber; the error sent in reply is dropped, as the socket is closing.
        if (!fanout.writable(ctx.extra.socket, ctx.extra.viewer)) {
          return refuse(ErrorCode.CONNECTION_CLOSING, "The connection is closing; reconnect.");
        }
        const subs = ctx.extra.subscriptions!;
        if (subs.size >= limits.maxSubscriptionsPerConnection) {
          return refuse(ErrorCode.TOO_MANY_SUBSCRIPTIONS, `At most ${limits.maxSubscriptionsPerConnection} subscriptions per connection.`);
        }
        if (payload.query.length > limits.maxDocumentLength) return refuse(ErrorCode.QUERY_TOO_COMPLEX, "The document is too long.");
        let document;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (error) {
          // A syntax error keeps its message and location; anything else the parser threw (a literal
          // nested past the call stack) is named without its internals, as over HTTP.
          return [
            error instanceof GraphQLError
              ? new GraphQLError(error.message, {
                  nodes: error.nodes,
                  source: error.source,
                  positions: error.positions,
                  extensions: { code: ErrorCode.GRAPHQL_PARSE_FAILED },
                })
              : refuse(ErrorCode.GRAPHQL_PARSE_FAILED, DOCUMENT_UNREADABLE)[0]!,
          ];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors;
        // The same input guard as HTTP (decision 025): unstorable text refused by field, this operation only.
        const unsafe = unsafeTextIn(document, payload.variables);
        if (unsafe !== null) return [unsafeTextError(unsafe)];
        // The socket's viewer was read when it connected (and is swept every 30 s); an HTTP request
        // reads the session every time. Queries and mutations go there, so a role taken away or a
        // session revoked applies to them at once (the dashboard sends only subscriptions here).
        if (getOperationAST(document, payload.operationName)?.operation !== "subscription") {
          return refuse(
            ErrorCode.SUBSCRIPTIONS_ONLY,
            "Only subscriptions are served over the WebSocket; send queries and mutations to POST /graphql.",
          );
        }
        subs.add(id);
        const context: Context = {
          ...deps,
          viewer: ctx.extra.viewer ?? null,
          correlationId: randomUUID(),
          clientAddress: clientAddressOf(ctx.extra.request, opts.trustProxy),
          transport: "ws",
        };
        fanout.remember(context, { socket: ctx.extra.socket, id, query: payload.query });
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: context,
        };
      },
      onComplete(ctx, id) {
        ctx.extra.subscriptions?.delete(id);
      },
      onError(_ctx, _id, _payload, errors) {
        return errors.map((e) => maskError(e.toJSON(), e, log));
      },
      // Only results graphql-ws writes itself reach here — queries and mutations sent over the
      // socket, and a subscription refused at its start; subscription events are written by the
      // fan-out. The same guard runs before graphql-ws sends: on a socket it closes, send is a no-op.
      onNext(ctx, _id, _payload, _args, result) {
        fanout.writable(ctx.extra.socket, ctx.extra.viewer);
        if (!result.errors) return;
        return { ...result, errors: result.errors.map((e) => maskError(e.toJSON(), e, log)) };
      },
    },
    wss,
  );

  return {
    wss,
    fanout,
    async close() {
      clearInterval(sweep);
      await fanout.close();
      await sessionEnded.return?.();
      for (const socket of live.keys()) socket.close(WsClose.ShuttingDown.code, WsClose.ShuttingDown.reason);
      await serverCleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
