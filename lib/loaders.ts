import DataLoader from 'dataloader';
import type { SelectQueryBuilder } from 'typeorm';
import { codesOf, viewsHolding } from './lineage';
import type { Validity } from './validity';

/**
 * DataLoader factories for the shapes every subgraph needs. Loaders are created
 * per request (in the context function) and never shared between requests or
 * viewers, so what one viewer may see never leaks into another's answer.
 */

/**
 * Dispatches a request's batches in waves: a load waits until no batch of the
 * same request is still running, then goes out with every other load queued
 * meanwhile. DataLoader's default (dispatch on the next tick) lets the number of
 * statements depend on timing: the agencies of a list of cases and of a list of
 * dialogues are one batch when both lists come back in the same tick and two
 * otherwise. In waves, a request costs one statement per loader per level of the
 * query, whatever the timing and however many records it returns. Batch
 * functions must not wait on other loads (they would wait for themselves).
 */
export class BatchWaves {
  private running = 0;
  private queued: (() => void)[] = [];
  private flushPending = false;

  readonly schedule = (dispatch: () => void): void => {
    this.queued.push(dispatch);
    this.flushSoon();
  };

  track<T>(batch: Promise<T>): Promise<T> {
    this.running += 1;
    return batch.finally(() => {
      this.running -= 1;
      this.flushSoon();
    });
  }

  private flushSoon(): void {
    if (this.flushPending || this.running > 0 || this.queued.length === 0) return;
    this.flushPending = true;
    // setImmediate runs after every promise continuation of the batch that just
    // ended, so the loads its results lead to are already queued.
    setImmediate(() => {
      this.flushPending = false;
      if (this.running > 0) return;
      const queued = this.queued;
      this.queued = [];
      for (const dispatch of queued) dispatch();
    });
  }
}

let currentWaves: BatchWaves | undefined;

/** Creates a request's loaders so that they dispatch together, in waves (see `BatchWaves`). */
export function inWaves<L>(createLoaders: () => L): L {
  currentWaves = new BatchWaves();
  try {
    return createLoaders();
  } finally {
    currentWaves = undefined;
  }
}

/** A DataLoader on the waves of the request being set up, if any. */
function loader<K, V, C = K>(batch: (keys: readonly K[]) => Promise<V[]>, options: DataLoader.Options<K, V, C> = {}): DataLoader<K, V, C> {
  const waves = currentWaves;
  if (!waves) return new DataLoader(batch, options);
  return new DataLoader((keys) => waves.track(batch(keys)), { ...options, batchScheduleFn: waves.schedule });
}

/**
 * One record per key, fetched for a whole batch of keys in one statement. Answers
 * in the order and length of the keys, `null` for a key with no record: an unknown
 * `_entities` representation resolves to null, never to a made-up record.
 */
export function recordLoader<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T | null> {
  return loader(async (keys) => {
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
  keysOf: (row: T, keys: readonly string[]) => string | string[],
): DataLoader<string, T[]> {
  return loader(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) {
      const rowKeys = keysOf(row, keys);
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
  keysOf: (row: T, parentKeys: readonly string[], args: A) => string | string[],
): DataLoader<{ parent: string; args: A }, T[], string> {
  return loader(
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
            const rowKeys = keysOf(row, parents, args);
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
 * The organizations of each unit view (`code@asOf`, lineage.ts), in force on the
 * view's day: one statement for the batch (`unit_code IN (...)`, validity checked in
 * memory over a unit's few versions of organizations).
 */
export function unitViewLoader<T extends Validity & { unitCode: string }>(
  fetch: (codes: string[]) => Promise<T[]>,
): DataLoader<string, T[]> {
  return listLoader<T>(
    (keys) => fetch(codesOf(keys)),
    (row, keys) => viewsHolding(keys, row.unitCode, row),
  );
}

/**
 * `successors` of an organization, by id: those of the same table that name it among
 * their `predecessor_ids` (design section 10), one statement for the batch.
 */
export function successorsLoader<T extends { id: string; predecessorIds: string[] }>(
  query: () => SelectQueryBuilder<T>,
  alias: string,
): DataLoader<string, T[]> {
  return listLoader<T>(
    (ids) =>
      query()
        .andWhere(`${alias}.predecessor_ids && CAST(:successorsOf AS text[])`, { successorsOf: [...ids] })
        .orderBy(`${alias}.id`)
        .getMany(),
    (row, ids) => row.predecessorIds.filter((id) => ids.includes(id)),
  );
}

/** The `successors` and `predecessors` fields of an organization type, through its record loader and its `successorsLoader`. */
export function successionResolvers<T extends { id: string; predecessorIds: string[] }, C>(
  loaders: (ctx: C) => { record: DataLoader<string, T | null>; successors: DataLoader<string, T[]> },
) {
  return {
    successors: (organization: T, _args: unknown, ctx: C) => loaders(ctx).successors.load(organization.id),
    predecessors: async (organization: T, _args: unknown, ctx: C) =>
      (await Promise.all(organization.predecessorIds.map((id) => loaders(ctx).record.load(id)))).filter((o) => o !== null) as T[],
  };
}
