import { recordLoader } from '../../lib';

/** A loader whose keys are objects: what `keyedLoader` returns. */
export interface KeyedLoader<K, V> {
  load(key: K): Promise<V>;
}

/**
 * A batched loader for keys that are objects (a statistics key: a unit, a date
 * range, arguments and the organizations the gateway passed through `@requires`),
 * on the library's `recordLoader`, so that it dispatches in the request's waves like
 * every other loader. Keys with the same `cacheKey` are loaded once: `cacheKey`
 * must cover everything the value depends on. `fetch` answers for a whole batch
 * in the order and length of its keys.
 */
export function keyedLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, cacheKey: (key: K) => string): KeyedLoader<K, V> {
  const keys = new Map<string, K>();
  const loader = recordLoader(
    async (ids) => {
      const values = await fetch(ids.map((id) => keys.get(id)!));
      return ids.map((id, i) => ({ id, value: values[i] }));
    },
    (entry) => entry.id,
  );
  return {
    async load(key) {
      const id = cacheKey(key);
      keys.set(id, key);
      return (await loader.load(id))!.value;
    },
  };
}
