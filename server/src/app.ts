import "reflect-metadata";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import express from "express";
import type { GraphQLSchema } from "graphql";
import { ApolloServer } from "@apollo/server";
import { jitGateway } from "./transport/jit.js";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { publicUrlOf, sessionPolicyOf, urlHost, type Env } from "./config/env.js";
import { clientAddressOf, compileTrustProxy } from "./config/trust-proxy.js";
import { databaseOptionsOf, migrate, openDatabase, type Database } from "./db/client.js";
import { EventBus } from "./pubsub/event-bus.js";
import { checkReadiness, expectedMigrations } from "./db/readiness.js";
import { LiveSessions } from "./auth/live-sessions.js";
import { buildAppSchema, deliveryRules } from "./schema.js";
import { createArmor, limits } from "./transport/armor.js";
import { inputGuardPlugin } from "./transport/input-guard.js";
import type { FanoutStats } from "./transport/fanout.js";
import { attachWebSocket } from "./transport/ws.js";
import { documentRoutes } from "./transport/documents-http.js";
import { graphqlPostHandler } from "./transport/http-handler.js";
import { idempotentRequests } from "./transport/idempotency.js";
import { maskError, type Log } from "./graphql/format-error.js";
import { createLogger, currentRequestId, logTo, requestIdFrom, withRequestId, type Logger } from "./log/logger.js";
import type { Context } from "./graphql/context.js";
import type { AppDeps } from "./transport/deps.js";
import { findViewerByToken } from "./auth/session.service.js";
import type { Viewer } from "./core/viewer.js";
import { createBatcher, createCollector } from "./graphql/batch.js";
import { recordAudit, type AuditEntry } from "./audit/audit.service.js";
import { seedDemo } from "./seed/demo.js";
import { OverdueEngine } from "./overdue/overdue.engine.js";
import { startMaintenance } from "./maintenance/maintenance.job.js";
import { createMailer } from "./notifications/mailer.js";
import { NotificationWorker } from "./notifications/notification.job.js";

export interface StartOptions {
  env: Env;
  /** A database opened by the caller (tests share one); otherwise opened from `env`. */
  database?: Database;
  /** Whether `close()` closes `database` too (default: only one the app opened itself). */
  closeDatabase?: boolean;
  now?: () => Date;
  /** Where log lines go (JSON, pino); otherwise stdout at `env.LOG_LEVEL`. */
  logger?: Logger;
  /** Tests: receive what would be logged as errors instead. */
  log?: Log;
}

export interface RunningApp {
  url: string;
  logger: Logger;
  wsUrl: string;
  port: number;
  deps: AppDeps;
  /** The executable schema, for in-process execution (statement-count tests, benchmarks). */
  schema: GraphQLSchema;
  /** The request pipeline without a socket, for the benchmark's breakdown of a request. */
  apollo: ApolloServer<Context>;
  overdue: OverdueEngine;
  /** The email outbox's worker (decision 040); null when SMTP_URL is unset and notifications are off. */
  notifications: NotificationWorker | null;
  /** The subscription fan-out's counters: open subscriptions, events, executions, frames sent. */
  fanoutStats(): FanoutStats;
  close(): Promise<void>;
}

/** Sent by the dashboard on requests no person asked for (polling, refetch after reconnect). */
export const BACKGROUND_HEADER = "x-sendiass-background";

/** Open the database, migrate, seed (demo mode), and serve HTTP + WebSocket GraphQL on one port. */
export async function startApp(opts: StartOptions): Promise<RunningApp> {
  const { env } = opts;
  const logger = opts.logger ?? createLogger({ level: env.LOG_LEVEL });
  const log = opts.log ?? logTo(logger);
  const ownsDatabase = opts.closeDatabase ?? !opts.database;
  const database = opts.database ?? (await openDatabase(databaseOptionsOf(env)));
  await migrate(database);
  if (env.SEED_DEMO) await seedDemo({ db: database.db });

  const bus = new EventBus(database);
  await bus.start();
  const sessionPolicy = sessionPolicyOf(env);
  const now = opts.now ?? (() => new Date());
  const sessions = new LiveSessions({ db: database.db, bus, policy: sessionPolicy });
  // The port it listens on, known once it does (PORT may be 0: a port of the kernel's choosing).
  let listeningPort = env.PORT;
  const deps: AppDeps = {
    database,
    db: database.db,
    bus,
    env,
    sessionPolicy,
    now,
    sessions,
    sessionChecks: createBatcher(async (viewers: Viewer[]) => {
      const fresh = await sessions.check(viewers, now());
      return new Map(viewers.map((v) => [v, fresh.get(v.sessionId)]));
    }),
    auditLater: createCollector(
      (entries: AuditEntry[]) => recordAudit(database.db, entries),
      (e) => log("audit write failed", e),
    ),
    publicUrl: () => publicUrlOf(env, listeningPort),
  };

  const overdue = new OverdueEngine({ db: database.db, now: deps.now, log });
  let stopMaintenance = () => {};

  const schema = await buildAppSchema(bus.pubSub as never);
  const armor = createArmor();
  const app = express();
  app.disable("x-powered-by");
  // One compiled rule for the client address of HTTP requests and WebSocket upgrades (config/trust-proxy.ts).
  const trustProxy = compileTrustProxy(env.TRUST_PROXY);
  // POST /graphql (every dashboard request) goes straight to Apollo; the rest through Express.
  let graphqlPost: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const httpServer: Server = createServer((req, res) => {
    // Every request gets an id (or keeps a proxy's X-Request-Id), sent back in X-Request-Id and carried
    // by every log line written while it is served; one line when it ends, with no query string (GET
    // /graphql may carry variables) and nothing about who sent it.
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    res.setHeader("x-request-id", requestId);
    const started = performance.now();
    res.once("finish", () =>
      withRequestId(requestId, () =>
        logger.info(
          {
            method: req.method,
            path: (req.url ?? "").split("?", 1).join("").slice(0, 200),
            status: res.statusCode,
            ms: Math.round(performance.now() - started),
          },
          "request",
        ),
      ),
    );
    withRequestId(requestId, () => {
      if (graphqlPost && req.method === "POST" && (req.url === "/graphql" || req.url?.startsWith("/graphql?"))) graphqlPost(req, res);
      else app(req, res);
    });
  });
  // Keep idle connections longer than the proxies and clients in front do (nginx and cloud load
  // balancers: 60 s). With Node's 5 s the server could close a connection just as the other side sent
  // a request on it, which arrives as a reset (a 502 behind a load balancer).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;

  // Queries run compiled by graphql-jit, through Apollo's gateway interface (transport/jit.ts, decision 014).
  const jit = jitGateway(schema, { compileAfter: env.GRAPHQL_COMPILE_AFTER });
  const apollo = new ApolloServer<Context>({
    gateway: jit,
    introspection: env.NODE_ENV !== "production",
    allowBatchedHttpRequests: false,
    // main.ts owns SIGINT/SIGTERM and calls close(); Apollo's own handler raced it and left stop() hanging.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    // The dashboard sends whole documents; a persisted-query hash is refused (400), never looked up.
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    // The token limit is applied by graphql-js's own parser, so a document over it is a syntax error
    // (400 GRAPHQL_PARSE_FAILED) like any other (decision 025).
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      inputGuardPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The default per-field cache-control hook costs more than the fields on list queries; we send no cache hints.
      ApolloServerPluginCacheControlDisabled(),
      ...(env.NODE_ENV === "production" ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    formatError: (formatted, error) => maskError(formatted, error, log),
    // Compact JSON: Apollo pretty-prints by default, which costs more than a queue page's field
    // resolution and sends ~30% more bytes.
    stringifyResult: (value) => JSON.stringify(value),
  });
  await apollo.start();

  const ws = attachWebSocket({ httpServer, schema, deps, armorRules: armor.validationRules, deliveryRules, trustProxy, log });

  app.get("/healthz", (_req, res) => {
    res.json({ ok: true, database: database.kind });
  });
  // Readiness (for a load balancer or orchestrator): the database answers and every migration of this
  // build is applied; 503 otherwise. /healthz says only that the process is up.
  const expected = expectedMigrations();
  app.get("/readyz", (_req, res) => {
    void checkReadiness(database, expected).then((readiness) => {
      res
        .status(readiness.ready ? 200 : 503)
        .set("cache-control", "no-store")
        .json(readiness);
    });
  });
  const viewerOf = async (req: IncomingMessage): Promise<Viewer | null> => {
    const header = req.headers.authorization ?? "";
    const token = header.startsWith("Bearer ") ? header.slice(7).trim() : "";
    return token && token.length <= 200
      ? await findViewerByToken({
          db: database.db,
          token,
          policy: deps.sessionPolicy,
          now: deps.now(),
          // The dashboard's own polling is not someone at the screen: it must not keep an
          // unattended session alive (the idle timeout protects an unattended screen).
          touch: req.headers[BACKGROUND_HEADER] === undefined,
        })
      : null;
  };
  const contextFor = async (req: IncomingMessage): Promise<Context> => {
    const viewer = await viewerOf(req);
    return {
      ...deps,
      viewer,
      correlationId: currentRequestId() ?? randomUUID(),
      clientAddress: clientAddressOf(req, trustProxy),
      transport: "http",
    };
  };
  // Large enough that an oversized field reaches validation and is refused by name, not by a bare 413.
  const maxBodyBytes = 2 * 1024 * 1024;
  graphqlPost = graphqlPostHandler({
    apollo,
    context: contextFor,
    maxBodyBytes,
    log,
    // Mutations sent with an Idempotency-Key run once (decision 027).
    around: idempotentRequests({ db: database.db, now: deps.now }),
  });
  // GET /graphql (Apollo refuses a simple cross-site GET; introspection tools in development).
  app.use("/graphql", express.json({ limit: maxBodyBytes }), expressMiddleware(apollo, { context: ({ req }) => contextFor(req) }));
  // Document uploads and downloads (decision 038): raw bytes beside GraphQL, same session token.
  documentRoutes({ router: app, db: database.db, now: deps.now, viewerOf, correlationId: () => currentRequestId() ?? randomUUID(), log });
  if (env.DASHBOARD_DIST && existsSync(env.DASHBOARD_DIST)) {
    const dist = path.resolve(env.DASHBOARD_DIST);
    app.use(express.static(dist, { index: false, maxAge: "1h" }));
    // The dashboard routes on the client: every other GET gets its page.
    app.get(/^\/(?!graphql).*/, (_req, res) => res.sendFile(path.join(dist, "index.html")));
  }

  await new Promise<void>((resolve) => httpServer.listen(env.PORT, env.HOST, resolve));
  // Background jobs start once the port is open, a little later: PGlite runs one statement at a time,
  // and their first runs (~0.25 s on a warm start) would otherwise hold up the first requests.
  if (env.OVERDUE_ENGINE === "on") {
    overdue.start({ firstTickAfterMs: 1_000 });
    stopMaintenance = startMaintenance({ db: database.db, now: deps.now, log, firstRunAfterMs: 15_000 });
  }
  const { port } = httpServer.address() as AddressInfo;
  const host = urlHost(env.HOST);
  listeningPort = port;
  // Email notifications (decision 040) run whenever SMTP is configured, whatever OVERDUE_ENGINE says.
  const mailer = createMailer({ url: env.SMTP_URL, from: env.SMTP_FROM, timeoutMs: env.SMTP_TIMEOUT_MS });
  const notifications = mailer
    ? new NotificationWorker({
        db: database.db,
        now: deps.now,
        mailer,
        publicUrl: deps.publicUrl(),
        pollMs: env.NOTIFY_POLL_MS,
        log,
      })
    : null;
  notifications?.start();
  logger.info(
    { notifications: notifications ? "on" : "off" },
    notifications ? "email notifications on" : "email notifications off: SMTP_URL is not set",
  );

  return {
    logger,
    url: `http://${host}:${port}/graphql`,
    wsUrl: `ws://${host}:${port}/graphql`,
    port,
    deps,
    schema,
    apollo,
    overdue,
    notifications,
    fanoutStats: () => ws.fanout.stats(),
    async close() {
      await overdue.stop();
      await notifications?.stop();
      mailer?.close();
      stopMaintenance();
      await ws.close();
      await apollo.stop();
      await bus.stop();
      if (ownsDatabase) await database.close();
    },
  };
}
