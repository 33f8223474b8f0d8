import type { OrganizationTypeName } from '../lib';
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
