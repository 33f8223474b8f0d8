import { demoUnits } from '../../seed/demo';
import { KINDS } from '../../seed/front/organizations';
import { demoPublishedOrganizations } from '../../seed/organizations';
import { LAST_THREE_LEVEL_DAY, lineage, referenceUnit, unitTree } from '../../lib';

/**
 * What the gateway would put in an `AdministrativeUnit` representation for
 * `reportingCompliance` (its `@requires` fields): the other families' plain lists of
 * the unit, from their demo seeders (`seed/organizations.ts`), in their owners' order
 * (the state's as seeded, the Front's in charter order, the armed units by id); the state, front and
 * armed-forces subgraphs are not started here.
 */
export function unitRepresentation(code: string, asOf: string = LAST_THREE_LEVEL_DAY) {
  const unit = referenceUnit(code, asOf)!;
  const level = unit.level;
  const published = demoPublishedOrganizations(unit).map((o) => ({ ...o, validTo: unit.validTo }));
  const of = (type: string) => published.filter((o) => o.type === type);
  // The Front lists its committee first, then the organizations in charter order (the seeder's KINDS).
  const CHARTER_ORDER = KINDS.map((k) => k.kind as string);
  const byId = <O extends { id: string }>(a: O, b: O) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    __typename: 'AdministrativeUnit',
    code,
    asOf,
    level,
    stateAgencies: of('StateAgency').map(({ id, kind, level, validFrom, validTo }) => ({ id, kind: kind!, level, validFrom, validTo })),
    frontOrganizations: of('FrontOrganization')
      .sort((a, b) => CHARTER_ORDER.indexOf(a.kind!) - CHARTER_ORDER.indexOf(b.kind!))
      .map(({ id, level, validFrom, validTo }) => ({ id, level, validFrom, validTo })),
    armedUnits: of('ArmedUnit')
      .map(({ id, kind, level, validFrom, validTo }) => ({ id, kind: kind!, level, validFrom, validTo }))
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
export function statisticsRepresentation(code: string, from: string, to: string, asOf: string = LAST_THREE_LEVEL_DAY) {
  const root = referenceUnit(code, asOf)!;
  // The owners list the organizations of the root's lineage in force on some day of the range.
  const segments = lineage(root, { from, to });
  const units = demoUnits().filter(
    (unit) =>
      unit.level !== 'CENTRAL' &&
      segments.some(
        (s) => unit.path.startsWith(s.pattern.slice(0, -1)) && (unit.validFrom ?? s.to!) <= s.to! && (unit.validTo ?? s.from!) >= s.from!,
      ),
  );
  const withUnit =
    (unit: string) =>
    <O extends object>(organization: O) => ({ ...organization, unit: { code: unit } });
  const lists = units.map((unit) => ({ unit: unit.code, ...unitRepresentation(unit.code, unit.validFrom ?? LAST_THREE_LEVEL_DAY) }));
  return {
    __typename: 'UnitStatistics',
    unitCode: code,
    asOf,
    from,
    to,
    stateAgencies: lists.flatMap((u) => u.stateAgencies.map(withUnit(u.unit))),
    frontOrganizations: lists.flatMap((u) => u.frontOrganizations.map(withUnit(u.unit))),
    armedUnits: lists.flatMap((u) => u.armedUnits.map(withUnit(u.unit))),
  };
}

export const districtsOf = (province: string) =>
  unitTree(province, LAST_THREE_LEVEL_DAY)
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

/**
 * How long a file's `beforeAll` may take to get its databases: the first file of a run
 * to ask seeds each subgraph's demo into its template (hundreds of thousands of
 * reports, test/support/databases.ts) while the others wait for the lock, longer than a
 * test's 60 seconds on a busy machine.
 */
export const SEEDING_TIMEOUT_MS = 600_000;
