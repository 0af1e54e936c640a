import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { operationText, type Operation, type VariablesArg } from "./operation.js";

export interface LiveSubscription<T = any> {
  /** Results received so far (data or errors). */
  results: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }[];
  /** Resolves with the next result, or rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<{ data?: T; errors?: any[] }>;
  /** Resolves true when nothing arrives within `ms`. */
  staysQuiet(ms?: number): Promise<boolean>;
  close(): Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
}

/** A graphql-ws client on a real socket, subscribed to one checked operation (`graphql(\`…\`)`). */
export function subscribe<TResult, TVariables>(
  wsUrl: string,
  token: string | undefined,
  document: Operation<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<LiveSubscription<TResult>> {
  return open<TResult>(wsUrl, token, operationText(document), variables as Record<string, unknown> | undefined);
}

/**
 * The same over any text, or a checked operation with any variables, untyped: only for documents
 * or variables that are wrong on purpose (hostile input, limits).
 */
export function subscribeUnchecked(
  wsUrl: string,
  token: string | undefined,
  query: string | Operation<any, any>,
  variables?: Record<string, unknown>,
): Promise<LiveSubscription<any>> {
  return open<any>(wsUrl, token, query.toString(), variables);
}

async function open<T>(
  wsUrl: string,
  token: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
): Promise<LiveSubscription<T>> {
  let resolveClosed!: (v: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((r) => (resolveClosed = r));
  let connected!: () => void;
  let failed!: (e: unknown) => void;
  const ready = new Promise<void>((res, rej) => {
    connected = res;
    failed = rej;
  });
  const client: Client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authToken: token } : {},
    retryAttempts: 0,
    lazy: false,
    // The test reads closes through `closed`; the default handler would print the CloseEvent.
    onNonLazyError: () => {},
    on: {
      connected: () => connected(),
      closed: (event: any) => {
        resolveClosed({ code: event?.code ?? 0, reason: event?.reason ?? "" });
        failed(new Error(`closed ${event?.code}`));
      },
    },
  });
  const results: LiveSubscription<T>["results"] = [];
  const waiters: ((r: any) => void)[] = [];
  const push = (r: any) => {
    const w = waiters.shift();
    if (w) w(r);
    else results.push(r);
  };
  client.subscribe<T>(
    { query, variables },
    // GraphQL errors arrive as an array; anything else is the connection closing (a CloseEvent).
    { next: push, error: (e: any) => push(Array.isArray(e) ? { errors: e } : { errors: [e], connectionClosed: true }), complete: () => {} },
  );
  await ready.catch(() => {});
  // Give the server a moment to register the subscription before the caller triggers events.
  await new Promise((r) => setTimeout(r, 100));
  return {
    results,
    next(timeoutMs = 3000) {
      const queued = results.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((r) => {
          clearTimeout(timer);
          resolve(r);
        });
      });
    },
    async staysQuiet(ms = 700) {
      await new Promise((r) => setTimeout(r, ms));
      // A connection the server closed delivered nothing more: that is quiet too.
      return results.every((r) => (r as { connectionClosed?: boolean }).connectionClosed === true);
    },
    async close() {
      await client.dispose();
    },
    closed,
  };
}
