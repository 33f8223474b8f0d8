import type { Level, OrganizationTypeName } from '../lib';
import type { PublishedOrganization } from '../subgraphs/party/reporting/regime';
import { demoArmedUnits } from './armed-forces';
import { demoOrganizations } from './front/organizations';
import { commissionRows, committeeRows } from './party/organizations';
import { agencyRows } from './state';

export type DemoOrganizations = Record<OrganizationTypeName, ReadonlySet<string>>;

let cached: DemoOrganizations | undefined;

/**
 * The ids of the demo world's organizations by token type, without a database:
 * the rows each subgraph's seeder inserts, built by the seeders' own functions,
 * so that this list cannot drift from what `npm start` seeds.
 */
export function demoOrganizationIds(): DemoOrganizations {
  cached ??= {
    PartyCommittee: new Set(committeeRows().map((row) => row.id)),
    MassMobilizationCommission: new Set(commissionRows().map((row) => row.id)),
    StateAgency: new Set(agencyRows().map((row) => row.id)),
    FrontOrganization: new Set(demoOrganizations().map((row) => row.id)),
    ArmedUnit: new Set(demoArmedUnits().map((row) => row.id)),
  };
  return cached;
}

/** The types a demo organization id belongs to (none when it is not in the demo data). */
export function demoTypesOf(id: string): OrganizationTypeName[] {
  return (Object.entries(demoOrganizationIds()) as [OrganizationTypeName, ReadonlySet<string>][])
    .filter(([, ids]) => ids.has(id))
    .map(([type]) => type);
}

/** An organization of another family as its owner publishes it (kind, level), with its unit. */
export type DemoPublishedOrganization = PublishedOrganization & { unitCode: string };

let published: Map<string, DemoPublishedOrganization[]> | undefined;

/**
 * The other families' demo organizations of each unit as their owners publish them
 * (the plain lists the party's reporting regime reads), from the same seeders' rows.
 */
export function demoPublishedOrganizations(): ReadonlyMap<string, readonly DemoPublishedOrganization[]> {
  if (published) return published;
  const all: DemoPublishedOrganization[] = [
    ...agencyRows().map((a) => ({ type: 'StateAgency' as const, id: a.id, kind: a.kind, level: a.level, unitCode: a.unitCode })),
    ...demoOrganizations().map((o) => ({
      type: 'FrontOrganization' as const,
      id: o.id,
      kind: o.kind,
      level: o.level,
      unitCode: o.unitCode,
    })),
    ...demoArmedUnits().map((u) => ({ type: 'ArmedUnit' as const, id: u.id, kind: u.kind, level: u.level as Level, unitCode: u.unitCode })),
  ];
  published = new Map();
  for (const organization of all) published.set(organization.unitCode, [...(published.get(organization.unitCode) ?? []), organization]);
  return published;
}
