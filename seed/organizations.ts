import type { Level, OrganizationTypeName, ReferenceUnit } from '../lib';
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
export type DemoPublishedOrganization = PublishedOrganization & { unitCode: string; validFrom: string | null };

let published: Map<string, DemoPublishedOrganization[]> | undefined;

/** A unit version as a map key: its code and the day it began (organizations begin with their unit's version). */
const versionKey = (code: string, validFrom: string | null) => `${code}@${validFrom ?? ''}`;

/**
 * The other families' demo organizations of a unit version as their owners publish
 * them (the plain lists the party's reporting regime reads), from the same seeders' rows.
 */
export function demoPublishedOrganizations(unit: ReferenceUnit): readonly DemoPublishedOrganization[] {
  if (!published) {
    const all: DemoPublishedOrganization[] = [
      ...agencyRows().map((a) => ({
        type: 'StateAgency' as const,
        id: a.id,
        kind: a.kind,
        level: a.level,
        unitCode: a.unitCode,
        validFrom: a.validFrom,
      })),
      ...demoOrganizations().map((o) => ({
        type: 'FrontOrganization' as const,
        id: o.id,
        kind: o.kind,
        level: o.level,
        unitCode: o.unitCode,
        validFrom: o.validFrom,
      })),
      ...demoArmedUnits().map((u) => ({
        type: 'ArmedUnit' as const,
        id: u.id,
        kind: u.kind,
        level: u.level as Level,
        unitCode: u.unitCode,
        validFrom: u.validFrom,
      })),
    ];
    published = new Map();
    for (const organization of all) {
      const key = versionKey(organization.unitCode, organization.validFrom);
      published.set(key, [...(published.get(key) ?? []), organization]);
    }
  }
  return published.get(versionKey(unit.code, unit.validFrom)) ?? [];
}
