import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger } from "pino";

/**
 * Where the code reports something for operators: a message that names what happened (never
 * personal data: code-made text and ids only), and optionally an error or a small object of figures.
 * Errors go through `safeError`, so what a database or parser quoted from its input stays out.
 */
export type Log = (msg: string, detail?: unknown, level?: "error" | "warn" | "info" | "debug") => void;

/** The request being served (HTTP request or WebSocket operation), for every log line written meanwhile. */
const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** Run `fn` as request `requestId`: every log line written while it runs carries the id. */
export const withRequestId = <T>(requestId: string, fn: () => T): T => requestScope.run({ requestId }, fn);

/** The id of the request being served, if any. */
export const currentRequestId = (): string | undefined => requestScope.getStore()?.requestId;

/** A request id a client may send (`x-request-id` from a proxy): letters, digits, - _ . : only; otherwise a new one. */
export const requestIdFrom = (header: unknown): string =>
  typeof header === "string" && /^[A-Za-z0-9_.:-]{8,100}$/.test(header) ? header : randomUUID();

/** SQLSTATE and the like: short codes, safe to log. */
const CODE = /^[A-Z0-9_]{2,40}$/;
/** Anything quoted in a message ('…' "…" «…»), which is where PostgreSQL, JSON.parse and zod put input they quote. */
const QUOTED = /'[^']*'|"[^"]*"|«[^»]*»|`[^`]*`/g;

/**
 * An error as it may be logged: its type, codes, the names of the database objects involved, its
 * stack frames, and its message with anything quoted cut out and drizzle's parameter list dropped.
 * A PostgreSQL error's `detail` ("Key (email)=(…)") and `where` are never logged; nor is its message,
 * which may quote a value ("invalid input syntax for type uuid: …").
 */
export function safeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const e = error as Error & Record<string, unknown>;
  const out: Record<string, unknown> = { type: e.name || e.constructor?.name };
  const fromDatabase = typeof e.severity === "string" || typeof e.routine === "string";
  if (typeof e.code === "string" && CODE.test(e.code)) out.code = e.code;
  for (const k of ["severity", "routine", "table", "column", "constraint", "schema"] as const) {
    if (typeof e[k] === "string" && /^[\w.$-]{1,100}$/.test(e[k])) out[k] = e[k];
  }
  if (!fromDatabase) {
    // drizzle: "Failed query: <statement>\nparams: <values>" — the statement is ours, the values are not.
    const message = (e.message.split(/\nparams:/, 1)[0] ?? "").replace(QUOTED, "…");
    out.message = message.length > 500 ? `${message.slice(0, 500)}…` : message;
  }
  const frames = (e.stack ?? "").split("\n").filter((l) => l.startsWith("    at "));
  if (frames.length) out.stack = frames.slice(0, 12).map((l) => l.trim().replace(QUOTED, "…"));
  if (e.cause !== undefined && depth < 3) out.cause = safeError(e.cause, depth + 1);
  return out;
}

/** A small object of figures (counts, ids, durations) as it may be logged: numbers, booleans and code-like strings only. */
function safeDetail(detail: unknown): unknown {
  if (detail instanceof Error) return undefined;
  if (typeof detail !== "object" || detail === null) return typeof detail === "number" || typeof detail === "boolean" ? detail : undefined;
  return Object.fromEntries(
    Object.entries(detail).filter(
      ([, v]) => typeof v === "number" || typeof v === "boolean" || (typeof v === "string" && /^[\w.:-]{0,100}$/.test(v)),
    ),
  );
}

/**
 * The process's logger: one JSON object a line on stdout (pino), with the time, the level, the
 * request id of the request being served, and what was logged. `LOG_LEVEL` picks the least severe
 * level written (`silent`: nothing).
 */
export function createLogger(opts: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: opts.level,
      base: { service: "sendiass-api" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      serializers: { err: (e: unknown) => safeError(e) },
    },
    opts.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** The `Log` function over a pino logger. */
export function logTo(logger: Logger): Log {
  return (msg, detail, level = "error") => {
    if (detail instanceof Error) logger[level]({ err: detail }, msg);
    else if (detail === undefined) logger[level](msg);
    else logger[level]({ detail: safeDetail(detail) }, msg);
  };
}
