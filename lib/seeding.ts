import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Bulk-inserts demo rows, `chunkSize` rows a statement (PostgreSQL takes at most
 * 65,535 parameters in one). Demo ids are deterministic, so rows that exist already
 * are skipped (ON CONFLICT DO NOTHING) and seeding can run again; nothing is read
 * back into the rows.
 */
export async function insertInChunks<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly QueryDeepPartialEntity<T>[],
  chunkSize = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + chunkSize))
      .orIgnore()
      .updateEntity(false)
      .execute();
  }
}

/**
 * Runs a bulk load into `table` with its secondary indexes built once afterwards
 * rather than row by row, when the table is empty (a first seeding): building an
 * index over 350,000 rows is several times cheaper than maintaining it for each. The
 * definitions come from the database itself (`pg_indexes`), so the migrations stay
 * their only author; indexes that back a constraint (the primary key, UNIQUE) stay.
 * Inside the caller's transaction: a failure leaves the indexes as they were.
 */
export async function withIndexesBuiltAfter(manager: EntityManager, table: string, load: () => Promise<void>): Promise<void> {
  const [{ empty }] = await manager.query(`SELECT NOT EXISTS (SELECT 1 FROM "${table}") AS empty`);
  if (!empty) return load();
  const indexes: { name: string; definition: string }[] = await manager.query(
    `SELECT i.indexname AS name, i.indexdef AS definition
       FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = $1
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [table],
  );
  for (const index of indexes) await manager.query(`DROP INDEX "${index.name}"`);
  await load();
  for (const index of indexes) await manager.query(index.definition);
}

/**
 * Bulk-inserts many rows fast: one statement per `chunkSize` rows whatever the number
 * of columns, each column going in as one array parameter (`INSERT ... SELECT * FROM
 * unnest(...)`), so PostgreSQL parses a handful of statements and Node builds no
 * per-row SQL (`insertInChunks` costs about 150 µs a row through TypeORM's builder).
 * Columns the database fills (version, timestamps) are left to it; array-valued
 * columns are not supported (use `insertInChunks`).
 */
export async function insertColumns<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly T[],
  chunkSize = 10_000,
): Promise<void> {
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns.filter((c) => !c.isVersion && !c.isCreateDate && !c.isUpdateDate);
  for (const column of columns) {
    if (typeof column.type !== 'string' || column.isArray)
      throw new Error(`insertColumns: column ${column.databaseName} needs a plain SQL type`);
  }
  const list = columns.map((c) => `"${c.databaseName}"`).join(', ');
  const arrays = columns.map((c, i) => `CAST($${i + 1} AS ${String(c.type)}[])`).join(', ');
  const sql = `INSERT INTO "${metadata.tableName}" (${list}) SELECT * FROM unnest(${arrays}) ON CONFLICT DO NOTHING`;
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    await manager.query(
      sql,
      columns.map((column) => chunk.map((row) => column.getEntityValue(row, true) ?? null)),
    );
  }
}
