import { join, resolve } from 'node:path';
import { z } from 'zod';
import { projectRoot } from './paths';
import { FREQUENCIES } from './periods';

/**
 * The process's configuration: every variable it reads, each with its rule, in this
 * one module. Nothing else in the project reads `process.env` (a lint rule says so).
 * `environment()` checks every variable once, when it is first asked for, and a bad
 * value stops the process with one line per bad value (`ConfigurationError`).
 *
 * The four subgraphs, their default ports and how each finds its database follow
 * design section 2.
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

export type Env = Record<string, string | undefined>;

/**
 * A setting that stops a process from starting (a missing or malformed variable):
 * the entry points print its message (one line per bad value) and exit.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** What a variable may hold: its check (zod) and, for the message, what was expected. */
interface Rule<T> {
  schema: z.ZodType<T>;
  expected: string;
  /** A value that may hold a password or a token: never repeated in a message. */
  secret?: boolean;
  /** What is wrong with a bad value, for the message, when the rule can say more than `expected` (a list names its bad entry). */
  problem?: (raw: string) => string;
}

const rule = <T>(schema: z.ZodType<T>, expected: string, secret = false): Rule<T> => ({ schema, expected, secret });
const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
/** Whether `value` is a URL with one of `protocols`. */
const isUrlOf = (protocols: readonly string[]) => (value: string) => URL.canParse(value) && protocols.includes(new URL(value).protocol);
const url = (protocols: readonly string[]) => z.string().refine(isUrlOf(protocols), 'not a URL');
const POSTGRES = ['postgres:', 'postgresql:'];

/** A URL without what comes before its host (user and password), so that a message may show the rest of it. */
const withoutCredentials = (value: string) =>
  value.replace(/^(?:([a-z][a-z0-9+.-]*:)\/\/)?.*@/i, (_, scheme?: string) => `${scheme ? `${scheme}//` : ''}***@`);

/** The entries of a comma-separated list, blanks left out (a trailing comma is no mistake). */
const entries = (value: string) =>
  value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);

const isDatabaseUrl = isUrlOf(POSTGRES);

/** What is wrong with a comma-separated list of PostgreSQL URLs: its first bad entry, credentials hidden. */
function badDatabaseList(value: string): string {
  const list = entries(value);
  const index = list.findIndex((entry) => !isDatabaseUrl(entry));
  if (index < 0) return 'names no URL: give comma-separated PostgreSQL URLs';
  return `entry ${index + 1} of ${list.length}, "${withoutCredentials(list[index])}", is not a PostgreSQL URL, postgres://user:password@host:port/database`;
}

const RULES = {
  port: rule(whole(0, 65535), 'a port number from 0 to 65535'),
  milliseconds: rule(whole(1, 86_400_000), 'a whole number of milliseconds, at least 1'),
  days: rule(whole(0, 366), 'a whole number of days from 0 to 366'),
  pool: rule(whole(1, 200), 'a whole number of connections from 1 to 200'),
  workers: rule(whole(1, 64), 'a whole number of processes from 1 to 64'),
  flag: rule(
    z.enum(['true', 'false']).transform((value) => value === 'true'),
    'true or false',
  ),
  database: rule(url(POSTGRES), 'a PostgreSQL URL, postgres://user:password@host:port/database', true),
  databaseList: {
    schema: z.string().refine((value) => entries(value).length > 0 && entries(value).every(isDatabaseUrl), 'not PostgreSQL URLs'),
    expected: 'comma-separated PostgreSQL URLs',
    secret: true,
    problem: badDatabaseList,
  } as Rule<string>,
  http: rule(url(['http:', 'https:']), 'an http(s) URL'),
  text: rule(z.string().min(1), 'text'),
  secret: rule(z.string().min(1), 'text', true),
  nodeEnv: rule(z.enum(['production', 'development', 'test']), 'production, development or test'),
  logLevel: rule(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    'fatal, error, warn, info, debug, trace or silent',
  ),
  logFormat: rule(z.enum(['json', 'pretty']), 'json or pretty'),
  origins: rule(
    z.string().refine((value) => value.split(',').every((origin) => !origin.trim() || URL.canParse(origin.trim())), 'not origins'),
    'comma-separated origins such as https://dan-van.example.gov.vn',
  ),
} as const;

/** Every variable the project reads, with its rule. */
const VARIABLES: Record<string, Rule<unknown>> = {
  NODE_ENV: RULES.nodeEnv,
  LOG_LEVEL: RULES.logLevel,
  LOG_FORMAT: RULES.logFormat,
  SERVICE_NAME: RULES.text,
  DATA_DIR: RULES.text,
  JWT_KEY_DIR: RULES.text,
  JWT_JWKS_URL: RULES.http,
  JWT_ISSUER: RULES.text,
  JWT_AUDIENCE: RULES.text,
  DATABASE_URL: RULES.database,
  EMBEDDED_POSTGRES_PORT: RULES.port,
  GATEWAY_PORT: RULES.port,
  GATEWAY_URL: RULES.http,
  SUBGRAPH_TIMEOUT_MS: RULES.milliseconds,
  SUBGRAPH_CONNECTIONS: RULES.pool,
  GATEWAY_WORKERS: RULES.workers,
  REQUEST_TIMEOUT_MS: RULES.milliseconds,
  CORS_ORIGINS: RULES.origins,
  MIGRATE_ON_START: RULES.flag,
  REPORT_TOKEN: RULES.secret,
};

/** The value of `name` in `env` by its rule; `fallback` when unset or empty; a ConfigurationError naming it when bad. */
function read<T>(env: Env, name: string, rule: Rule<T>, fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const parsed = rule.schema.safeParse(raw);
  if (!parsed.success) {
    if (rule.problem) throw new ConfigurationError(`${name}: ${rule.problem(raw)}`);
    throw new ConfigurationError(`${name}: ${rule.secret ? 'the value' : `"${raw}"`} is not ${rule.expected}`);
  }
  return parsed.data;
}

let checked = false;

/**
 * The environment, every variable the project reads checked by its rule the first
 * time it is asked for (a ConfigurationError with one line per bad value). The object
 * is the process's own, so what an entry point sets for its children is seen.
 */
export function environment(): Env {
  // eslint-disable-next-line no-restricted-properties -- the one place that reads it
  const env = process.env;
  if (!checked) {
    const names = [
      ...Object.keys(VARIABLES),
      ...SUBGRAPH_NAMES.flatMap((name) => [
        `${envPrefix(name)}_PORT`,
        `${envPrefix(name)}_URL`,
        `${envPrefix(name)}_DATABASE_URL`,
        `${envPrefix(name)}_DATABASE_POOL_SIZE`,
        `${envPrefix(name)}_DATABASE_READ_URLS`,
      ]),
      ...FREQUENCIES.map((frequency) => `REPORT_DUE_DAYS_${frequency}`),
    ];
    const problems = names.flatMap((name) => {
      try {
        read(env, name, ruleOf(name), undefined);
        return [];
      } catch (error) {
        return [(error as Error).message];
      }
    });
    if (problems.length) throw new ConfigurationError(problems.join('\n'));
    checked = true;
  }
  return env;
}

/** The rule of a variable, by its name or its pattern (`<NAME>_PORT`, `<NAME>_URL`, ...). */
function ruleOf(name: string): Rule<unknown> {
  if (VARIABLES[name]) return VARIABLES[name];
  if (name.endsWith('_DATABASE_READ_URLS')) return RULES.databaseList;
  if (name.endsWith('_DATABASE_URL')) return RULES.database;
  if (name.endsWith('_DATABASE_POOL_SIZE')) return RULES.pool;
  if (name.endsWith('_PORT')) return RULES.port;
  if (name.endsWith('_URL')) return RULES.http;
  if (name.startsWith('REPORT_DUE_DAYS_')) return RULES.days;
  throw new Error(`no rule for ${name}`);
}

/**
 * The environment as it is, unchecked: for the logger alone, which must exist to
 * report a bad configuration.
 */
export function uncheckedEnvironment(): Env {
  // eslint-disable-next-line no-restricted-properties -- the logger's settings, read before anything is checked
  return process.env;
}

/** `NODE_ENV=production`. */
export function isProduction(env: Env = environment()): boolean {
  return env.NODE_ENV === 'production';
}

/** A variable by its rule, with a default: `setting('MIGRATE_ON_START', true)`. */
export function setting<T>(name: string, fallback: T, env: Env = environment()): T {
  return read(env, name, ruleOf(name) as Rule<T>, fallback);
}

/**
 * `<NAME>_DATABASE_URL`; failing that `DATABASE_URL` with the database named after
 * the subgraph; undefined when neither is set (then `npm start` boots an embedded
 * server).
 */
export function databaseUrlFor(name: SubgraphName, env: Env = environment()): string | undefined {
  const own = setting<string | undefined>(`${envPrefix(name)}_DATABASE_URL`, undefined, env);
  if (own) return own;
  const shared = setting<string | undefined>('DATABASE_URL', undefined, env);
  if (!shared) return undefined;
  const url = new URL(shared);
  url.pathname = `/${databaseName(name)}`;
  return url.toString();
}

/**
 * `<NAME>_DATABASE_READ_URLS`: the subgraph's read replicas, comma-separated; none
 * when unset. With replicas, the subgraph sends its queries to them and its
 * mutations, and everything a mutation's request reads, to `<NAME>_DATABASE_URL`.
 */
export function databaseReadUrlsFor(name: SubgraphName, env: Env = environment()): string[] {
  return entries(setting<string>(`${envPrefix(name)}_DATABASE_READ_URLS`, '', env));
}

/** `<NAME>_PORT`, else the default port. */
export function portFor(name: SubgraphName | 'gateway', env: Env = environment()): number {
  return setting(`${envPrefix(name)}_PORT`, DEFAULT_PORTS[name], env);
}

/** `<NAME>_URL` (the gateway's view of a subgraph), else localhost on its port. */
export function subgraphUrlFor(name: SubgraphName, env: Env = environment()): string {
  return setting(`${envPrefix(name)}_URL`, `http://localhost:${portFor(name, env)}/graphql`, env);
}

/**
 * Where local state lives (the embedded PostgreSQL's data, the development key):
 * `DATA_DIR`, else `.data` in the project.
 */
export function dataDirFor(env: Env = environment()): string {
  return env.DATA_DIR ? resolve(env.DATA_DIR) : join(projectRoot, '.data');
}

/**
 * Points the development key (`JWT_KEY_DIR`, read by lib/auth, which defaults to
 * `.data/jwt`) into `DATA_DIR` when that is set and the key's folder is not, so
 * that `npm start`, its processes, `npm run token` and `npm run report` sign and
 * verify with one key. Every entry point calls it before it touches the key.
 */
export function keyDirFromDataDir(env: Env = environment()): void {
  if (env.DATA_DIR && !env.JWT_KEY_DIR) env.JWT_KEY_DIR = join(dataDirFor(env), 'jwt');
}
