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
