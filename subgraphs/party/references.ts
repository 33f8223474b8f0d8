import { isForeign, type Level, type OrganizationTypeName, type StatisticsKey } from '../../lib';

/**
 * What the party subgraph holds of entities other subgraphs own: their key and,
 * for `AdministrativeUnit.reportingCompliance`, the fields it `@requires` (the
 * gateway fetches them from their owners and passes them in the representation).
 * No copy of another family's organization list is stored here (design section 4).
 */
export interface UnitReference {
  code: string;
  /** From the state subgraph, only in a representation made for `reportingCompliance`. */
  level?: Level;
  stateAgencies?: { id: string; kind: string }[];
  /** From the front subgraph. */
  frontOrganizations?: { id: string }[];
  /** From the armed-forces subgraph. */
  armedUnits?: { id: string; level: Level }[];
}

/** An organization of another family in a `@requires` list, with the unit it serves. */
export interface ReportingOrganizationReference {
  id: string;
  unit: { code: string };
}

/**
 * A `UnitStatistics` representation: its key (the state subgraph makes it for
 * `AdministrativeUnit.statistics`) and, for `reportingByFamily`, the reporting
 * organizations of the other families, fetched from their owners. The dates come
 * as the text the gateway was given; `statisticsRange` checks them.
 */
export interface StatisticsReference extends StatisticsKey {
  /** From the state subgraph: the People's Committees of the unit and below. */
  reportingStateAgencies?: ReportingOrganizationReference[];
  /** From the front subgraph: the Front committees and socio-political organizations of the unit and below. */
  reportingFrontOrganizations?: ReportingOrganizationReference[];
  /** From the armed-forces subgraph: the armed units at the tier of their unit, in the unit and below. */
  reportingArmedUnits?: ReportingOrganizationReference[];
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
