import { and, eq, lt } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { idempotencyKeys } from "./idempotency.table.js";
import { IDEMPOTENCY_KEY_RETENTION_MS } from "./idempotency.rules.js";

export interface KeptAnswer {
  requestHash: string;
  /** 0 while the answer is not kept yet: the request is running, or its answer was lost after its writes committed. */
  status: number;
  body: string;
}

const byKey = (scope: string, key: string) => and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key));

/** What is kept for `key`, if anything. */
export async function findKey(opts: { db: Queryable; scope: string; key: string }): Promise<KeptAnswer | undefined> {
  const [kept] = await opts.db
    .select({ requestHash: idempotencyKeys.requestHash, status: idempotencyKeys.status, body: idempotencyKeys.body })
    .from(idempotencyKeys)
    .where(byKey(opts.scope, opts.key));
  return kept;
}

/**
 * Claim `key` inside the mutation's own transaction `tx`, so the key commits with its writes or not at
 * all: true when claimed; false when another request with the key committed first (the caller then
 * rolls back). A concurrent claim waits on the row until that transaction ends.
 */
export async function claimKey(opts: { tx: Queryable; scope: string; key: string; requestHash: string; now: Date }): Promise<boolean> {
  const claimed = await opts.tx
    .insert(idempotencyKeys)
    .values({ scope: opts.scope, key: opts.key, requestHash: opts.requestHash, status: 0, body: "", createdAt: opts.now })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return claimed.length > 0;
}

/** Keep the answer of a claimed key; for a mutation that wrote without a transaction, the key is claimed here. */
export async function keepAnswer(opts: {
  db: Queryable;
  scope: string;
  key: string;
  requestHash: string;
  status: number;
  body: string;
  now: Date;
}) {
  await opts.db
    .insert(idempotencyKeys)
    .values({ scope: opts.scope, key: opts.key, requestHash: opts.requestHash, status: opts.status, body: opts.body, createdAt: opts.now })
    .onConflictDoUpdate({ target: [idempotencyKeys.scope, idempotencyKeys.key], set: { status: opts.status, body: opts.body } });
}

/** Forget keys older than the retention (maintenance job, hourly). */
export async function pruneIdempotencyKeys(opts: { db: Queryable; now: Date }) {
  await opts.db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(opts.now.getTime() - IDEMPOTENCY_KEY_RETENTION_MS)));
}
