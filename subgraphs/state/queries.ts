import { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../kit/auth';
import { AdministrativeUnit } from './entities/AdministrativeUnit';
import { Case } from './entities/Case';
import { Dialogue } from './entities/Dialogue';
import { StateAgency } from './entities/StateAgency';

/**
 * Where every read of a table starts. Cases and dialogues may be classified
 * RESTRICTED (design section 6): each has exactly one function here that every
 * loader and root query goes through, so the viewer's filter is added in one place.
 */

export function unitQuery(db: DataSource): SelectQueryBuilder<AdministrativeUnit> {
  return db.getRepository(AdministrativeUnit).createQueryBuilder('u');
}

export function agencyQuery(db: DataSource): SelectQueryBuilder<StateAgency> {
  return db.getRepository(StateAgency).createQueryBuilder('a');
}

/** The cases `viewer` may read. RESTRICTED filtering by viewer is not applied yet. */
export function visibleCases(db: DataSource, _viewer: Viewer): SelectQueryBuilder<Case> {
  return db.getRepository(Case).createQueryBuilder('c');
}

/** The dialogues `viewer` may read. RESTRICTED filtering by viewer is not applied yet. */
export function visibleDialogues(db: DataSource, _viewer: Viewer): SelectQueryBuilder<Dialogue> {
  return db.getRepository(Dialogue).createQueryBuilder('d');
}

/** Case and dialogue ids are UUIDs: anything else names no record (and must not reach a `uuid` column). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
