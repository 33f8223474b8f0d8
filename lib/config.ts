import { join, resolve } from 'node:path';
import { projectRoot } from './paths';

/**
 * The four subgraphs, their default ports and how each finds its database
 * (design section 2). Read once, near start-up; nothing else reads process.env
 * for these settings.
 */
export const SUBGRAPH_NAMES = ['party', 'state', 'front', 'armed-forces'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const DEFAULT_PORTS: Record<SubgraphName | 'gateway', number> = {
  gateway: 4000,
  party: 4001,
  state: 4002,
  front: 4003,
  'armed-forces': 4004,
};

/** `armed-forces` → `ARMED_FORCES`: the prefix of the subgraph's own variables. */
export function envPrefix(name: SubgraphName | 'gateway'): string {
  return name.toUpperCase().replace(/-/g, '_');
}

/** `armed-forces` → `armed_forces`: the database named after the subgraph. */
export function databaseName(name: SubgraphName): string {
  return name.replace(/-/g, '_');
}

type Env = Record<string, string | undefined>;

/**
 * `<NAME>_DATABASE_URL`; failing that `DATABASE_URL` with the database named after
 * the subgraph; undefined when neither is set (then `npm start` boots an embedded
 * server).
 */
export function databaseUrlFor(name: SubgraphName, env: Env = process.env): string | undefined {
  const own = env[`${envPrefix(name)}_DATABASE_URL`];
  if (own) return own;
  if (!env.DATABASE_URL) return undefined;
  const url = new URL(env.DATABASE_URL);
  url.pathname = `/${databaseName(name)}`;
  return url.toString();
}

/** `<NAME>_PORT`, else the default port. */
export function portFor(name: SubgraphName | 'gateway', env: Env = process.env): number {
  const raw = env[`${envPrefix(name)}_PORT`];
  if (raw === undefined || raw === '') return DEFAULT_PORTS[name];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigurationError(`${envPrefix(name)}_PORT must be a port number, got "${raw}"`);
  }
  return port;
}

/** `<NAME>_URL` (the gateway's view of a subgraph), else localhost on its port. */
export function subgraphUrlFor(name: SubgraphName, env: Env = process.env): string {
  return env[`${envPrefix(name)}_URL`] ?? `http://localhost:${portFor(name, env)}/graphql`;
}

/**
 * Where local state lives (the embedded PostgreSQL's data, the development key):
 * `DATA_DIR`, else `.data` in the project.
 */
export function dataDirFor(env: Env = process.env): string {
  return env.DATA_DIR ? resolve(env.DATA_DIR) : join(projectRoot, '.data');
}

/**
 * Points the development key (`JWT_KEY_DIR`, read by lib/auth, which defaults to
 * `.data/jwt`) into `DATA_DIR` when that is set and the key's folder is not, so
 * that `npm start`, its processes, `npm run token` and `npm run report` sign and
 * verify with one key. Every entry point calls it before it touches the key.
 */
export function keyDirFromDataDir(env: Env = process.env): void {
  if (env.DATA_DIR && !env.JWT_KEY_DIR) env.JWT_KEY_DIR = join(dataDirFor(env), 'jwt');
}

/**
 * A setting that stops a process from starting (a missing or malformed variable):
 * the entry points print its message alone, one line, and exit 1.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}
