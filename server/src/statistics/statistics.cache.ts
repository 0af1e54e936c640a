import { sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { executeRows } from "../db/rows.js";
import { selectVersionedAggregates, statsVersionSql, type AggregateOptions, type AggregateRow } from "./statistics.query.js";

/*
 * A service's computed statistics, kept while nothing they depend on has changed (decision 057).
 *
 * The figures are a function of the service's rows and of the clock. Every change to a row they
 * read gives the service a new version at COMMIT (migration 0032), and `selectVersionedAggregates`
 * reports the version its statements saw and the next instant at which the clock alone could change
 * a figure (a response deadline passing). So an entry is exact for as long as the version is the same
 * and the clock has not reached that instant: a request then costs one primary-key read instead of
 * the statements. Nothing is approximate and nothing is shared between services or callers of
 * different disclosure: the key holds the service, both periods and the protection.
 *
 * One cache per database handle (a transaction handle never finds an entry again), in this process's
 * memory only: another instance keeps its own, and the version in the database keeps them all right.
 */

interface Entry {
  version: number;
  /** The `asOf` the figures were computed for, and the first instant they may no longer hold (epoch ms). */
  asOf: number;
  validUntil: number;
  rows: AggregateRow[];
}

/** Entries per database handle: a few periods for each of a deployment's services. */
export const STATS_CACHE_ENTRIES = 256;

const caches = new WeakMap<object, Map<string, Entry>>();

function cacheOf(q: Queryable): Map<string, Entry> {
  let cache = caches.get(q);
  if (!cache) caches.set(q, (cache = new Map()));
  return cache;
}

const keyOf = (o: AggregateOptions) => {
  const p = o.protection;
  return [
    o.serviceId,
    o.current.start.getTime(),
    o.current.end.getTime(),
    o.previous.start.getTime(),
    o.previous.end.getTime(),
    p?.protect ? `protect:${p.k}:${p.timeZone}` : "exact",
  ].join("|");
};

async function currentVersion(q: Queryable, serviceId: string): Promise<number> {
  const [row] = await executeRows<{ v: number | string }>(q, sql`select ${statsVersionSql(serviceId)} as v`);
  return Number(row!.v);
}

/** `selectAggregates`' rows, from the cache when its entry still holds (decision 057). */
export async function cachedAggregates(q: Queryable, opts: AggregateOptions): Promise<AggregateRow[]> {
  const cache = cacheOf(q);
  const key = keyOf(opts);
  const asOf = opts.asOf.getTime();
  const entry = cache.get(key);
  if (entry && asOf >= entry.asOf && asOf < entry.validUntil && (await currentVersion(q, opts.serviceId)) === entry.version) {
    // Most recently used last: the first key is the one to drop.
    cache.delete(key);
    cache.set(key, entry);
    return entry.rows;
  }
  const computed = await selectVersionedAggregates(q, opts);
  cache.delete(key);
  if (computed.version !== null) {
    cache.set(key, { version: computed.version, asOf, validUntil: computed.validUntil, rows: computed.rows });
    if (cache.size > STATS_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  }
  return computed.rows;
}
