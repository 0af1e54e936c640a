import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Mutations sent with an `Idempotency-Key` header (decision 027): the key, claimed in the same
 * transaction as the mutation's writes, with the answer it got, replayed when the same request comes
 * again. `scope` is the signed-in staff member's id, or "public"; `request_hash` a SHA-256 of the
 * request (document, operation name, variables). Pruned after a day by the maintenance job.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    /** The HTTP status and the JSON body the request was answered with. */
    status: integer("status").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index("idempotency_keys_created_idx").on(t.createdAt)],
);
