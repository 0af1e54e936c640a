import type { Database } from "../db/client.js";
import type { LiveSessions } from "../auth/live-sessions.js";
import type { RequestDeps } from "../graphql/context.js";

/** Per-process dependencies: what requests use, and what the transports keep for delivering subscriptions. */
export interface AppDeps extends RequestDeps {
  database: Database;
  /** Subscribers' sessions and staff rows, kept in step with the database (decision 015). */
  sessions: LiveSessions;
}
