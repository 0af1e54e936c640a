import { and, eq, inArray } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { documentContents } from "./document.table.js";

/**
 * Where document bytes live (decision 038). Metadata is always the `documents` table; only the bytes
 * go through this interface, addressed by an opaque key the service makes. Calls take the caller's
 * transaction handle: the PostgreSQL store writes and deletes in it, so a refused or failed upload
 * stores nothing. Another store (S3-compatible) would ignore the handle, write before the metadata
 * commits and delete after, with a sweep for orphans (see the decision).
 */
export interface DocumentStore {
  put(q: Queryable, opts: { serviceId: string; key: string; bytes: Buffer }): Promise<void>;
  /** The bytes, or null when the key holds none (erased). */
  get(q: Queryable, opts: { serviceId: string; key: string }): Promise<Buffer | null>;
  delete(q: Queryable, opts: { serviceId: string; keys: string[] }): Promise<void>;
}

/** Bytes in PostgreSQL (bytea), so the embedded mode and every backup carry them. */
export const postgresDocumentStore: DocumentStore = {
  async put(q, { serviceId, key, bytes }) {
    await q.insert(documentContents).values({ storageKey: key, serviceId, bytes });
  },
  async get(q, { serviceId, key }) {
    const [row] = await q
      .select({ bytes: documentContents.bytes })
      .from(documentContents)
      .where(and(eq(documentContents.storageKey, key), eq(documentContents.serviceId, serviceId)));
    return row?.bytes ?? null;
  },
  async delete(q, { serviceId, keys }) {
    if (keys.length === 0) return;
    await q.delete(documentContents).where(and(eq(documentContents.serviceId, serviceId), inArray(documentContents.storageKey, keys)));
  },
};
