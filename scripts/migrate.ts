/**
 * `npm run migrate -- [party|state|front|armed-forces ...] [--seed-demo]`: brings the
 * databases of the subgraphs named (all four by default) up to date, for deployments
 * that run the subgraphs with `MIGRATE_ON_START=false`; with `--seed-demo`, also puts
 * the demo data (seed/) into those that are empty, for a first look (docker-compose.yml). Each database is found as the
 * subgraph itself finds it (`<NAME>_DATABASE_URL`, else `DATABASE_URL`). One line
 * per subgraph on stdout; exit code 0 when done, 2 for a bad argument or a missing
 * URL (before anything runs), 1 when a database cannot be migrated.
 */
import { ConfigurationError, databaseUrlFor, environment, envPrefix, SUBGRAPH_NAMES, type SubgraphName } from '../lib';

const USAGE = `usage: npm run migrate -- [${SUBGRAPH_NAMES.join('|')} ...] [--seed-demo]   (all four when none is named)`;

/** `host:port/database`: where a URL points, without its credentials. */
function where(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
}

async function migrate(name: SubgraphName, url: string, seedDemo: boolean): Promise<void> {
  // Loaded only once the arguments are known good: a mistake is answered at once.
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only for good arguments */
  const { subgraphDefinition } = require('../subgraphs') as typeof import('../subgraphs');
  const { isEmpty, openDatabase, runPendingMigrations } = require('../lib') as typeof import('../lib');
  /* eslint-enable @typescript-eslint/no-require-imports */
  // Opened without migrating, so that what runs is reported here.
  const dataSource = await openDatabase(subgraphDefinition(name), url, { migrate: false });
  try {
    const applied = await runPendingMigrations(dataSource);
    process.stdout.write(
      applied.length
        ? `${name}: ran ${applied.length} migration${applied.length > 1 ? 's' : ''} on ${where(url)}: ${applied.join(', ')}\n`
        : `${name}: ${where(url)} is up to date\n`,
    );
    if (seedDemo && (await isEmpty(dataSource))) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the demo data, loaded only when asked for
      await (require('../seed') as typeof import('../seed')).seedDemo(name, dataSource);
      process.stdout.write(`${name}: seeded ${where(url)} with the demo data\n`);
    }
  } finally {
    await dataSource.destroy();
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const seedDemo = argv.includes('--seed-demo');
  argv = argv.filter((arg) => arg !== '--seed-demo');
  const unknown = argv.find((arg) => !SUBGRAPH_NAMES.includes(arg as SubgraphName));
  if (unknown !== undefined) {
    process.stderr.write(`migrate: "${unknown}" is not a subgraph; name any of ${SUBGRAPH_NAMES.join(', ')}, or none for all\n`);
    return 2;
  }
  const names = argv.length ? [...new Set(argv as SubgraphName[])] : [...SUBGRAPH_NAMES];
  try {
    // Every variable checked by its rule; a database URL is never echoed (it holds a password).
    environment();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    process.stderr.write(`migrate: ${error.message.split('\n').join('; ')}\n`);
    return 2;
  }
  const urls = new Map(names.map((name) => [name, databaseUrlFor(name)]));
  const missing = names.filter((name) => !urls.get(name));
  if (missing.length) {
    process.stderr.write(
      `migrate: no database URL for ${missing.join(', ')}: set ${missing.map((name) => `${envPrefix(name)}_DATABASE_URL`).join(', ')} or DATABASE_URL\n`,
    );
    return 2;
  }
  for (const name of names) {
    const url = urls.get(name)!;
    try {
      await migrate(name, url, seedDemo);
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
      process.stderr.write(`migrate: ${name}: cannot migrate ${where(url)}: ${message}\n`);
      return 1;
    }
  }
  return 0;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
