import { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../kit/auth';
import { whereVisible } from '../kit/visibility';
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

/**
 * The cases `viewer` may read: every PUBLIC case, and RESTRICTED ones only for the
 * state family and the party committees of the case's unit or a unit above it.
 * A hidden case is absent, never an error: null by id, missing from lists.
 */
export function visibleCases(db: DataSource, viewer: Viewer): SelectQueryBuilder<Case> {
  return whereVisible(db.getRepository(Case).createQueryBuilder('c'), 'c', viewer, 'state');
}

/** The dialogues `viewer` may read, by the same rule as cases (placed by the unit where it was held). */
export function visibleDialogues(db: DataSource, viewer: Viewer): SelectQueryBuilder<Dialogue> {
  return whereVisible(db.getRepository(Dialogue).createQueryBuilder('d'), 'd', viewer, 'state');
}

/** Case and dialogue ids are UUIDs: anything else names no record (and must not reach a `uuid` column). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
