import type { Database, Db } from "../db/client.js";
import type { Env } from "../config/env.js";
import type { Viewer } from "../auth/viewer.js";
import type { EventBus } from "../pubsub/event-bus.js";
import type { SessionPolicy } from "../auth/session.service.js";
import type { LiveSessions } from "../auth/live-sessions.js";
import type { AuditEntry } from "../audit/audit.service.js";

/** Per-process dependencies shared by every request. */
export interface AppDeps {
  database: Database;
  db: Db;
  bus: EventBus;
  env: Env;
  sessionPolicy: SessionPolicy;
  /** The clock; tests substitute a fake one. */
  now: () => Date;
  /** Subscribers' sessions and staff rows, kept in step with the database (decision 015). */
  sessions: LiveSessions;
  /** Per-event session re-checks of every subscriber, batched (through `sessions`). */
  sessionChecks: { load(viewer: Viewer): Promise<Viewer | undefined> };
  /** Audit events written by subscription deliveries, batched into one INSERT per turn. */
  auditLater: (entry: AuditEntry) => void;
}

export interface Context extends AppDeps {
  viewer: Viewer | null;
  correlationId: string;
  /** Client address for rate limiting public endpoints. */
  clientAddress: string;
  transport: "http" | "ws";
}
