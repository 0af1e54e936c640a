import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { RetryLink } from "@apollo/client/link/retry";
import { OperationTypeNode } from "graphql";
import { mergeMap, timer } from "rxjs";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { isSubscriptionOperation } from "@apollo/client/utilities";
import { createClient } from "graphql-ws";
import { setConnectionState } from "../lib/connection";
import { IDEMPOTENCY_HEADER, newIdempotencyKey, RETRY_ATTEMPTS, retryDelayMs } from "../lib/idempotency";

/** Close codes the API uses: the session ended server-side, or the socket never authenticated. */
const CLOSE_SESSION_ENDED = 4401;
const CLOSE_UNAUTHENTICATED = 4403;
/**
 * The API's resync signal (decision 026): its event feed was lost and is back, so events may have been
 * missed. Like every close but the two above it is retried, and `connected` refetches what is shown.
 */
const CLOSE_RESYNC = 1012;

export type ApolloSession = {
  client: ApolloClient;
  /** Stops treating a closed socket or UNAUTHENTICATED as expiry (we are signing out on purpose). */
  silence: () => void;
  /** Closes the live socket; call when the session ends so no retry loop outlives it. */
  dispose: () => void;
};

function graphqlUrl(): { http: string; ws: string } {
  const { protocol, host } = window.location;
  return {
    http: "/graphql",
    ws: `${protocol === "https:" ? "wss:" : "ws:"}//${host}/graphql`,
  };
}

/** Whether the API answered with this `extensions.code`: UNAUTHENTICATED (the session is over), or
 * DATABASE_UNAVAILABLE (it could not reach its database just now, a restart: worth asking again). */
function answeredWith(error: unknown, code: "UNAUTHENTICATED" | "DATABASE_UNAVAILABLE"): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

/**
 * Whether the answer was lost on the way (no answer, a proxy's 502/503/504, a page that is not JSON)
 * rather than given: the API's own refusals are GraphQL errors and are never retried this way.
 */
function answerLost(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return false;
  if (ServerError.is(error)) return error.statusCode >= 500;
  return true;
}

function closeCode(event: unknown): number | undefined {
  return typeof event === "object" && event !== null && "code" in event ? Number((event as { code: unknown }).code) : undefined;
}

/** Capped exponential backoff with jitter: 0.5 s, 1 s, 2 s … never more than 15 s apart. */
async function backoff(retries: number): Promise<void> {
  const ms = Math.min(500 * 2 ** retries, 15_000) + Math.floor(Math.random() * 500);
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * One Apollo client per signed-in session, with the live socket (public pages use `publicClient`).
 * `onExpired` runs once when the server says the session is over — over HTTP
 * (UNAUTHENTICATED) or over the socket (close 4401/4403).
 */
export function createApolloSession(options: { token: string; onExpired: () => void }): ApolloSession {
  const { token, onExpired } = options;
  const urls = graphqlUrl();
  let expired = false;
  const expire = () => {
    if (expired) return;
    expired = true;
    onExpired();
  };

  const http = new HttpLink({
    uri: urls.http,
    headers: { authorization: `Bearer ${token}` },
  });

  const errors = new ErrorLink(({ error }) => {
    if (answeredWith(error, "UNAUTHENTICATED")) expire();
  });

  // Assigned below; the socket's `connected` handler reads it only after the first connection.
  let client!: ApolloClient;
  let everConnected = false;
  const ws = createClient({
    url: urls.ws,
    connectionParams: { authToken: token },
    // Connect straight away so the header shows live state even on screens without subscriptions.
    lazy: false,
    retryAttempts: Infinity,
    retryWait: backoff,
    keepAlive: 10_000,
    // Every other close is retried, including 1013 "Try Again Later": the API sheds a socket
    // that stopped reading (a laptop asleep), and 1012, the resync signal (CLOSE_RESYNC);
    // `connected` below then refetches what it missed.
    shouldRetry: (event) => {
      const code = closeCode(event);
      return code === CLOSE_RESYNC || (code !== CLOSE_UNAUTHENTICATED && code !== CLOSE_SESSION_ENDED);
    },
    on: {
      connecting: (isRetry) => setConnectionState(isRetry || everConnected ? "reconnecting" : "connecting"),
      connected: (_socket, _payload, wasRetry) => {
        setConnectionState("live");
        // Anything that happened while the socket was down, or while the API's event feed was
        // (CLOSE_RESYNC), was never pushed: ask again for every query a screen shows.
        if (wasRetry || everConnected) void client.refetchObservableQueries();
        everConnected = true;
      },
      closed: (event) => {
        const code = closeCode(event);
        if (code === CLOSE_SESSION_ENDED || code === CLOSE_UNAUTHENTICATED) {
          expire();
          return;
        }
        if (!expired) setConnectionState("reconnecting");
      },
    },
  });
  // Every mutation attempt carries a key of its own (decision 027). The RetryLink below it sends the
  // same operation again when an answer is lost, so each retry carries the same key and the API runs
  // the mutation once; queries are retried the same way, without a key.
  const idempotency = new ApolloLink((operation, forward) => {
    if (operation.operationType === OperationTypeNode.MUTATION) {
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, [IDEMPOTENCY_HEADER]: newIdempotencyKey() },
      }));
    }
    return forward(operation);
  });
  const retry = new RetryLink({
    attempts: (attempt, _operation, error) => attempt < RETRY_ATTEMPTS && answerLost(error),
    delay: (attempt) => retryDelayMs(attempt),
  });
  // DATABASE_UNAVAILABLE is an answer, not a lost one, so RetryLink does not see it: the API kept
  // nothing of it (not even the answer for the key), so the same operation — a mutation with the same
  // key, below the link that set it — is sent again after the same waits, then the error is shown.
  const unavailable = new ErrorLink(({ error, operation, forward }) => {
    if (!answeredWith(error, "DATABASE_UNAVAILABLE")) return;
    const attempt = ((operation.getContext() as { unavailableAttempt?: number }).unavailableAttempt ?? 0) + 1;
    if (attempt >= RETRY_ATTEMPTS) return;
    operation.setContext({ unavailableAttempt: attempt });
    return timer(retryDelayMs(attempt)).pipe(mergeMap(() => forward(operation)));
  });
  const link = ApolloLink.split(
    ({ query }) => isSubscriptionOperation(query),
    new GraphQLWsLink(ws),
    ApolloLink.from([errors, idempotency, unavailable, retry, http]),
  );

  client = new ApolloClient({
    link,
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: "cache-and-network" } },
  });

  return {
    client,
    silence: () => {
      expired = true;
    },
    dispose: () => {
      expired = true;
      void ws.dispose();
      client.stop();
    },
  };
}
