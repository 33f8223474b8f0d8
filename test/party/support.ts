import { BORDER_PROVINCES, demoUnits, MILITARY_REGION, orgId } from '../../seed/demo';
import { referenceUnit, unitTree } from '../../lib';

/**
 * What the gateway would put in an `AdministrativeUnit` representation for
 * `reportingCompliance` (its `@requires` fields), built from the demo's id
 * conventions: the state, front and armed-forces subgraphs are not started here.
 */
export function unitRepresentation(code: string) {
  const unit = referenceUnit(code)!;
  const level = unit.level;
  const armedUnits =
    level === 'PROVINCIAL'
      ? [
          ...(BORDER_PROVINCES.has(code) ? [{ id: orgId.borderGuard(code), level }] : []),
          { id: orgId.militaryCommand(code), level },
          { id: orgId.police(code), level },
          // The military region above the province: not at the unit's tier, so it owes nothing here.
          { id: MILITARY_REGION[code], level: 'CENTRAL' },
        ]
      : [
          { id: orgId.militaryCommand(code), level },
          { id: orgId.police(code), level },
        ];
  return {
    __typename: 'AdministrativeUnit',
    code,
    level,
    stateAgencies: [
      { id: orgId.peoplesCommittee(code), kind: 'PEOPLES_COMMITTEE' },
      { id: orgId.peoplesCouncil(code), kind: 'PEOPLES_COUNCIL' },
    ],
    frontOrganizations: (['VFF', 'TU', 'FU', 'WU', 'YU', 'VA'] as const)
      .filter((prefix) => !(prefix === 'TU' && level === 'COMMUNE'))
      .map((prefix) => ({ id: orgId.front(prefix, code) })),
    armedUnits,
  };
}

/**
 * What the gateway would put in a `UnitStatistics` representation for
 * `reportingByFamily` (its `@requires` lists: every reporting organization of the
 * other families in the unit and below it, with its unit), built from the same
 * conventions as `unitRepresentation`: each demo unit's People's Committee, its Front
 * organizations and its armed units at its own tier.
 */
export function statisticsRepresentation(code: string, from: string, to: string) {
  const root = referenceUnit(code)!;
  const units = demoUnits().filter((unit) => unit.path.startsWith(root.path) && unit.level !== 'CENTRAL');
  const withUnit = (unit: string) => (organization: { id: string }) => ({ id: organization.id, unit: { code: unit } });
  const lists = units.map((unit) => ({ unit: unit.code, ...unitRepresentation(unit.code) }));
  return {
    __typename: 'UnitStatistics',
    unitCode: code,
    from,
    to,
    reportingStateAgencies: lists.flatMap((u) => u.stateAgencies.filter((a) => a.kind === 'PEOPLES_COMMITTEE').map(withUnit(u.unit))),
    reportingFrontOrganizations: lists.flatMap((u) => u.frontOrganizations.map(withUnit(u.unit))),
    reportingArmedUnits: lists.flatMap((u) => u.armedUnits.filter((a) => a.level === u.level).map(withUnit(u.unit))),
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
