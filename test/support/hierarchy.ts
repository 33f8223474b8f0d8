import type { DataSource } from 'typeorm';

/**
 * What the four families' hierarchy tests (test/<family>/hierarchy.test.ts) share:
 * each runs its "above" and "below" queries once per organization of the demo data.
 */

/** `work` on every item, a few at a time: enough to keep the pool busy, not more. */
export async function eachOf<T, R>(items: readonly T[], work: (item: T) => Promise<R>, size = 8): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

/** The ids a "below" fragment selects from `table`, run as the library's `whereVisible` embeds it: inside `IN (...)`, with its named parameters. */
export async function idsSelected(
  db: DataSource,
  table: string,
  below: { sql: string; params: Record<string, unknown> },
): Promise<string[]> {
  const rows: { id: string }[] = await db
    .createQueryBuilder()
    .select('t.id', 'id')
    .from(table, 't')
    .where(`t.id IN (${below.sql})`, below.params)
    .getRawMany();
  return rows.map((row) => row.id);
}
