import type { Db } from "../db/client.js";
import type { Env, SessionPolicy } from "../config/env.js";
import type { Viewer } from "../core/viewer.js";
import type { EventBus } from "../pubsub/event-bus.js";
import type { AuditEntry } from "../audit/audit.service.js";

/** What every request may use, shared by the whole process (the transports add their own, `transport/deps.ts`). */
export interface RequestDeps {
  db: Db;
  bus: EventBus;
  env: Env;
  sessionPolicy: SessionPolicy;
  /** The clock; tests substitute a fake one. */
  now: () => Date;
  /** Per-event session re-checks of every subscriber, batched. */
  sessionChecks: { load(viewer: Viewer): Promise<Viewer | undefined> };
  /** Audit events written by subscription deliveries, batched into one INSERT per turn. */
  auditLater: (entry: AuditEntry) => void;
  /** Where people reach the service, for links in letters and emails: PUBLIC_URL, else this server's own address once it listens. */
  publicUrl: () => string;
}

/** The GraphQL context: resolvers unpack it and hand services plain values, never the context itself. */
export interface Context extends RequestDeps {
  viewer: Viewer | null;
  correlationId: string;
  /** Client address for rate limiting public endpoints. */
  clientAddress: string;
  transport: "http" | "ws";
}
