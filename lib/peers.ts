import type { OrganizationTypeName, PlacedOrganization } from './auth';
import { type Env, environment, SUBGRAPH_NAMES, SubgraphName, subgraphUrlFor } from './config';
import { ERRORS } from './errors';
import { placed } from './organizations';
import type { Level } from './units';
import { FAMILY_OF } from './visibility';

/**
 * Asks another family's subgraph about its own records, through its published
 * `_entities` field and with the caller's own token (the owner verifies it and applies
 * its own visibility rules). Used where a subgraph must know a fact only the owner
 * has: where a viewer's organization stands, whether an id another family names
 * exists. Never another family's database.
 */

/** How long a subgraph waits for another one: a lookup inside a request must not outlast the gateway's timeout. */
export const PEER_TIMEOUT_MS = 5_000;

/** The owner could not be asked (down, too slow, or it failed); nothing is known either way. */
export class PeerUnavailableError extends Error {
  constructor(
    readonly owner: SubgraphName,
    reason: string,
    /** This process was given no URL for it (a subgraph run alone, as in some tests): no news on every request. */
    readonly unconfigured = false,
  ) {
    super(`the ${owner} subgraph could not be asked: ${reason}`);
  }
}

/** The GraphQL fields that place an organization, by type (party bodies have no kind). */
const PLACEMENT_FIELDS: Record<OrganizationTypeName, string> = {
  PartyCommittee: 'id level validFrom validTo successors { id } unit { code }',
  MassMobilizationCommission: 'id level validFrom validTo successors { id } unit { code }',
  StateAgency: 'id kind level validFrom validTo successors { id } unit { code }',
  FrontOrganization: 'id kind level validFrom validTo successors { id } unit { code }',
  ArmedUnit: 'id kind level validFrom validTo successors { id } unit { code }',
};

interface PlacementData {
  id: string;
  kind?: string;
  level: Level;
  validFrom?: string | null;
  validTo?: string | null;
  successors?: { id: string }[];
  unit: { code: string };
}

export type PeerUrls = () => Partial<Record<SubgraphName, string>>;

/** What a request needs to ask the other families on its caller's behalf: the client, and the caller's verified token. */
export interface PeerRequest {
  peers: PeerClient;
  /** The caller's `Authorization` header: each owner applies its own visibility rules to it. */
  authorization: string;
}

/** The other subgraphs' URLs as this process is configured (`<NAME>_URL`, else localhost on `<NAME>_PORT`). */
export function configuredPeerUrls(env: Env = environment()): PeerUrls {
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrlFor(name, env)]));
  return () => urls;
}

export class PeerClient {
  constructor(
    private readonly urls: PeerUrls,
    private readonly timeoutMs = PEER_TIMEOUT_MS,
  ) {}

  /**
   * The owner's answer for each representation, in order: the selected fields, or
   * null where the owner has no such record or does not show it to this caller.
   */
  async entities<T>(
    owner: SubgraphName,
    representations: object[],
    selection: string,
    authorization: string | undefined,
  ): Promise<(T | null)[]> {
    const url = this.urls()[owner];
    if (!url) throw new PeerUnavailableError(owner, 'no URL is configured for it', true);
    let body: { data?: { _entities?: (T | null)[] } | null; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(authorization ? { authorization } : {}),
        },
        body: JSON.stringify({
          query: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`,
          variables: { representations },
        }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw new PeerUnavailableError(owner, (error as Error).message);
    }
    const entities = body.data?._entities;
    if (!entities || body.errors?.length) {
      const first = body.errors?.[0];
      throw new PeerUnavailableError(owner, first ? `${first.extensions?.code ?? 'ERROR'}: ${first.message}` : 'no answer');
    }
    return entities;
  }

  /** An organization of another family, placed by its owner; null when the owner has none with this id. */
  async placeOrganization(type: OrganizationTypeName, id: string, authorization: string | undefined): Promise<PlacedOrganization | null> {
    const [found] = await this.entities<PlacementData>(
      FAMILY_OF[type],
      [{ __typename: type, id }],
      `... on ${type} { ${PLACEMENT_FIELDS[type]} }`,
      authorization,
    );
    return found
      ? placed(type, found.id, found.kind ?? null, found.level, found.unit.code, {
          validFrom: found.validFrom ?? null,
          validTo: found.validTo ?? null,
          successorIds: (found.successors ?? []).map((s) => s.id),
        })
      : null;
  }
}

/**
 * SERVICE_UNAVAILABLE for a write that needed an owner's answer: nothing was written,
 * and the caller may simply try again.
 */
export function ownerUnavailable(field: string, error: PeerUnavailableError) {
  return ERRORS.SERVICE_UNAVAILABLE.err(
    `${field}: the ${error.owner} subgraph, which owns it, could not be asked to confirm it; nothing was written, try again`,
    { field, serviceName: error.owner },
  );
}
