import { Services, tokenFor } from '../support/services';

/**
 * Prometheus metrics (issue 11, item 5): `/metrics` on the gateway and every subgraph,
 * with the requests by operation, the gateway's fetches to each subgraph, the pools
 * and the process's event-loop lag, after one named query through the gateway.
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start();
});

afterAll(async () => {
  await services?.stop();
});

const metricsOf = async (graphqlUrl: string) => {
  const response = await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
};
/** The value of a sample, by its name and labels as Prometheus writes them. */
const sample = (text: string, series: string) =>
  Number(new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);

it('counts a named query at the gateway and its fetches to each subgraph, and shows the pools and the event loop', async () => {
  const { errors } = await services.queryGateway(/* GraphQL */ `
    query MetricsProbe {
      administrativeUnit(code: "60", asOf: "2024-09-30") {
        name
        partyCommittee {
          name
        }
        frontOrganizations {
          name
        }
      }
    }
  `);
  expect(errors).toBeUndefined();
  const gateway = await metricsOf(services.gateway!.url);
  expect(sample(gateway, 'graphql_request_duration_seconds_count{service="gateway",operation="MetricsProbe",outcome="ok"}')).toBe(1);
  for (const subgraph of ['party', 'front']) {
    expect(sample(gateway, `subgraph_fetch_duration_seconds_count{subgraph="${subgraph}",outcome="ok"}`)).toBeGreaterThanOrEqual(1);
  }
  expect(gateway).toMatch(/^nodejs_eventloop_lag_seconds \S+$/m);

  const party = await metricsOf(services.subgraphs.party!.server.url);
  expect(sample(party, 'db_pool_connections{service="party subgraph",state="total"}')).toBeGreaterThanOrEqual(1);
  expect(party).toMatch(/^graphql_request_duration_seconds_count\{service="party subgraph",operation="\w+",outcome="ok"\} \d+$/m);
});

it('counts errors by code, and keeps client-chosen operation names within bounds', async () => {
  const { errors } = await services.queryGateway(`query Bad { administrativeUnit(code: "60") { nope } }`);
  expect(errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  const gateway = await metricsOf(services.gateway!.url);
  expect(sample(gateway, 'graphql_errors_total{service="gateway",code="GRAPHQL_VALIDATION_FAILED"}')).toBeGreaterThanOrEqual(1);
  await services.queryGateway(`query ${'x'.repeat(100)} { __typename }`);
  expect(await metricsOf(services.gateway!.url)).not.toContain('x'.repeat(100));
});

it('executes identical requests in flight once per authorization scope, sends identical fetches once, and gives every request the whole answer', async () => {
  const count = async (metric: string) =>
    (await metricsOf(services.gateway!.url))
      .split('\n')
      .filter((line) => line.startsWith(`${metric}{`))
      .reduce((sum, line) => sum + Number(line.split(' ')[1]), 0);
  const sharedRequests = () => count('graphql_requests_shared_total');
  const sharedFetches = () => count('subgraph_fetches_shared_total');
  const DASHBOARD = /* GraphQL */ `
    query Dashboard {
      administrativeUnit(code: "596", asOf: "2024-09-30") {
        name
        partyCommittee {
          name
        }
        stateAgencies {
          name
        }
      }
    }
  `;
  const before = await sharedRequests();
  const answers = await Promise.all(Array.from({ length: 10 }, () => services.queryGateway(DASHBOARD)));
  expect(answers.every((answer) => answer.errors === undefined)).toBe(true);
  expect(new Set(answers.map((answer) => JSON.stringify(answer.data))).size).toBe(1);
  expect((await sharedRequests()) - before).toBeGreaterThan(0);

  // Requests written differently (here: spacing) are executed each, but their identical fetches are sent once.
  const fetchesBefore = await sharedFetches();
  const variants = await Promise.all(Array.from({ length: 10 }, (_, i) => services.queryGateway(DASHBOARD + ' '.repeat(i))));
  expect(new Set(variants.map((answer) => JSON.stringify(answer.data)))).toEqual(new Set([JSON.stringify(answers[0].data)]));
  expect((await sharedFetches()) - fetchesBefore).toBeGreaterThan(0);

  // Another official of the same organization shares; another organization is another scope: nothing is shared.
  const colleague = await tokenFor({ sub: 'colleague' });
  const colleagues = await sharedRequests();
  await Promise.all(
    Array.from({ length: 4 }, () => services.queryGateway(DASHBOARD, {}, colleague)).concat(services.queryGateway(DASHBOARD)),
  );
  expect((await sharedRequests()) - colleagues).toBeGreaterThan(0);
  const other = await tokenFor({ org: { type: 'StateAgency', id: 'PCOM-31-2025' } });
  const [requestsBetween, fetchesBetween] = [await sharedRequests(), await sharedFetches()];
  await Promise.all([services.queryGateway(DASHBOARD), services.queryGateway(DASHBOARD, {}, other)]);
  expect((await sharedRequests()) - requestsBetween).toBe(0);
  expect((await sharedFetches()) - fetchesBetween).toBe(0);
});
