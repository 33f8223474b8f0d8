import type { DataSource } from 'typeorm';
import type { OrganizationTypeName, PlacedOrganization, Viewer } from './auth';
import type { SubgraphName } from './config';
import { logger } from './logger';
import { PeerClient, PeerUnavailableError } from './peers';
import { badInput } from './errors';
import { lineage } from './lineage';
import { todayInVietnam } from './scalars';
import { referenceUnit, TWO_LEVEL_FIRST_DAY, type Level } from './units';
import { inForceOn, type Validity, viewingDay } from './validity';
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
  valid_from: string;
  valid_to: string;
  successor_ids: string[];
}

/**
 * Reads one of the family's own organizations. `table` is the family's organization
 * table for the type (every one has `id`, `level`, `unit_code`, a validity, its
 * predecessors and, but for party bodies, `kind`).
 */
export async function placeFromTable(
  db: DataSource,
  type: OrganizationTypeName,
  id: string,
  table: string,
  { hasKind = true } = {},
): Promise<PlacedOrganization | null> {
  const [row]: OrganizationRow[] = await db.query(
    `SELECT o.id, ${hasKind ? 'o.kind' : 'NULL AS kind'}, o.level, o.unit_code, o.valid_from::text, o.valid_to::text,
            ARRAY(SELECT s.id FROM ${table} s WHERE s.predecessor_ids @> ARRAY[o.id] ORDER BY s.id) AS successor_ids
       FROM ${table} o WHERE o.id = $1`,
    [id],
  );
  const bound = (day: string) => (day.endsWith('infinity') ? null : day);
  return row
    ? placed(type, row.id, row.kind, row.level, row.unit_code, {
        validFrom: bound(row.valid_from),
        validTo: bound(row.valid_to),
        successorIds: row.successor_ids,
      })
    : null;
}

/**
 * A placed organization, in force or not (design section 10), in its unit as it
 * stands today, or stood on its last day; null when its unit is not on the official
 * lists (its record is broken). A party body stands over its unit's lineage: the
 * successor of a merged province's committee sees what its predecessors saw.
 */
export function placed(
  type: OrganizationTypeName,
  id: string,
  kind: string | null,
  level: Level,
  unitCode: string,
  history: Validity & { successorIds: string[] },
  today: string = todayInVietnam(),
): PlacedOrganization | null {
  const unit = referenceUnit(unitCode, viewingDay(history, today));
  if (!unit) {
    logger.error({ type, id, unitCode }, 'organization in an unknown unit');
    return null;
  }
  const unitPaths = [...new Set(lineage(unit).map((segment) => segment.pattern.slice(0, -1)))];
  return { type, id, kind, level, unitCode, unitPath: unit.path, unitPaths, ...history };
}

/**
 * Why an organization cannot act today, or null when it is in force: "PCOM-596 ended on
 * 2025-06-30", "MC-596 ended on 2025-06-30; carried on by RDC-68-2025-2".
 */
export function whyNotInForce(
  id: string,
  validity: Validity,
  successorIds: readonly string[],
  today: string = todayInVietnam(),
): string | null {
  if (inForceOn(validity, today)) return null;
  if (validity.validFrom !== null && today < validity.validFrom) return `${id} begins on ${validity.validFrom}`;
  return `${id} ended on ${validity.validTo}${successorIds.length ? `; carried on by ${successorIds.join(', ')}` : ''}`;
}

/**
 * A write names organizations as they are today (design section 10): BAD_USER_INPUT
 * naming `field` when the organization `id` is not in force today, with its end and its
 * successors.
 */
export function refuseIfNotInForce(field: string, id: string, validity: Validity, successorIds: readonly string[], today?: string): void {
  const why = whyNotInForce(id, validity, successorIds, today);
  if (why) throw badInput(field, id, `an organization in force today (${why})`);
}

/** `refuseIfNotInForce` for a family's own organization, whose successors (its loader's) are asked for only when it has ended. */
export async function requireInForceToday(
  field: string,
  organization: Validity & { id: string },
  successors: { load(id: string): Promise<readonly { id: string }[]> },
  today: string = todayInVietnam(),
): Promise<void> {
  if (inForceOn(organization, today)) return;
  const successorIds = (await successors.load(organization.id)).map((s) => s.id);
  refuseIfNotInForce(field, organization.id, organization, successorIds, today);
}

/** `whyNotInForce` of a placed organization. */
export function notInForceToday(organization: PlacedOrganization, today?: string): string | null {
  return whyNotInForce(organization.id, organization, organization.successorIds, today);
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
      const found = await this.find(viewer.org.type, viewer.org.id, authorization);
      // An organization not in force today reads nothing restricted and writes nothing (design sections 6 and 10).
      const why = found && notInForceToday(found);
      if (why) viewer.notInForce = why;
      return found && !why ? found : null;
    } catch (error) {
      const level = error instanceof PeerUnavailableError && error.unconfigured ? 'debug' : 'warn';
      logger[level]({ org: viewer.org, err: (error as Error).message }, 'could not place the viewer; RESTRICTED records stay hidden');
      return undefined;
    }
  }
}

/**
 * The organization ids the demo data use, and that the report CLI derives its default
 * reader from: a prefix and the unit's code (`PC-60`, `PCOM-596`); an organization
 * formed with its unit's 2025 form carries `-2025` (`PC-68-2025`, the committee of the
 * Lâm Đồng formed on 2025-07-01), since ids are never reused: `PC-68` was the old
 * Lâm Đồng's.
 */
export function conventionalId(prefix: string, unit: { code: string; validFrom: string | null }): string {
  return unit.validFrom === TWO_LEVEL_FIRST_DAY ? `${prefix}-${unit.code}-2025` : `${prefix}-${unit.code}`;
}
