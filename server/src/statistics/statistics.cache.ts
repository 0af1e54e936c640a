import { sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { executeRows } from "../db/rows.js";
import { versionOf } from "./statistics.sources.js";
import {
  aggregateShapeKey,
  rowsOfParts,
  selectVersionedAggregates,
  type AggregateOptions,
  type AggregateRow,
  type ComputedPart,
} from "./statistics.query.js";

/*
 * A service's computed statistics, kept while nothing they depend on has changed (decisions 057, 059).
 *
 * The figures are a function of the service's rows and of the clock. They come from a few statements
 * (`statisticsParts`), each reading some tables. Every change to a row of one of those tables gives
 * the service a new version at COMMIT, recorded against each table changed (migrations 0032, 0034;
 * the rollups and referrals by month, 0035, 0037: statistics.sources.ts), and each statement reports
 * the versions of its own sources as its snapshot saw them; the last
 * statement also gives the next instant at which the clock alone could change a figure (a response
 * deadline passing). So a statement's rows are exact for as long as its tables' versions are the same
 * and the clock has not reached that instant: a request reads the service's versions (one index
 * read) and runs only the statements whose tables changed — none when nothing did. Nothing is
 * approximate and nothing is shared between services or callers of different disclosure: the key
 * holds the service, both periods and the protection.
 *
 * One cache per database handle (a transaction handle never finds an entry again), in this process's
 * memory only: another instance keeps its own, and the versions in the database keep them all right.
 */

interface Entry {
  /** The latest `asOf` a part was computed for, and the first instant the figures may no longer hold (epoch ms). */
  asOf: number;
  validUntil: number;
  parts: ComputedPart[];
}

/** Entries per database handle: a few periods for each of a deployment's services. */
export const STATS_CACHE_ENTRIES = 256;

const caches = new WeakMap<object, Map<string, Entry>>();

function cacheOf(q: Queryable): Map<string, Entry> {
  let cache = caches.get(q);
  if (!cache) caches.set(q, (cache = new Map()));
  return cache;
}

/** A service's statistics versions: of every source (statistics.sources.ts) that has had a change of it; a source never changed is 0. */
export type StatisticsVersions = Map<string, number>;

/**
 * The service's versions now (one index read). A caller may start this before it knows the periods
 * (beside reading the service's settings) and hand the promise to `cachedAggregates`: the answer is then
 * the figures as they stood at that read, within the request, as with the read made later.
 */
export async function currentVersions(q: Queryable, serviceId: string): Promise<StatisticsVersions> {
  const rows = await executeRows<{ source: string; version: number | string }>(
    q,
    sql`select source, version from stats_source_versions where service_id = ${serviceId}`,
  );
  return new Map(rows.map((r) => [r.source, Number(r.version)]));
}

const holds = (part: ComputedPart, now: StatisticsVersions) =>
  Object.entries(part.versions).every(([source, version]) => versionOf(now, source) === version);

/**
 * `selectAggregates`' rows, each statement's from the cache while its entry still holds (decisions 057, 059).
 * `versions`: the service's versions, already being read (`currentVersions`); read here when absent.
 */
export async function cachedAggregates(
  q: Queryable,
  opts: AggregateOptions,
  versions?: Promise<StatisticsVersions>,
): Promise<AggregateRow[]> {
  const cache = cacheOf(q);
  const key = aggregateShapeKey(opts);
  const asOf = opts.asOf.getTime();
  const entry = cache.get(key);
  let stale: number[] | undefined;
  if (entry && asOf >= entry.asOf && asOf < entry.validUntil) {
    const now = await (versions ?? currentVersions(q, opts.serviceId));
    stale = entry.parts.flatMap((part, i) => (holds(part, now) ? [] : [i]));
  }
  // Most recently used last: the first key is the one to drop.
  cache.delete(key);
  if (entry && stale?.length === 0) {
    cache.set(key, entry);
    return rowsOfParts(entry.parts);
  }
  const computed = await selectVersionedAggregates(q, opts, stale);
  // Every part was computed unless the entry held (stale lists what was not kept).
  const parts = computed.parts.map((part, i) => part ?? entry!.parts[i]!);
  // The horizon is recomputed whenever a table it reads changed or the clock left the entry's range;
  // an executor that answers nothing (the bench capturing statements) gives none, and nothing is kept.
  const validUntil = computed.validUntil ?? entry?.validUntil ?? asOf;
  cache.set(key, { asOf, validUntil, parts });
  if (cache.size > STATS_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  return rowsOfParts(parts);
}
