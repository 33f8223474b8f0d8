import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { gatewayConfig } from '../../gateway/config';
import { databaseName, DEFAULT_PORTS, envPrefix, projectRoot, SUBGRAPH_NAMES } from '../../lib';

/**
 * No Docker engine runs here, so docker-compose.yml is checked, not run: its
 * services, ports, variables and entry points must match what the code reads.
 */
interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  build?: string;
}

const compose = parse(readFileSync(join(projectRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const initSql = readFileSync(join(projectRoot, 'docker/create-databases.sql'), 'utf8');
const dockerfile = readFileSync(join(projectRoot, 'Dockerfile'), 'utf8');

/** `dist/subgraphs/party/main.js` → `subgraphs/party/main.ts`: the compiled entry point exists as source. */
function sourceOf(entry: string): string {
  return join(projectRoot, entry.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
}

/**
 * Production mode, whose tokens are checked against the identity provider's keys
 * only: the three settings come from the deployer's environment, and compose stops
 * with a message naming each one that is missing (design section 6).
 */
function expectProductionTokens(service: ComposeService): void {
  expect(service.environment?.NODE_ENV).toBe('production');
  for (const name of ['JWT_JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE']) {
    expect(service.environment?.[name]).toMatch(new RegExp(`^\\$\\{${name}:\\?set ${name} to .+\\}$`));
  }
  expect(service.environment?.JWT_KEY_DIR).toBeUndefined();
}

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, the one-shot migration, the four subgraphs and the gateway', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['postgres', 'migrate', 'gateway', ...SUBGRAPH_NAMES].sort());
  });

  it('migrates every database once, and seeds the demo into empty ones, before any subgraph starts', () => {
    const migrate = compose.services.migrate;
    expect(migrate.command).toEqual(['node', 'dist/scripts/migrate.js', '--seed-demo']);
    expect(existsSync(sourceOf(migrate.command![1]))).toBe(true);
    expect(migrate.depends_on?.postgres?.condition).toBe('service_healthy');
    for (const name of SUBGRAPH_NAMES) {
      expect(migrate.environment?.[`${envPrefix(name)}_DATABASE_URL`]).toBe(
        compose.services[name].environment?.[`${envPrefix(name)}_DATABASE_URL`],
      );
    }
  });

  it.each(SUBGRAPH_NAMES)('runs the %s subgraph on its port against its own database', (name) => {
    const service = compose.services[name];
    const port = DEFAULT_PORTS[name];
    expect(service.build).toBe('.');
    // The young generation's floor is a command-line flag: Node refuses it in NODE_OPTIONS (scripts/start.ts).
    expect(service.command).toEqual(['node', '--min-semi-space-size=16', `dist/subgraphs/${name}/main.js`]);
    expect(existsSync(sourceOf(service.command![2]))).toBe(true);
    expect(service.environment?.[`${envPrefix(name)}_PORT`]).toBe(String(port));
    expect(service.ports).toEqual([`${port}:${port}`]);
    const url = new URL(service.environment![`${envPrefix(name)}_DATABASE_URL`]);
    expect(url.hostname).toBe('postgres');
    expect(url.pathname).toBe(`/${databaseName(name)}`);
    expect(initSql).toContain(`CREATE DATABASE ${databaseName(name)};`);
    expect(service.depends_on?.migrate?.condition).toBe('service_completed_successfully');
    expect(service.environment?.MIGRATE_ON_START).toBe('false');
    expect(service.healthcheck?.test.join(' ')).toContain(`http://localhost:${port}/ready`);
    expectProductionTokens(service);
  });

  it('points the gateway at every subgraph by service name and port', () => {
    const gateway = compose.services.gateway;
    expect(gateway.command).toEqual(['node', '--min-semi-space-size=16', 'dist/gateway/main.js']);
    expect(existsSync(sourceOf(gateway.command![2]))).toBe(true);
    expect(gateway.environment?.GATEWAY_PORT).toBe(String(DEFAULT_PORTS.gateway));
    expect(gateway.ports).toEqual([`${DEFAULT_PORTS.gateway}:${DEFAULT_PORTS.gateway}`]);
    for (const name of SUBGRAPH_NAMES) {
      expect(gateway.environment?.[`${envPrefix(name)}_URL`]).toBe(`http://${name}:${DEFAULT_PORTS[name]}/graphql`);
      expect(gateway.depends_on?.[name]?.condition).toBe('service_healthy');
    }
    expectProductionTokens(gateway);
  });

  it("sets the gateway's time limits to values its configuration accepts, and checks its health by /ready", () => {
    const gateway = compose.services.gateway;
    const config = gatewayConfig(gateway.environment);
    expect(gateway.environment?.SUBGRAPH_TIMEOUT_MS).toBe(String(config.subgraphTimeoutMs));
    expect(gateway.environment?.REQUEST_TIMEOUT_MS).toBe(String(config.requestTimeoutMs));
    expect(config.requestTimeoutMs).toBeGreaterThanOrEqual(config.subgraphTimeoutMs);
    // /ready follows the subgraphs' own readiness: the gateway starts once they are healthy.
    expect(gateway.healthcheck?.test.join(' ')).toContain(`http://localhost:${DEFAULT_PORTS.gateway}/ready`);
  });

  it('builds from a Dockerfile that compiles the code and ships the schema and data', () => {
    expect(dockerfile).toMatch(/RUN npm run build/);
    expect(dockerfile).toMatch(/COPY schema \.\/schema/);
    expect(dockerfile).toMatch(/COPY data \.\/data/);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
  });
});
