import type { Database, Db } from "../db/client.js";
import type { Env } from "../config/env.js";
import type { Viewer } from "../auth/viewer.js";
import type { EventBus } from "../pubsub/event-bus.js";
import type { SessionPolicy } from "../auth/session.service.js";

/** Per-process dependencies shared by every request. */
export interface AppDeps {
  database: Database;
  db: Db;
  bus: EventBus;
  env: Env;
  sessionPolicy: SessionPolicy;
  /** The clock; tests substitute a fake one. */
  now: () => Date;
}

export interface Context extends AppDeps {
  viewer: Viewer | null;
  correlationId: string;
  /** Client address for rate limiting public endpoints. */
  clientAddress: string;
  transport: "http" | "ws";
}
