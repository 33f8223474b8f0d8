import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { withIndexesBuiltAfter, type SubgraphName } from '../../lib';
import { armedForcesLoad } from './armedForces';
import type { Context, FamilyLoad } from './context';
import { copyRows } from './copy';
import { frontLoad } from './front';
import { partyLoad } from './party';
import { stateLoad } from './state';

export type { Context } from './context';
export { nationalWorld, parseScale, type Scale } from './world';

/**
 * The national data set (issue 11, design section 8): the demo's world generalized to
 * every province (`world.ts`), each subgraph's part made by the demo's row functions
 * where the demo has them (units, organizations, obligations) and by seeded generators
 * for the records in proportion (reports, cases, dialogues, models, activities,
 * supervisions, working sessions), bulk-loaded with COPY.
 */
export function nationalLoad(name: SubgraphName, context: Context): FamilyLoad {
  const loads: Record<SubgraphName, (context: Context) => FamilyLoad> = {
    state: stateLoad,
    party: partyLoad,
    front: frontLoad,
    'armed-forces': armedForcesLoad,
  };
  return loads[name](context);
}

/** What a load tells its watcher: a table begins (with its row count when known), rows went, its indexes are being built, it is done. */
export interface LoadEvents {
  begin(table: string, total: number | undefined): void;
  rows(table: string, count: number): void;
  indexing(table: string): void;
  done(table: string, rows: number): void;
}

/**
 * Loads a subgraph's part into its (empty) database in one transaction: each table's
 * secondary indexes dropped and rebuilt once after its COPY (`withIndexesBuiltAfter`),
 * foreign keys not checked row by row where the role may say so (the rows are made
 * consistent; `session_replication_role = replica` needs a superuser, which the
 * embedded server's is), then the product's own writes (`afterLoad`), then ANALYZE so
 * that the planner knows the tables' sizes before the first query. Returns the rows per table.
 */
export async function loadFamily(db: DataSource, load: FamilyLoad, events: LoadEvents): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const runner = db.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  try {
    await runner.startTransaction();
    const [{ superuser }] = await runner.query(`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`);
    if (superuser) await runner.query(`SET LOCAL session_replication_role = replica`);
    // Index builds sort their keys in memory when they fit: the report table's do at this size.
    await runner.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    for (const { entity, rows, estimate } of load.tables) {
      const table = db.getMetadata(entity).tableName;
      const made = rows();
      events.begin(table, Array.isArray(made) ? made.length : estimate?.());
      await withIndexesBuiltAfter(runner.manager, table, async () => {
        counts.set(table, await copyRows(db, client, entity, made, (count) => events.rows(table, count)));
        events.indexing(table);
      });
      events.done(table, counts.get(table)!);
    }
    await runner.commitTransaction();
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => {});
    throw error;
  } finally {
    await runner.release();
  }
  await load.afterLoad?.(db);
  for (const table of counts.keys()) await db.query(`ANALYZE "${table}"`);
  return counts;
}

/** Empties every table of a subgraph (`--replace`): its entities' tables, the audit log with them. */
export async function truncateFamily(db: DataSource): Promise<void> {
  const tables = [...new Set(db.entityMetadatas.map((m) => `"${m.tableName}"`))];
  await db.query(`TRUNCATE ${tables.join(', ')} CASCADE`);
}
