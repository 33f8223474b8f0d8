import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { OrganizationRef } from '../kit/authorization';
import type { Viewer } from '../kit/auth';
import { ArmedUnitEntity } from './entities/ArmedUnit';
import { MobilizationActivityEntity } from './entities/MobilizationActivity';
import type { AdministrativeLevel } from './generated/resolvers';

/**
 * The one place every read of each entity starts from (the loaders, the root
 * lists, and the mutation's replay alike).
 *
 * Activities carry a `classification` column, but the armed forces publish no
 * classification for them: the SDL has no such field, `recordMobilizationActivity`
 * sets none, and every activity is PUBLIC. So no RESTRICTED filtering is needed and
 * `activities` filters nothing. Should an activity ever be recorded RESTRICTED,
 * `whereVisible(query, 'a', viewer, 'armed-forces')` from the kit goes into
 * `activities`, and then applies to by-id loads, `_entities`, nested lists and
 * root lists at once.
 */

/** A connection or a transaction's manager: reads inside a mutation go through its transaction. */
type Reader = DataSource | EntityManager;

/** Armed units, aliased `u`. Units are public facts and never classified. */
export function armedUnits(db: Reader): SelectQueryBuilder<ArmedUnitEntity> {
  return db.getRepository(ArmedUnitEntity).createQueryBuilder('u');
}

/** The tiers in the SDL's order: the `n`th is the tier of a unit with `n` codes on its path. */
const TIERS: readonly AdministrativeLevel[] = ['CENTRAL', 'PROVINCIAL', 'DISTRICT', 'COMMUNE'];

/**
 * Narrows armed units (aliased `alias`) to those at the tier of the administrative
 * unit they are stationed in: a province's military command, police and border
 * guard, not a military region stationed in the province. The administrative
 * unit's tier is read off the path (`/VN/60/596/`: three codes, a district), so the
 * condition needs no table of units.
 */
export function whereAtOwnTier<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
  return query.andWhere(
    `${alias}.level = (CAST(:tiers AS text[]))[cardinality(string_to_array(trim(BOTH '/' FROM ${alias}.unit_path), '/'))]`,
    { tiers: TIERS },
  );
}

/** Mass-mobilization activities the viewer may see (all of them: see above), aliased `a`. */
export function activities(db: Reader, _viewer: Viewer): SelectQueryBuilder<MobilizationActivityEntity> {
  return db.getRepository(MobilizationActivityEntity).createQueryBuilder('a');
}

/** "Most recent first", the order of every list of activities; the id breaks ties so pages are stable. */
export function mostRecentFirst<T extends MobilizationActivityEntity>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return query.orderBy('a.started_on', 'DESC').addOrderBy('a.id', 'DESC');
}

/** An armed unit with the units above it in its own chain of command, nearest first. */
export interface CommandChain {
  unit: Pick<ArmedUnitEntity, 'id' | 'unitCode' | 'unitPath'>;
  above: OrganizationRef[];
}

/** Deeper than any real chain (commune → district → province → region); stops a corrupt cycle of parents. */
const MAX_CHAIN_DEPTH = 16;

/**
 * The unit `id` and its `parent` chain (MC-596 → MC-60 → MR-7), in one statement;
 * null when no unit has that id. Who may write for a unit follows from it (design
 * section 6: the unit itself or an organization above it in the same hierarchy).
 */
export async function commandChain(db: Reader, id: string): Promise<CommandChain | null> {
  const rows: { id: string; unit_code: string; unit_path: string }[] = await db.query(
    `WITH RECURSIVE chain AS (
       SELECT id, unit_code, unit_path, parent_id, 0 AS depth FROM armed_unit WHERE id = $1
       UNION ALL
       SELECT p.id, p.unit_code, p.unit_path, p.parent_id, c.depth + 1
         FROM armed_unit p JOIN chain c ON p.id = c.parent_id
        WHERE c.depth < $2
     )
     SELECT id, unit_code, unit_path FROM chain ORDER BY depth`,
    [id, MAX_CHAIN_DEPTH],
  );
  if (rows.length === 0) return null;
  const [own, ...above] = rows;
  return {
    unit: { id: own.id, unitCode: own.unit_code, unitPath: own.unit_path },
    above: above.map((row) => ({ type: 'ArmedUnit', id: row.id })),
  };
}
