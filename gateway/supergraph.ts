import { composeServices } from '@apollo/composition';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { schemaDir, SUBGRAPH_NAMES, SubgraphName, subgraphUrlFor } from '../lib';

export const SUPERGRAPH_PATH = join(schemaDir, 'supergraph.graphql');

/** The SDL a subgraph publishes: `schema/<name>.graphql`. */
export function subgraphSdl(name: SubgraphName): string {
  return readFileSync(join(schemaDir, `${name}.graphql`), 'utf8');
}

export interface Composition {
  supergraphSdl?: string;
  errors: string[];
  hints: string[];
}

/**
 * Composes the four published SDLs. The URLs written into the supergraph are the
 * defaults (or `<NAME>_URL`); the gateway overrides them at start-up from its own
 * configuration, so the checked-in file does not depend on where things run.
 */
export function composeSupergraph(env: Record<string, string | undefined> = {}): Composition {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      url: subgraphUrlFor(name, env),
      typeDefs: parse(subgraphSdl(name)),
    })),
  );
  return {
    supergraphSdl: result.errors ? undefined : result.supergraphSdl,
    errors: (result.errors ?? []).map((e) => e.message),
    hints: (result.hints ?? []).map((h) => `${h.definition.code}: ${h.message}`),
  };
}

export function readSupergraph(): string {
  return readFileSync(SUPERGRAPH_PATH, 'utf8');
}
