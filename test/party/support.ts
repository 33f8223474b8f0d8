import { demoUnits } from '../../seed/demo';
import { KINDS } from '../../seed/front/organizations';
import { demoPublishedOrganizations } from '../../seed/organizations';
import { referenceUnit, unitTree } from '../../lib';

/**
 * What the gateway would put in an `AdministrativeUnit` representation for
 * `reportingCompliance` (its `@requires` fields): the other families' plain lists of
 * the unit, from their demo seeders (`seed/organizations.ts`), in their owners' order
 * (the state's as seeded, the Front's in charter order, the armed units by id); the state, front and
 * armed-forces subgraphs are not started here.
 */
export function unitRepresentation(code: string) {
  const level = referenceUnit(code)!.level;
  const published = demoPublishedOrganizations().get(code) ?? [];
  const of = (type: string) => published.filter((o) => o.type === type);
  // The Front lists its committee first, then the organizations in charter order (the seeder's KINDS).
  const CHARTER_ORDER = KINDS.map((k) => k.kind as string);
  const byId = <O extends { id: string }>(a: O, b: O) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    __typename: 'AdministrativeUnit',
    code,
    level,
    stateAgencies: of('StateAgency').map(({ id, kind, level }) => ({ id, kind: kind!, level })),
    frontOrganizations: of('FrontOrganization')
      .sort((a, b) => CHARTER_ORDER.indexOf(a.kind!) - CHARTER_ORDER.indexOf(b.kind!))
      .map(({ id, level }) => ({ id, level })),
    armedUnits: of('ArmedUnit')
      .map(({ id, level }) => ({ id, level }))
      .sort(byId),
  };
}

/**
 * What the gateway would put in a `UnitStatistics` representation for
 * `reportingByFamily` (its `@requires` lists: the other families' organizations of
 * the unit and below it as their owners publish them, with kind, level and unit),
 * built from the same conventions as `unitRepresentation`: the plain lists of every
 * demo unit below the nation; the regime picks the reporting ones.
 */
export function statisticsRepresentation(code: string, from: string, to: string) {
  const root = referenceUnit(code)!;
  const units = demoUnits().filter((unit) => unit.path.startsWith(root.path) && unit.level !== 'CENTRAL');
  const withUnit =
    (unit: string) =>
    <O extends object>(organization: O) => ({ ...organization, unit: { code: unit } });
  const lists = units.map((unit) => ({ unit: unit.code, ...unitRepresentation(unit.code) }));
  return {
    __typename: 'UnitStatistics',
    unitCode: code,
    from,
    to,
    stateAgencies: lists.flatMap((u) => u.stateAgencies.map(withUnit(u.unit))),
    frontOrganizations: lists.flatMap((u) => u.frontOrganizations.map(withUnit(u.unit))),
    armedUnits: lists.flatMap((u) => u.armedUnits.map(withUnit(u.unit))),
  };
}

export const districtsOf = (province: string) =>
  unitTree(province)
    .filter((u) => u.level === 'DISTRICT')
    .map((u) => u.code);

export const ORGANIZATION = /* GraphQL */ `
  __typename
  ... on PartyCommittee { id name }
  ... on MassMobilizationCommission { id name }
  ... on StateAgency { id }
  ... on FrontOrganization { id }
  ... on ArmedUnit { id }
`;
