import type { DataSource } from 'typeorm';
import type { OrganizationTypeName, PlacedOrganization, Viewer } from './auth';
import type { SubgraphName } from './config';
import { logger } from './logger';
import { PeerClient, PeerUnavailableError } from './peers';
import { referenceUnit, type Level } from './units';
import { FAMILY_OF } from './visibility';

/**
 * Where an organization stands (its unit, level and kind), from its owner's own
 * records: the party for committees and commissions, the state for agencies, the
 * Front for its organizations, the armed forces for their units (design section 3).
 * A token names an organization; only its owner says where it is. A subgraph looks up
 * its own family's organizations in its own database and asks the owning subgraph
 * for the others.
 */

/** The columns every family's organization table has. */
/** `StateAgency:PCOM-598`: an organization's key across types, since ids are unique only within a type. */
export function organizationKey(type: string, id: string): string {
  return `${type}:${id}`;
}

export interface OrganizationRow {
  id: string;
  kind: string | null;
  level: Level;
  unit_code: string;
}

/**
 * Reads one of the family's own organizations. `table` is the family's organization
 * table for the type (every one has `id`, `level`, `unit_code` and, but for party
 * bodies, `kind`).
 */
export async function placeFromTable(
  db: DataSource,
  type: OrganizationTypeName,
  id: string,
  table: string,
  { hasKind = true } = {},
): Promise<PlacedOrganization | null> {
  const [row]: OrganizationRow[] = await db.query(
    `SELECT id, ${hasKind ? 'kind' : 'NULL AS kind'}, level, unit_code FROM ${table} WHERE id = $1`,
    [id],
  );
  return row ? placed(type, row.id, row.kind, row.level, row.unit_code) : null;
}

/** A placed organization; null when its unit is not on the official list (its record is broken). */
export function placed(
  type: OrganizationTypeName,
  id: string,
  kind: string | null,
  level: Level,
  unitCode: string,
): PlacedOrganization | null {
  const unit = referenceUnit(unitCode);
  if (!unit) {
    logger.error({ type, id, unitCode }, 'organization in an unknown unit');
    return null;
  }
  return { type, id, kind, level, unitCode, unitPath: unit.path };
}

/** How long a placement is trusted: organizations move seldom, and a change is seen within this time. */
export const PLACEMENT_TTL_MS = 60_000;
const MAX_CACHED = 10_000;

interface Cached {
  placed: PlacedOrganization | null;
  until: number;
}

/**
 * Finds organizations for one subgraph process: its own family's in its database,
 * the others through their owners (`PeerClient`), each answer cached for
 * `PLACEMENT_TTL_MS` (organizations are public records, the same for every caller).
 */
export class OrganizationDirectory {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly family: SubgraphName,
    private readonly placeOwn: (db: DataSource, type: OrganizationTypeName, id: string) => Promise<PlacedOrganization | null>,
    private readonly db: DataSource,
    private readonly peers: PeerClient,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The organization as its owner records it; null when the owner has none with this
   * id. Throws `PeerUnavailableError` when the owner cannot be asked (not cached).
   */
  async find(type: OrganizationTypeName, id: string, authorization: string | undefined): Promise<PlacedOrganization | null> {
    const key = organizationKey(type, id);
    const hit = this.cache.get(key);
    if (hit && hit.until > this.now()) return hit.placed;
    const found =
      FAMILY_OF[type] === this.family
        ? await this.placeOwn(this.db, type, id)
        : await this.peers.placeOrganization(type, id, authorization);
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(key, { placed: found, until: this.now() + PLACEMENT_TTL_MS });
    return found;
  }

  /**
   * Where the viewer's organization stands (`Viewer.placed`): null when it does not
   * exist; undefined when its owner cannot be asked right now, so that the viewer reads
   * nothing RESTRICTED and writes nothing for this request, the safe side.
   */
  async place(viewer: Viewer, authorization: string | undefined): Promise<PlacedOrganization | null | undefined> {
    try {
      return await this.find(viewer.org.type, viewer.org.id, authorization);
    } catch (error) {
      const level = error instanceof PeerUnavailableError && error.unconfigured ? 'debug' : 'warn';
      logger[level]({ org: viewer.org, err: (error as Error).message }, 'could not place the viewer; RESTRICTED records stay hidden');
      return undefined;
    }
  }
}
