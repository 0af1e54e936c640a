import { z } from "zod";
import { parseTrustProxy } from "./trust-proxy.js";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Unset → embedded PGlite in DATA_DIR. Set → a real PostgreSQL server. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default(".data/pglite"),
  /**
   * A new DATA_DIR is copied from this pre-migrated PGlite folder (built by `pnpm --filter server build`)
   * instead of running initdb; used only if it matches migrations/ and PGlite. Unset: server/dist/pglite-template. "off": never.
   */
  PGLITE_TEMPLATE: z.string().optional(),
  /**
   * PGlite's shared buffers (a PostgreSQL size: "32MB", "256MB"). PostgreSQL's default of 128MB costs
   * ~0.4 s at every embedded start (PGlite sets up its WebAssembly memory for them); the files stay in
   * the operating system's cache either way. Unset: 32MB (db/client.ts). Raise it for a large embedded database.
   */
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^[1-9][0-9]{0,5}(kB|MB|GB)$/, "a size such as 32MB")
    .optional(),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** The address people reach the service at, for links in letters and emails (decisions 039, 040); default http://HOST:PORT. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Seed the demo service and staff. Defaults to on in embedded mode, off on a real server. */
  SEED_DEMO: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true")),
  /** Folder of the built dashboard to serve beside the API (empty: API only). */
  DASHBOARD_DIST: z.string().default(""),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  /**
   * Deployment administrators (decision 041): sign-in emails, comma-separated, of service
   * administrators who may also create further services from the API. Empty: nobody.
   */
  DEPLOYMENT_ADMIN_EMAILS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** Background jobs: the overdue engine and retention. Tests turn them off and run them by hand with a fake clock. */
  OVERDUE_ENGINE: z.enum(["on", "off"]).default("on"),
  /** Unsent bytes a WebSocket may hold before it is closed as too slow; unset: `limits.maxWsBufferedBytes` (1 MiB). */
  WS_MAX_BUFFERED_BYTES: z.coerce.number().int().min(1024).optional(),
  /**
   * Executions of a query document before graphql-jit compiles it (decision 014); 0 never compiles
   * (graphql-js executes everything). Tests use 1, so every query they send runs compiled.
   */
  GRAPHQL_COMPILE_AFTER: z.coerce.number().int().min(0).max(1000).default(2),
  /**
   * The least severe log line written (JSON, one a line on stdout, server/src/log/logger.ts): "info"
   * writes one line per request; "warn" adds only events such as the resync signal (decision 026) to errors.
   */
  LOG_LEVEL: z.enum(["silent", "error", "warn", "info", "debug"]).default("info"),
  /**
   * Email notifications (decision 040): the SMTP server, as smtp://user:pass@host:587 (STARTTLS when
   * offered) or smtps://…:465. Unset: no email is sent, the app runs as without it and says notifications are off.
   */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The From address of every notification. */
  SMTP_FROM: z.string().min(3).default("SENDIASS <no-reply@localhost>"),
  /** How long one SMTP conversation may take before it is a failure, retried later. */
  SMTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** How often each instance looks for emails to send. */
  NOTIFY_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(2_000),
  /**
   * Behind a reverse proxy: which hops to believe when they name the client in X-Forwarded-For, as
   * Express's `trust proxy` (a hop count, or proxies' addresses / CIDR ranges / loopback, linklocal,
   * uniquelocal, comma-separated). Unset: no proxy is trusted; the socket's address is the client's.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const parsed = parseTrustProxy(raw);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }),
});

export type Env = z.infer<typeof schema> & { SEED_DEMO: boolean };

/** How long a session lives: ended after `idleMinutes` without use, and `absoluteHours` after sign-in whatever happens. */
export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export const sessionPolicyOf = (env: Pick<Env, "SESSION_IDLE_MINUTES" | "SESSION_ABSOLUTE_HOURS">): SessionPolicy => ({
  idleMinutes: env.SESSION_IDLE_MINUTES,
  absoluteHours: env.SESSION_ABSOLUTE_HOURS,
});

/**
 * Where people reach the service, for links in letters, emails and one-time sign-in links (decisions
 * 039, 040): PUBLIC_URL, else this server's own address at `port` (the one it listens on).
 */
export function publicUrlOf(env: Pick<Env, "PUBLIC_URL" | "HOST">, port: number): string {
  return env.PUBLIC_URL ?? `http://${urlHost(env.HOST)}:${port}`;
}

/** A host as it stands in a URL: an IPv6 address in brackets. */
export const urlHost = (host: string) => (host.includes(":") ? `[${host}]` : host);

/** Parse the environment once at start-up; exits with one line per bad variable. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return { ...parsed.data, SEED_DEMO: parsed.data.SEED_DEMO ?? parsed.data.DATABASE_URL === undefined };
}
