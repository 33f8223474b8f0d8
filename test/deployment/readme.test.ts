import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { STORIES } from '../../seed/demo';
import { projectRoot } from '../../lib';
import { Services } from '../support/services';

/**
 * The README's examples run as shown (issue 7, item 18): every GraphQL block through
 * the gateway without an error, and every shell block that calls the gateway as a
 * new user would type it (with `npm run -s token`), only its port changed to the test
 * gateway's. Databases of this file's own: the writing example writes.
 */
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const blocks = (language: string) => [...readme.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

let services: Services;

beforeAll(async () => {
  services = await Services.start(undefined, { databaseSuffix: 'readme' });
});

afterAll(async () => {
  await services?.stop();
});

/** Variables the examples declare, as a reader would fill them in. */
const VARIABLES: Record<string, unknown> = { id: STORIES.programs.centralArmedForces };

describe('the GraphQL examples', () => {
  const examples = blocks('graphql');

  it('are there: the five scenarios', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((example) => [example.match(/^(?:query|mutation)\s+(\w+)/m)?.[1] ?? example.slice(0, 40), example]))(
    '%s runs through the gateway without an error',
    async (_name, example) => {
      const { data, errors } = await services.queryGateway(example, VARIABLES);
      expect(errors).toBeUndefined();
      expect(Object.values(data!).every((value) => value !== null)).toBe(true);
    },
  );
});

describe('the shell examples that call the gateway', () => {
  const examples = blocks('sh').filter((block) => block.includes('curl -s localhost:4000'));

  it('are there: the first request and the writing example', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.map((example, i) => [i + 1, example]))('%i runs as shown, each answer without an error', async (_i, example) => {
    const port = new URL(services.gateway!.url).port;
    // One answer per line, to read them apart.
    const script = example.replaceAll('localhost:4000', `localhost:${port}`).replaceAll('curl -s ', "curl -s -w '\\n' ");
    const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script], {
      cwd: projectRoot,
      env: process.env,
      timeout: 60_000,
    });
    const answers = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { data?: Record<string, unknown>; errors?: unknown[] });
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toBeDefined();
    }
  });
});
