import { spawn } from 'node:child_process';
import { freePort } from '../../scripts/embeddedPostgres';
import { projectRoot } from '../../lib';
import { seededDatabase } from '../support/databases';

/**
 * The entry points as `npm start` and docker-compose run them. In production nothing
 * starts without the identity provider's keys (design section 6): the gateway and a
 * subgraph stop at once with one line that says what to set, and never create or
 * trust the development key. Their logs are JSON lines, each naming its service.
 */
interface Run {
  code: number | null;
  lines: { level: number; msg: string; service: string }[];
}

/** Runs an entry point until it exits, or until it logs `readyWhen` (then stops it). */
function run(entry: string, env: Record<string, string>, readyWhen?: RegExp): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', LOG_FORMAT: 'json', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (readyWhen?.test(stderr)) child.kill('SIGTERM');
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const lines = stderr
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Run['lines'][number]);
      resolve({ code, lines });
    });
  });
}

const NO_KEYS =
  /^the (gateway|state subgraph) cannot start: JWT_JWKS_URL is not set: with NODE_ENV=production .* set JWT_JWKS_URL \(and JWT_ISSUER, JWT_AUDIENCE\)$/;

it('the gateway does not start in production without JWT_JWKS_URL: one line, exit 1', async () => {
  const { code, lines } = await run('gateway/main.ts', {
    NODE_ENV: 'production',
    GATEWAY_PORT: String(await freePort()),
    JWT_KEY_DIR: '/nonexistent/keys',
  });
  expect(code).toBe(1);
  expect(lines).toHaveLength(1);
  expect(lines[0].msg).toMatch(NO_KEYS);
});

it('a subgraph does not start in production without JWT_JWKS_URL, before it touches its database', async () => {
  const { code, lines } = await run('subgraphs/state/main.ts', {
    NODE_ENV: 'production',
    STATE_PORT: String(await freePort()),
    // Nothing listens here: the subgraph must stop before it tries.
    STATE_DATABASE_URL: 'postgres://nobody@localhost:9/state',
  });
  expect(code).toBe(1);
  expect(lines).toHaveLength(1);
  expect(lines[0].msg).toMatch(NO_KEYS);
});

it('a JWT_JWKS_URL that is not a URL is one line too', async () => {
  const { code, lines } = await run('gateway/main.ts', {
    NODE_ENV: 'production',
    JWT_JWKS_URL: 'sso.example',
    GATEWAY_PORT: String(await freePort()),
  });
  expect(code).toBe(1);
  expect(lines.map((l) => l.msg)).toEqual(['the gateway cannot start: JWT_JWKS_URL: "sso.example" is not an http(s) URL']);
});

it('the gateway starts in production with the identity provider named', async () => {
  const { lines } = await run(
    'gateway/main.ts',
    { NODE_ENV: 'production', JWT_JWKS_URL: 'https://sso.example.gov.vn/.well-known/jwks.json', GATEWAY_PORT: String(await freePort()) },
    /gateway ready/,
  );
  expect(lines.map((l) => l.msg)).toContain('gateway ready');
});

it("a subgraph's logs are JSON lines naming the service, without Apollo's inline-tracing notice", async () => {
  // The tests' own state database, migrated and seeded.
  await (await seededDatabase('state')).destroy();
  const { lines } = await run(
    'subgraphs/state/main.ts',
    {
      STATE_PORT: String(await freePort()),
      DATABASE_URL: process.env.DATABASE_URL!,
      JWT_KEY_DIR: process.env.JWT_KEY_DIR!,
      LOG_LEVEL: 'debug',
    },
    /state subgraph ready/,
  );
  expect(lines.map((l) => l.msg)).toContain('state subgraph ready');
  for (const line of lines) expect(line.service).toBe('state');
  expect(lines.filter((l) => /inline trac/i.test(l.msg))).toEqual([]);
});

it('every bad variable is one line of its own, and a database URL is never repeated', async () => {
  const { code, lines } = await run('gateway/main.ts', {
    GATEWAY_PORT: 'banana',
    SUBGRAPH_TIMEOUT_MS: '-1',
    DATABASE_URL: 'mysql://root:s3cret@db/x',
  });
  expect(code).toBe(1);
  expect(lines).toHaveLength(1);
  expect(lines[0].msg.split('\n')).toEqual([
    'the gateway cannot start: DATABASE_URL: the value is not a PostgreSQL URL, postgres://user:password@host:port/database',
    'GATEWAY_PORT: "banana" is not a port number from 0 to 65535',
    'SUBGRAPH_TIMEOUT_MS: "-1" is not a whole number of milliseconds, at least 1',
  ]);
  expect(lines[0].msg).not.toContain('s3cret');
});
