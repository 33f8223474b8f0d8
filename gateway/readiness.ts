import type { Readiness, SubgraphName } from '../lib';

/**
 * How long the gateway waits for one subgraph's `/ready`. Probes run in parallel,
 * so this bounds the gateway's own `/ready`: well under the 5 s interval of the
 * compose healthcheck, and short enough that a hung subgraph reads as "not ready"
 * long before a request to it would time out. A subgraph's `/ready` is one `SELECT 1`.
 */
export const READY_PROBE_TIMEOUT_MS = 2_000;

/** What the gateway's `/ready` says of one subgraph; `reason` names no URL and no network error. */
export interface SubgraphReadiness {
  ready: boolean;
  reason?: string;
}

/** `http://state:4002/graphql` → `http://state:4002/ready`: the subgraph's own readiness, next to its GraphQL path. */
export function readyUrlOf(graphqlUrl: string): URL {
  return new URL('ready', graphqlUrl);
}

async function probe(url: URL, timeoutMs: number): Promise<SubgraphReadiness> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    // The body is the subgraph's business (it may name its database's error): only the status counts.
    await response.body?.cancel();
    return response.ok ? { ready: true } : { ready: false, reason: `its /ready answered HTTP ${response.status}` };
  } catch (error) {
    const timedOut = (error as Error)?.name === 'TimeoutError';
    return { ready: false, reason: timedOut ? `its /ready did not answer within ${timeoutMs} ms` : 'it could not be reached' };
  }
}

/**
 * The gateway's readiness: it can serve the whole graph only while every subgraph
 * can, so it asks each subgraph's `/ready` and is ready when all are. Each
 * subgraph's state is in the answer (`subgraphs.<name>`), so whoever reads a 503
 * sees which part is missing. Liveness (`/health`) does not depend on it.
 */
export function subgraphReadiness(
  subgraphUrls: Record<SubgraphName, string>,
  timeoutMs = READY_PROBE_TIMEOUT_MS,
): () => Promise<Readiness> {
  const probes = Object.entries(subgraphUrls).map(([name, url]) => [name, readyUrlOf(url)] as const);
  return async () => {
    const states = await Promise.all(probes.map(async ([name, url]) => [name, await probe(url, timeoutMs)] as const));
    return {
      ready: states.every(([, state]) => state.ready),
      subgraphs: Object.fromEntries(states),
    };
  };
}
