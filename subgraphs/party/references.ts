import { inForceOn, isForeign, type Level, type OrganizationTypeName, type StatisticsKey } from '../../lib';

/**
 * What the party subgraph holds of entities other subgraphs own: their key and,
 * for `AdministrativeUnit.reportingCompliance`, the fields it `@requires` (the
 * gateway fetches them from their owners and passes them in the representation).
 * No copy of another family's organization list is stored here (design section 4).
 */
export interface UnitReference {
  code: string;
  /** The day the unit is viewed at (the second key, design section 10). */
  asOf: string;
  /** From the state subgraph, only in a representation made for `reportingCompliance`. */
  level?: Level;
  stateAgencies?: (PublishedValidity & { id: string; kind: string; level: Level })[];
  /** From the front subgraph. */
  frontOrganizations?: (PublishedValidity & { id: string; level: Level })[];
  /** From the armed-forces subgraph. */
  armedUnits?: (PublishedValidity & { id: string; kind: string; level: Level })[];
}

/** An organization's validity as its owner publishes it (absent in a hand-made representation: no bound). */
export interface PublishedValidity {
  validFrom?: string | null;
  validTo?: string | null;
}

/** Whether a published organization was in force on a day (the regime binds those in force on a period's last day). */
export function publishedInForceOn(organization: PublishedValidity, day: string): boolean {
  return inForceOn({ validFrom: organization.validFrom ?? null, validTo: organization.validTo ?? null }, day);
}

/** An organization of another family in a `@requires` list of `UnitStatistics`, with the unit it serves. */
export interface PublishedOrganizationReference {
  id: string;
  /** The state's agencies and the armed units carry their kind: the regime names kinds of those two. */
  kind?: string;
  level: Level;
  validFrom?: string | null;
  validTo?: string | null;
  unit: { code: string };
}

/**
 * A `UnitStatistics` representation: its key (the state subgraph makes it for
 * `AdministrativeUnit.statistics`) and, for `reportingByFamily`, the other families'
 * organizations of the unit and below, as their owners publish them. The dates come
 * as the text the gateway was given; `statisticsRange` checks them.
 */
export interface StatisticsReference extends StatisticsKey {
  /** From the state subgraph: every agency of the unit and below. */
  stateAgencies?: PublishedOrganizationReference[];
  /** From the front subgraph: every Front committee and socio-political organization of the unit and below. */
  frontOrganizations?: PublishedOrganizationReference[];
  /** From the armed-forces subgraph: every armed unit stationed in the unit or below. */
  armedUnits?: PublishedOrganizationReference[];
}

export interface CaseReference {
  id: string;
}

/** A member of the `Organization` union owned by another subgraph: its typename and key only. */
export interface ForeignOrganizationReference<T extends ForeignOrganizationType = ForeignOrganizationType> {
  __typename: T;
  id: string;
}

export type ForeignOrganizationType = Exclude<OrganizationTypeName, 'PartyCommittee' | 'MassMobilizationCommission'>;
export type StateAgencyReference = ForeignOrganizationReference<'StateAgency'>;
export type FrontOrganizationReference = ForeignOrganizationReference<'FrontOrganization'>;
export type ArmedUnitReference = ForeignOrganizationReference<'ArmedUnit'>;

/** Whether an `Organization` member is another family's, by the library's one type → family map. */
export function isForeignOrganizationType(type: OrganizationTypeName): type is ForeignOrganizationType {
  return isForeign(type, 'party');
}
