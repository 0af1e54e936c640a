/**
 * Collect keys asked for in the same turn of the event loop and load them with one call. A
 * subscription event reaches every subscriber in the same turn, so N subscribers cost one query.
 */
export function createBatcher<K, V>(loadMany: (keys: K[]) => Promise<Map<K, V>>) {
  let pending: { keys: Set<K>; result: Promise<Map<K, V>> } | null = null;
  return {
    load(key: K): Promise<V | undefined> {
      if (!pending) {
        const keys = new Set<K>();
        const batch = {
          keys,
          result: new Promise<Map<K, V>>((resolve, reject) =>
            setImmediate(() => {
              pending = null;
              loadMany([...keys]).then(resolve, reject);
            }),
          ),
        };
        pending = batch;
      }
      pending.keys.add(key);
      return pending.result.then((m) => m.get(key));
    },
  };
}

/**
 * One batcher per database handle, made on first use: `loaderFor(db).load(key)`. Field resolvers
 * (a referral's case id, its key dates) use it so a list asking for the field costs one statement.
 */
export function batcherPerDatabase<Db extends object, K, V>(loadMany: (db: Db, keys: K[]) => Promise<Map<K, V>>) {
  const loaders = new WeakMap<Db, ReturnType<typeof createBatcher<K, V>>>();
  return (db: Db) => {
    let loader = loaders.get(db);
    if (!loader) loaders.set(db, (loader = createBatcher((keys: K[]) => loadMany(db, keys))));
    return loader;
  };
}

/** Queue items in the same turn and hand them over together (e.g. one multi-row INSERT). */
export function createCollector<T>(flush: (items: T[]) => Promise<void>, onError: (e: unknown) => void) {
  let items: T[] | null = null;
  return (item: T) => {
    if (!items) {
      items = [];
      const batch = items;
      setImmediate(() => {
        items = null;
        flush(batch).catch(onError);
      });
    }
    items.push(item);
  };
}
