import type { DataSource, EntityManager } from 'typeorm';
import {
  ancestorsCte,
  placeFromTable,
  type HierarchyTable,
  type OrganizationRef,
  type OrganizationTypeName,
  type PlacedOrganization,
} from '../../lib';

/**
 * Who is above whom in the party, read from this database. Committees form one tree
 * through `parent_id`, the committee of each unit under the committee of its parent
 * unit; each commission advises the committee of its unit. No mutation changes the
 * hierarchy, so reading it inside a mutation's transaction is only for consistency.
 *
 * Above, for writes (design section 6: an editor of the owner or of an organization
 * above it in the same hierarchy): the functions below, one for each kind of owner.
 *
 * Below, for RESTRICTED reads: the party needs no rule of its own (no `Subordinates`).
 * The library's rule (b) lets the party committees and commissions of a record's unit
 * and of every unit above it see the record; the bodies above a party owner are exactly
 * those (test/party/hierarchy.test.ts checks it on the demo data), so rule (a) adds no
 * one, and the party's records are placed by unit alone (queries.ts).
 */

const COMMITTEES: HierarchyTable = { table: 'party_committee', parentColumn: 'parent_id' };

/** A committee on the way up to the Central Committee, with its commission (none at commune level). */
interface ChainLink {
  committeeId: string;
  commissionId: string | null;
}

const committee = (id: string): OrganizationRef => ({ type: 'PartyCommittee', id });
const commission = (id: string): OrganizationRef => ({ type: 'MassMobilizationCommission', id });

/** The committee `committeeId` and every committee above it, nearest first, each with its commission; [] when unknown. */
async function committeeChain(manager: EntityManager, committeeId: string): Promise<ChainLink[]> {
  const rows: { committee_id: string; commission_id: string | null }[] = await manager.query(
    `WITH RECURSIVE ${ancestorsCte(COMMITTEES, '$1', 'chain')}
     SELECT chain.id AS committee_id, mmc.id AS commission_id
       FROM chain LEFT JOIN mass_mobilization_commission mmc ON mmc.party_committee_id = chain.id
      ORDER BY chain.rank, chain.id`,
    [committeeId],
  );
  return rows.map((row) => ({ committeeId: row.committee_id, commissionId: row.commission_id }));
}

/** The commissions and committees of the given links, commission first in each (nearest first overall). */
function bodiesOf(links: readonly ChainLink[]): OrganizationRef[] {
  return links.flatMap((link) => [...(link.commissionId ? [commission(link.commissionId)] : []), committee(link.committeeId)]);
}

/**
 * Above a commission: its own party committee, then the commissions and committees of
 * the units above, nearest first, up to the Central Commission and the Central
 * Committee (a provincial commission is guided by the Central Commission and led by its
 * own committee; Decision 23-QĐ/TW, chapter 2).
 */
export async function aboveCommission(manager: EntityManager, partyCommitteeId: string): Promise<OrganizationRef[]> {
  const [own, ...ancestors] = await committeeChain(manager, partyCommitteeId);
  return own ? [committee(own.committeeId), ...bodiesOf(ancestors)] : [];
}

/**
 * Above a unit's party committee, for the records it owns in its unit (models): the
 * unit's own commission, then the commissions and committees of the units above,
 * nearest first.
 */
export async function aboveUnitCommittee(manager: EntityManager, committeeId: string): Promise<OrganizationRef[]> {
  const [own, ...ancestors] = await committeeChain(manager, committeeId);
  if (!own) return [];
  return [...(own.commissionId ? [commission(own.commissionId)] : []), ...bodiesOf(ancestors)];
}

/**
 * The committees above a committee, nearest first: who may report in its name
 * (rule 2 of the regime follows the same line). Commissions are left out: a
 * committee's report speaks for the committee, and the commissions only receive copies.
 */
export async function committeesAbove(manager: EntityManager, committeeId: string): Promise<OrganizationRef[]> {
  const [, ...ancestors] = await committeeChain(manager, committeeId);
  return ancestors.map((link) => committee(link.committeeId));
}

/** The committees from a commission's own committee upwards: who may send an urgent report in the commission's name. */
export async function committeesFrom(manager: EntityManager, committeeId: string): Promise<OrganizationRef[]> {
  return (await committeeChain(manager, committeeId)).map((link) => committee(link.committeeId));
}

/**
 * A party committee or commission as this database records it
 * (`SubgraphDefinition.placeOrganization`): where it stands decides, by unit, which
 * RESTRICTED records it sees.
 */
export function placeOrganization(db: DataSource, type: OrganizationTypeName, id: string): Promise<PlacedOrganization | null> {
  switch (type) {
    case 'PartyCommittee':
      return placeFromTable(db, type, id, 'party_committee', { hasKind: false });
    case 'MassMobilizationCommission':
      return placeFromTable(db, type, id, 'mass_mobilization_commission', { hasKind: false });
    default:
      return Promise.resolve(null);
  }
}
