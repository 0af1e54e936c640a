import { and, eq, lt } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { idempotencyKeys } from "./idempotency.table.js";
import { IDEMPOTENCY_KEY_RETENTION_MS } from "./idempotency.rules.js";

export interface KeptAnswer {
  requestHash: string;
  status: number;
  body: string;
}

/**
 * Claim `key` for this request inside the mutation's transaction `tx`: answers null when the key is
 * new (the row is written, and its primary key holds a concurrent request with the same key until
 * `tx` ends), or the answer kept for it (a committed earlier request). Call `keepAnswer` in the same
 * transaction before it commits.
 */
export async function claimKey(opts: {
  tx: Queryable;
  scope: string;
  key: string;
  requestHash: string;
  now: Date;
}): Promise<KeptAnswer | null> {
  const claimed = await opts.tx
    .insert(idempotencyKeys)
    .values({ scope: opts.scope, key: opts.key, requestHash: opts.requestHash, status: 0, body: "", createdAt: opts.now })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (claimed.length > 0) return null;
  const [kept] = await opts.tx
    .select({ requestHash: idempotencyKeys.requestHash, status: idempotencyKeys.status, body: idempotencyKeys.body })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, opts.scope), eq(idempotencyKeys.key, opts.key)));
  // Pruned between the two statements: a day old, so this is no retry of a recent request.
  if (!kept) throw new Error("idempotency key vanished while claimed");
  return kept;
}

export async function keepAnswer(opts: { tx: Queryable; scope: string; key: string; status: number; body: string }) {
  await opts.tx
    .update(idempotencyKeys)
    .set({ status: opts.status, body: opts.body })
    .where(and(eq(idempotencyKeys.scope, opts.scope), eq(idempotencyKeys.key, opts.key)));
}

/** Forget keys older than the retention (maintenance job, hourly). */
export async function pruneIdempotencyKeys(opts: { db: Queryable; now: Date }) {
  await opts.db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(opts.now.getTime() - IDEMPOTENCY_KEY_RETENTION_MS)));
}
