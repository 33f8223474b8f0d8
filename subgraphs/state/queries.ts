import { DataSource, SelectQueryBuilder } from 'typeorm';
import { ClassifiedRecords, whereVisible, type Viewer } from '../../lib';
import { AdministrativeUnit } from './entities/AdministrativeUnit';
import { Case } from './entities/Case';
import { Dialogue } from './entities/Dialogue';
import { StateAgency } from './entities/StateAgency';
import { agenciesAtOrBelow } from './hierarchy';

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

/** A case belongs to its responsible agency and lies in its unit. */
const CASES: ClassifiedRecords = { family: 'state', owner: { column: 'responsible_agency_id', subordinates: agenciesAtOrBelow } };
/** A dialogue belongs to its host agency and lies in the unit where it was held. */
const DIALOGUES: ClassifiedRecords = { family: 'state', owner: { column: 'host_agency_id', subordinates: agenciesAtOrBelow } };

/**
 * The cases `viewer` may read: every PUBLIC case, and RESTRICTED ones only for the
 * responsible agency and the agencies above it, and for the party committees and
 * commissions of the case's unit or a unit above it (the library's `whereVisible`).
 * A hidden case is absent, never an error: null by id, missing from lists.
 */
export function visibleCases(db: DataSource, viewer: Viewer): SelectQueryBuilder<Case> {
  return whereVisible(db.getRepository(Case).createQueryBuilder('c'), 'c', viewer, CASES);
}

/** The dialogues `viewer` may read, by the same rule as cases (owned by the host agency). */
export function visibleDialogues(db: DataSource, viewer: Viewer): SelectQueryBuilder<Dialogue> {
  return whereVisible(db.getRepository(Dialogue).createQueryBuilder('d'), 'd', viewer, DIALOGUES);
}
