import DataLoader from 'dataloader';

/**
 * DataLoader factories for the two shapes every subgraph needs. Loaders are
 * created per request (in the context function) and never shared between
 * requests or viewers, so what one viewer may see never leaks into another's answer.
 */

/**
 * One record per key, fetched for a whole batch of keys in one statement. Answers
 * in the order and length of the keys, `null` for a key with no record: an unknown
 * `_entities` representation resolves to null, never to a made-up record.
 */
export function recordLoader<T>(
  fetch: (keys: readonly string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * The records belonging to each parent key (a list field batched by parent id),
 * fetched for the whole batch in one statement. `keysOf` may give several parents
 * for one row (e.g. a case lies in its commune, district and province).
 */
export function listLoader<T>(
  fetch: (keys: readonly string[]) => Promise<T[]>,
  keysOf: (row: T) => string | string[],
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) {
      const rowKeys = keysOf(row);
      for (const key of Array.isArray(rowKeys) ? rowKeys : [rowKeys]) byKey.get(key)?.push(row);
    }
    return keys.map((key) => byKey.get(key)!);
  });
}

/**
 * A list field with arguments (`cases(open: true, category: ...)`): keys carry the
 * parent and the arguments; each distinct set of arguments costs one statement for
 * all the parents that share it.
 */
export function filteredListLoader<A, T>(
  fetch: (parentKeys: readonly string[], args: A) => Promise<T[]>,
  keysOf: (row: T) => string | string[],
): DataLoader<{ parent: string; args: A }, T[], string> {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, { args: A; parents: string[] }>();
      for (const { parent, args } of keys) {
        const signature = JSON.stringify(args);
        const group = groups.get(signature) ?? { args, parents: [] };
        group.parents.push(parent);
        groups.set(signature, group);
      }
      const results = new Map<string, T[]>();
      await Promise.all(
        [...groups].map(async ([signature, { args, parents }]) => {
          for (const parent of parents) results.set(`${signature}|${parent}`, []);
          for (const row of await fetch(parents, args)) {
            const rowKeys = keysOf(row);
            for (const key of Array.isArray(rowKeys) ? rowKeys : [rowKeys]) {
              results.get(`${signature}|${key}`)?.push(row);
            }
          }
        }),
      );
      return keys.map(({ parent, args }) => results.get(`${JSON.stringify(args)}|${parent}`) ?? []);
    },
    { cacheKeyFn: ({ parent, args }) => `${JSON.stringify(args)}|${parent}` },
  );
}

/**
 * For "this unit and everything below it": the parent codes whose subtree a row
 * with this `unit_path` lies in (`/VN/60/596/23035/` lies in 23035, 596, 60 and VN).
 */
export function unitsOnPath(unitPath: string): string[] {
  return unitPath.split('/').filter(Boolean);
}
