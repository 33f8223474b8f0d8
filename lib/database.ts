import 'reflect-metadata';
import { AsyncLocalStorage } from 'node:async_hooks';
import { Client, types } from 'pg';
import { DataSource, Logger, MixedList, EntitySchema, QueryRunner, ReplicationMode } from 'typeorm';
import { logger } from './logger';

/**
 * Counts the SQL statements a data source sends. Tests read it to prove that a
 * gateway query costs a fixed number of statements however many records it
 * returns (no N+1); it costs one integer increment per statement in production.
 */
export class StatementCounter implements Logger {
  count = 0;
  /** The statements themselves, kept only while `recording` is on (tests). */
  statements: string[] = [];
  recording = false;

  logQuery(query: string): void {
    this.count += 1;
    if (this.recording) this.statements.push(query);
  }
  logQueryError(error: string | Error, query: string): void {
    // The error itself reaches the caller's error formatter, which logs it; the statement is detail.
    logger.debug({ err: String(error), query }, 'SQL error');
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    logger.debug(message);
  }
  log(): void {}

  reset(): void {
    this.count = 0;
    this.statements = [];
  }
}

/** Entity classes, and migration classes, as TypeORM lists them. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for a list of classes
type Classes = Function;
export type EntityList = MixedList<Classes | string | EntitySchema>;
export type MigrationList = MixedList<Classes | string>;

export interface DatabaseOptions {
  url: string;
  entities: EntityList;
  migrations: MigrationList;
  /** Connection pool size per process (and per replica). */
  poolSize?: number;
  /**
   * Read replicas of `url`: with any, reads inside a read scope (`withReadScope`, one
   * per GraphQL request) go to one of them; everything else goes to `url`.
   */
  readUrls?: readonly string[];
}

/** One GraphQL request's say on where its reads go. */
interface ReadScope {
  /** Set once the request writes: from then on it reads what it wrote, on the primary. */
  primary: boolean;
}

const readScopes = new AsyncLocalStorage<ReadScope>();

/**
 * Runs `work` (one GraphQL request) as a read scope: the reads it makes may go to a
 * read replica until `readFromPrimary()` is called in it. Reads outside any scope
 * (start-up, migrations, seeding, `/ready`) go to the primary.
 */
export function withReadScope<T>(work: () => T): T {
  return readScopes.run({ primary: false }, work);
}

/**
 * The current request writes: every read it makes from now on goes to the primary,
 * so that it sees its own writes, which a replica may not have yet.
 */
export function readFromPrimary(): void {
  const scope = readScopes.getStore();
  if (scope) scope.primary = true;
}

/** Where a read goes now: a replica only inside a request that has not written. */
function readMode(): ReplicationMode {
  const scope = readScopes.getStore();
  return scope && !scope.primary ? 'slave' : 'master';
}

/**
 * An array as PostgreSQL's array literal (`{"a","b"}`), for a parameter cast to an array
 * type. Written by `JSON.stringify`, whose escapes of `"` and `\` are the literal's: node-pg's
 * own writer costs about 2 µs an element, 25 ms for the 33,000 of a province's year of
 * reporting statistics against 1 ms. Another JSON escape (a control character) would read
 * differently in the literal; such an array is written element by element.
 */
export function arrayLiteral(values: readonly (string | number)[]): string {
  const json = JSON.stringify(values);
  if (!/\\[^"\\]/.test(json)) return `{${json.slice(1, -1)}}`;
  return `{${values.map((value) => `"${String(value).replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

/** PostgreSQL's `date`, `date[]` and `text[]` types. */
const OID = { date: 1082, dateArray: 1182, textArray: 1009 };

/**
 * How a connection reads values: a `date` stays the `YYYY-MM-DD` text PostgreSQL sends
 * (in an array too), which is what the `Date` scalar, TypeORM's `date` columns and the
 * regime all use. node-pg would make it a JavaScript Date at local midnight, which TypeORM
 * then writes back as text: two conversions per value, a tenth of a subgraph's time on a
 * province's lists.
 */
const TYPE_PARSERS = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (format === 'binary') return types.getTypeParser(oid, format);
    if (oid === OID.date) return (value: string) => value;
    return types.getTypeParser(oid === OID.dateArray ? OID.textArray : oid, format);
  }) as typeof types.getTypeParser,
};

/**
 * A TypeORM data source on PostgreSQL. The schema is managed by migrations only:
 * `synchronize` stays off, so the database never changes behind a migration's back.
 */
export function createDataSource(options: DatabaseOptions): DataSource & { statementCounter: StatementCounter; replicated: boolean } {
  const statementCounter = new StatementCounter();
  const readUrls = options.readUrls ?? [];
  const dataSource = new DataSource({
    type: 'postgres',
    ...(readUrls.length
      ? { replication: { master: { url: options.url }, slaves: readUrls.map((url) => ({ url })) } }
      : { url: options.url }),
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    logger: statementCounter,
    extra: { max: options.poolSize ?? 10, application_name: 'dan-van-graph', types: TYPE_PARSERS },
  });
  if (readUrls.length) routeReads(dataSource);
  return Object.assign(dataSource, { statementCounter, replicated: readUrls.length > 0 });
}

/** A pg pool as TypeORM's PostgreSQL driver keeps it, per server. */
interface Pool {
  connect(callback: (error: Error | undefined, connection: unknown, release: () => void) => void): void;
  query(sql: string): Promise<unknown>;
}

/** TypeORM's PostgreSQL driver, the part replication uses. */
interface ReplicatedDriver {
  slaves: Pool[];
  obtainMasterConnection(): Promise<[unknown, () => void]>;
  obtainSlaveConnection(): Promise<[unknown, () => void]>;
}

/** How long a replica that could not be reached is left alone before it is tried again. */
const REPLICA_RETRY_MS = 1_000;

const connectTo = (pool: Pool) =>
  new Promise<[unknown, () => void]>((resolve, reject) =>
    pool.connect((error, connection, release) => (error ? reject(error) : resolve([connection, release]))),
  );

/** The connection pools of a data source's read replicas; none without replicas. */
export function replicaPools(dataSource: DataSource): Pool[] {
  return (dataSource.driver as unknown as Partial<ReplicatedDriver>).slaves ?? [];
}

/**
 * TypeORM sends query builders' and `find*` reads to a replica and everything else
 * (transactions, raw `query`) to the primary, whatever the request. Here both kinds
 * of read follow the request instead (`readMode`): raw `query` too, since most of
 * the subgraphs' reads are raw SQL, and neither once the request has written.
 * Transactions (every mutation's change) keep TypeORM's primary.
 *
 * A replica that cannot be reached is skipped for the next one, and the primary
 * reads when none can: losing a replica costs capacity, not answers (TypeORM alone
 * would fail every read it sent there).
 */
function routeReads(dataSource: DataSource): void {
  dataSource.defaultReplicationModeForReads = readMode;
  const query = dataSource.query.bind(dataSource);
  dataSource.query = async <T = unknown>(sql: string, parameters?: unknown[], queryRunner?: QueryRunner): Promise<T> => {
    if (queryRunner || readMode() === 'master') return query(sql, parameters, queryRunner);
    const replica = dataSource.createQueryRunner('slave');
    try {
      return await replica.query(sql, parameters);
    } finally {
      await replica.release();
    }
  };
  const driver = dataSource.driver as unknown as ReplicatedDriver;
  // Until when each replica is left alone after it could not be reached: one failed connection per second at most, not one per read.
  const avoidUntil = new Map<number, number>();
  driver.obtainSlaveConnection = async () => {
    // A random first replica spreads the reads, as TypeORM does.
    const first = Math.floor(Math.random() * driver.slaves.length);
    for (let i = 0; i < driver.slaves.length; i += 1) {
      const index = (first + i) % driver.slaves.length;
      const avoided = avoidUntil.get(index);
      if (avoided !== undefined && avoided > Date.now()) continue;
      try {
        const connection = await connectTo(driver.slaves[index]);
        if (avoided !== undefined) logger.info({ replica: index + 1 }, 'a read replica answers again');
        avoidUntil.delete(index);
        return connection;
      } catch (error) {
        if (avoided === undefined)
          logger.warn({ err: String(error), replica: index + 1 }, 'a read replica cannot be reached; reading elsewhere');
        avoidUntil.set(index, Date.now() + REPLICA_RETRY_MS);
      }
    }
    return driver.obtainMasterConnection();
  };
}

export type CountedDataSource = ReturnType<typeof createDataSource>;

/** Creates the database named in `url` on its server when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  // A connection lost between two queries (the server stopping under `npm start`) fails the
  // next query; unheard, node-postgres would also throw it as an uncaught 'error' event.
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        // Another process created it between our check and our CREATE: PostgreSQL says
        // 42P04 (duplicate_database) or, when both CREATEs race, 23505 on pg_database's unique index.
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  } finally {
    await client.end();
  }
}
