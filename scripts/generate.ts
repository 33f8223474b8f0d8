/**
 * `npm run generate -- --scale national [--from 2024-01] [--to 2026-11] [--seed 1] [--replace]`:
 * fills the four subgraphs' databases with the national data set (issue 11; design
 * section 8; seed/national): every unit of both eras, every organization of the four
 * families, periodic reports of every obligation from `--from` to the last period due
 * by the end of `--to` (the data's "today"), and the records in proportion. Same
 * seed, same rows. `--scale province:<code>` makes one province formed on 2025-07-01
 * with the provinces it was formed from, for a small run.
 *
 * The databases are those `npm start` uses: `<NAME>_DATABASE_URL` / `DATABASE_URL`,
 * else an embedded PostgreSQL under `DATA_DIR` (`.data/` by default), started for the
 * run and stopped after it. Each database is created and migrated when needed, and
 * must be empty unless `--replace` (which truncates it). A bad argument or a database
 * with data is one line on stderr and exit code 2 (1 when the load itself fails),
 * before anything is written.
 */
import { join } from 'node:path';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { LAST_THREE_LEVEL_DAY } from '../lib';
import type { CountedDataSource, Env, SubgraphName } from '../lib';
import type { LoadEvents } from '../seed/national';
import { lastDayOf, parseArguments, USAGE, UsageError } from '../seed/national/options';
import { startEmbeddedPostgres, type EmbeddedServer } from './embeddedPostgres';

/** `host:port/database`: where a URL points, without its credentials. */
const where = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
};

const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * A bar per table on a terminal (cli-progress); elsewhere (a log, CI), where bars do
 * not draw, one line per table as it is done. Either way the tables' rows and seconds.
 */
class Progress {
  readonly tty = process.stdout.isTTY === true;
  private readonly bars = new MultiBar(
    { format: ' {table} |{bar}| {value}/{total} rows {status}', hideCursor: true, clearOnComplete: false, etaBuffer: 50 },
    Presets.shades_classic,
  );
  private readonly tables = new Map<string, { bar?: SingleBar; started: number; sent: number; seconds?: number; rows?: number }>();

  /** The events of one subgraph's load. */
  of(name: SubgraphName): LoadEvents {
    const label = (table: string) => `${name}.${table}`.padEnd(38);
    const entry = (table: string) => this.tables.get(label(table))!;
    return {
      begin: (table, total) => {
        const bar = this.tty ? this.bars.create(total ?? 0, 0, { table: label(table), status: 'copying' }) : undefined;
        this.tables.set(label(table), { bar, started: performance.now(), sent: 0 });
      },
      rows: (table, count) => {
        const { bar, ...state } = entry(table);
        entry(table).sent = state.sent + count;
        // An estimate that proves short (or none) grows with the rows.
        if (bar && state.sent + count > bar.getTotal()) bar.setTotal(state.sent + count);
        bar?.update(state.sent + count);
      },
      indexing: (table) => entry(table).bar?.update({ status: 'building indexes' }),
      done: (table, rows) => {
        const done = entry(table);
        done.bar?.setTotal(rows);
        done.bar?.update(rows, { status: 'done' });
        done.seconds = (performance.now() - done.started) / 1000;
        done.rows = rows;
        if (!this.tty) this.line(label(table), done);
      },
    };
  }

  private line(table: string, { rows, seconds }: { rows?: number; seconds?: number }) {
    say(`${table} ${String(rows).padStart(10)} rows ${seconds!.toFixed(1).padStart(7)} s`);
  }

  summary(): void {
    for (const [table, entry] of this.tables) this.line(table, entry);
  }

  total(): number {
    return [...this.tables.values()].reduce((sum, entry) => sum + (entry.rows ?? 0), 0);
  }

  stop(): void {
    if (this.tty) this.bars.stop();
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    say(USAGE);
    return 0;
  }
  const options = parseArguments(argv);
  // The subgraphs' definitions and the generator are loaded once the arguments are known good: a mistake is answered at once.
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only for good arguments */
  const lib = require('../lib') as typeof import('../lib');
  let env: Env;
  try {
    // Checked before the subgraphs load: some of their modules read settings as they load.
    env = { ...lib.environment() };
  } catch (error) {
    // By name: under tsx the static imports and `require` may load lib twice, as two classes.
    if ((error as Error).name === 'ConfigurationError') throw new UsageError((error as Error).message.split('\n').join('; '));
    throw error;
  }
  const national = require('../seed/national') as typeof import('../seed/national');
  const { subgraphDefinition } = require('../subgraphs') as typeof import('../subgraphs');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const scale = national.parseScale(options.scale);
  if (typeof scale === 'string') throw new UsageError(scale);

  let server: EmbeddedServer | undefined;
  const databases = new Map<SubgraphName, CountedDataSource>();
  const stop = async () => {
    await Promise.all([...databases.values()].map((db) => db.destroy().catch(() => {})));
    await server?.stop();
  };
  try {
    if (lib.SUBGRAPH_NAMES.some((name) => !lib.databaseUrlFor(name, env))) {
      const dataDir = join(lib.dataDirFor(env), 'postgres');
      const port = env.EMBEDDED_POSTGRES_PORT ? Number(env.EMBEDDED_POSTGRES_PORT) : undefined;
      say(`starting embedded PostgreSQL in ${dataDir} ...`);
      server = await startEmbeddedPostgres({ dataDir, port, persistent: true });
      env.DATABASE_URL = server.url;
    }
    // Every database checked before anything is written.
    for (const name of lib.SUBGRAPH_NAMES) {
      const url = lib.databaseUrlFor(name, env)!;
      await lib.ensureDatabase(url);
      const db = await lib.openDatabase(subgraphDefinition(name), url, { migrate: true });
      databases.set(name, db);
      if (!options.replace && !(await lib.isEmpty(db))) {
        throw new UsageError(
          `the ${name} database (${where(url)}) is not empty: pass --replace to truncate it, or set DATA_DIR to another directory`,
        );
      }
    }
    if (options.replace) for (const db of databases.values()) await national.truncateFamily(db);

    const context = {
      world: national.nationalWorld(scale),
      seed: options.seed,
      from: `${options.from}-01`,
      to: lastDayOf(options.to),
    };
    say(
      `generating ${options.scale} from ${context.from} to ${context.to} (seed ${context.seed}; the district level ends ${LAST_THREE_LEVEL_DAY}) ...`,
    );
    const started = performance.now();
    const progress = new Progress();
    try {
      await Promise.all(
        lib.SUBGRAPH_NAMES.map((name) =>
          national.loadFamily(databases.get(name)!, national.nationalLoad(name, context), progress.of(name)),
        ),
      );
    } finally {
      progress.stop();
    }
    const seconds = (performance.now() - started) / 1000;
    const total = progress.total();
    if (progress.tty) progress.summary();
    say(
      `generated ${total.toLocaleString('en')} rows in ${seconds.toFixed(1)} s (${Math.round(total / seconds).toLocaleString('en')} rows/s)`,
    );
  } finally {
    await stop();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
    process.stderr.write(`generate: ${message}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
