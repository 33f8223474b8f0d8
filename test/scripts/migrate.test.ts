import { CommandResult, runCommand } from '../support/commands';
import { Client } from 'pg';
import { freePort } from '../../scripts/embeddedPostgres';
import { subgraphDefinition } from '../../subgraphs';
import { databaseUrlFor, ensureDatabase, envPrefix, SUBGRAPH_NAMES, SubgraphName } from '../../lib';

/**
 * `npm run migrate` as a deployment runs it, a child process, against fresh
 * databases on the tests' embedded PostgreSQL: through npm once, the script
 * itself (what the npm script runs) otherwise.
 */
function runMigrate(args: string[], env: Record<string, string>, { throughNpm = false } = {}): Promise<CommandResult> {
  // Only the variables given: no DATABASE_URL from the test run unless asked for.
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.endsWith('DATABASE_URL')));
  return runCommand(throughNpm ? 'npm:migrate' : 'scripts/migrate.ts', args, { ...base, ...env });
}

/** A new, empty database on the test server for each subgraph named (all four by default). */
async function freshDatabases(tag: string, names: readonly SubgraphName[] = SUBGRAPH_NAMES): Promise<Record<SubgraphName, string>> {
  const urls = {} as Record<SubgraphName, string>;
  for (const name of names) {
    const url = new URL(databaseUrlFor(name)!);
    url.pathname = `${url.pathname}_migrate_${tag}_${process.pid}`;
    await ensureDatabase(url.toString());
    urls[name] = url.toString();
  }
  return urls;
}

/** The migrations applied to a database, oldest first, with when they were recorded; null without a migrations table. */
async function appliedMigrations(url: string): Promise<{ id: number; name: string }[] | null> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [{ exists }] = (await client.query(`SELECT to_regclass('migrations') IS NOT NULL AS exists`)).rows;
    if (!exists) return null;
    return (await client.query('SELECT id, name FROM migrations ORDER BY id')).rows;
  } finally {
    await client.end();
  }
}

/** What the subgraph's code says its migrations are. */
function migrationNames(name: SubgraphName): string[] {
  return (subgraphDefinition(name).migrations as (new () => { name?: string })[]).map(
    (migration) => new migration().name ?? migration.name,
  );
}

function ownUrls(urls: Partial<Record<SubgraphName, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${envPrefix(name as SubgraphName)}_DATABASE_URL`, url]));
}

describe('npm run migrate', () => {
  it('migrates all four databases, then finds them up to date and changes nothing', async () => {
    const urls = await freshDatabases('all');
    const first = await runMigrate([], ownUrls(urls), { throughNpm: true });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const lines = first.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const before: Record<string, unknown> = {};
    for (const [i, name] of SUBGRAPH_NAMES.entries()) {
      const expected = migrationNames(name);
      const applied = await appliedMigrations(urls[name]);
      expect(applied!.map((row) => row.name)).toEqual(expected);
      expect(lines[i]).toBe(
        `${name}: ran ${expected.length} migration${expected.length > 1 ? 's' : ''} on ${where(urls[name])}: ${expected.join(', ')}`,
      );
      before[name] = applied;
    }

    const second = await runMigrate([], ownUrls(urls));
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(SUBGRAPH_NAMES.map((name) => `${name}: ${where(urls[name])} is up to date\n`).join(''));
    for (const name of SUBGRAPH_NAMES) expect(await appliedMigrations(urls[name])).toEqual(before[name]);
  }, 120_000);

  it('migrates only the subgraphs named', async () => {
    const urls = await freshDatabases('some', ['front', 'party']);
    const expected = migrationNames('front');
    const result = await runMigrate(['front'], ownUrls(urls));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `front: ran ${expected.length} migration${expected.length > 1 ? 's' : ''} on ${where(urls.front)}: ${expected.join(', ')}\n`,
    );
    expect((await appliedMigrations(urls.front))!.map((row) => row.name)).toEqual(expected);
    expect(await appliedMigrations(urls.party)).toBeNull();
  }, 120_000);

  it('with --seed-demo, puts the demo data into an empty database, and never again', async () => {
    const urls = await freshDatabases('seed', ['state']);
    const first = await runMigrate(['state', '--seed-demo'], ownUrls(urls));
    expect(first.code).toBe(0);
    expect(first.stdout.trimEnd().split('\n').at(-1)).toBe(`state: seeded ${where(urls.state)} with the demo data`);
    const count = async () => {
      const client = new Client({ connectionString: urls.state });
      await client.connect();
      try {
        return (await client.query('SELECT count(*)::int AS n FROM state_agency')).rows[0].n as number;
      } finally {
        await client.end();
      }
    };
    const agencies = await count();
    expect(agencies).toBeGreaterThan(1000);
    const second = await runMigrate(['state', '--seed-demo'], ownUrls(urls));
    expect(second.stdout).toBe(`state: ${where(urls.state)} is up to date\n`);
    expect(await count()).toBe(agencies);
  }, 120_000);

  it('says in one line which variable to set when a subgraph has no database URL, before migrating anything', async () => {
    const urls = await freshDatabases('none', ['state']);
    const result = await runMigrate(['party', 'state', 'armed-forces'], ownUrls({ state: urls.state }));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'migrate: no database URL for party, armed-forces: set PARTY_DATABASE_URL, ARMED_FORCES_DATABASE_URL or DATABASE_URL\n',
    );
    expect(await appliedMigrations(urls.state)).toBeNull();
  }, 60_000);

  it.each([
    [['police'], {}, 'migrate: "police" is not a subgraph; name any of party, state, front, armed-forces, or none for all\n'],
    [
      ['party'],
      { DATABASE_URL: 'not a url' },
      'migrate: DATABASE_URL: the value is not a PostgreSQL URL, postgres://user:password@host:port/database\n',
    ],
  ])(
    'refuses %j (%j) with exit code 2 and one line',
    async (args, env, message) => {
      const result = await runMigrate(args, env);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(message);
    },
    60_000,
  );

  it('fails with exit code 1 and one line naming the database when its server cannot be reached', async () => {
    const url = `postgres://postgres:secret@127.0.0.1:${await freePort()}/party`;
    const result = await runMigrate(['party'], { PARTY_DATABASE_URL: url });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^migrate: party: cannot migrate ${escape(where(url))}: .*ECONNREFUSED.*\\n$`));
    expect(result.stderr).not.toContain('secret');
  }, 60_000);
});

function where(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
