import type { DataSource, EntityManager } from 'typeorm';
import { placeFromTable, type OrganizationRef, type OrganizationTypeName, type PlacedOrganization } from '../../lib';

/**
 * The party's own hierarchy, read from this database, for write authorization
 * (design section 6: an editor of the owner or of an organization above it in the
 * same hierarchy). Committees form one tree through `parent_id`; each commission
 * advises the committee of its unit. The hierarchy is not changed by any mutation,
 * so reading it inside the mutation's transaction is only for consistency.
 */

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
    `WITH RECURSIVE chain AS (
       SELECT id, parent_id, 0 AS depth FROM party_committee WHERE id = $1
       UNION ALL
       SELECT pc.id, pc.parent_id, chain.depth + 1 FROM party_committee pc JOIN chain ON pc.id = chain.parent_id
     )
     SELECT chain.id AS committee_id, mmc.id AS commission_id
       FROM chain LEFT JOIN mass_mobilization_commission mmc ON mmc.party_committee_id = chain.id
      ORDER BY chain.depth`,
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
 * (`SubgraphDefinition.placeOrganization`). Who sees the party's RESTRICTED records
 * follows from the unit alone (the library's rule (b)): the bodies above an issuer are at
 * its unit or above it.
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
