import { carriedOnBy, conventionalId, TWO_LEVEL_FIRST_DAY, type Level, type OrganizationTypeName, type ReferenceUnit } from '../lib';
import { DEMO_WORLD, type World } from './demo';
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

/** Per world: built once from its rows (the national world's are about 130,000). */
const published = new WeakMap<World, Map<string, DemoPublishedOrganization[]>>();

/** A unit version as a map key: its code and the day it began (organizations begin with their unit's version). */
const versionKey = (code: string, validFrom: string | null) => `${code}@${validFrom ?? ''}`;

/**
 * The other families' organizations of a unit version of a world (the demo's by
 * default) as their owners publish them (the plain lists the party's reporting regime
 * reads), from the same seeders' rows.
 */
export function demoPublishedOrganizations(unit: ReferenceUnit, world: World = DEMO_WORLD): readonly DemoPublishedOrganization[] {
  let byVersion = published.get(world);
  if (!byVersion) {
    const all: DemoPublishedOrganization[] = [
      ...agencyRows(world).map((a) => ({
        type: 'StateAgency' as const,
        id: a.id,
        kind: a.kind,
        level: a.level,
        unitCode: a.unitCode,
        validFrom: a.validFrom,
      })),
      ...demoOrganizations(world).map((o) => ({
        type: 'FrontOrganization' as const,
        id: o.id,
        kind: o.kind,
        level: o.level,
        unitCode: o.unitCode,
        validFrom: o.validFrom,
      })),
      ...demoArmedUnits(world).map((u) => ({
        type: 'ArmedUnit' as const,
        id: u.id,
        kind: u.kind,
        level: u.level as Level,
        unitCode: u.unitCode,
        validFrom: u.validFrom,
      })),
    ];
    byVersion = new Map();
    for (const organization of all) {
      const key = versionKey(organization.unitCode, organization.validFrom);
      const list = byVersion.get(key);
      if (list) list.push(organization);
      else byVersion.set(key, [organization]);
    }
    published.set(world, byVersion);
  }
  return byVersion.get(versionKey(unit.code, unit.validFrom)) ?? [];
}

/**
 * The demo organization that carries on one of an ended unit from 2025-07-01 (design
 * section 10): the one of the same kind in the unit that carried its unit on
 * (`PCOM-596` → `PCOM-68-2025`, `VFF-23035` → `VFF-23005-2025`), or the one with
 * `carrierPrefix` there; undefined for one that did not end (a central body, one
 * formed in 2025) or when the new unit has no such organization.
 */
export function demoCarrierOf(type: OrganizationTypeName, id: string, carrierPrefix?: string): string | undefined {
  const [, prefix, code] = /^([A-Z]+)-(\d+)$/.exec(id) ?? [];
  const holder = code === undefined ? undefined : carriedOnBy(code, TWO_LEVEL_FIRST_DAY);
  const carrier = holder && conventionalId(carrierPrefix ?? prefix, holder);
  return carrier && carrier !== id && demoOrganizationIds()[type].has(carrier) ? carrier : undefined;
}
