import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type express from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/**
 * Prometheus metrics (`prom-client`), served at `/metrics` by the gateway and by every
 * subgraph: requests by operation with their latency, errors by code, the gateway's
 * fetches to each subgraph with their latency and failures, each subgraph's connection
 * pool, and the process's own figures (CPU, memory, event-loop lag). One registry per
 * process; a `service` label tells apart the servers a test runs in one process.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const requestDuration = new Histogram({
  name: 'graphql_request_duration_seconds',
  help: 'GraphQL requests by service, operation name and outcome (ok, or error when the answer carries errors).',
  labelNames: ['service', 'operation', 'outcome'],
  buckets: SECONDS,
  registers: [metricsRegistry],
});

const errorsByCode = new Counter({
  name: 'graphql_errors_total',
  help: 'Errors in GraphQL answers by service and extensions.code.',
  labelNames: ['service', 'code'],
  registers: [metricsRegistry],
});

/** The gateway's fetches to each subgraph (`gateway/SubgraphDataSource.ts`). */
export const subgraphFetchDuration = new Histogram({
  name: 'subgraph_fetch_duration_seconds',
  help: "The gateway's fetches to a subgraph by outcome (ok, timeout: its own or the request's deadline, error).",
  labelNames: ['subgraph', 'outcome'],
  buckets: SECONDS,
  registers: [metricsRegistry],
});

/** Query fetches the gateway did not send because an identical one was in flight (`gateway/SubgraphDataSource.ts`). */
export const sharedSubgraphFetches = new Counter({
  name: 'subgraph_fetches_shared_total',
  help: 'Query fetches to a subgraph answered by an identical one in flight (same token and body) instead of being sent.',
  labelNames: ['subgraph'],
  registers: [metricsRegistry],
});

/** Requests answered by an identical one in flight (`sharingKey`, lib/graphqlServer.ts) instead of being executed. */
export const sharedRequests = new Counter({
  name: 'graphql_requests_shared_total',
  help: 'GraphQL requests answered by an identical one in flight (same authorization scope and request) instead of being executed.',
  labelNames: ['service'],
  registers: [metricsRegistry],
});

/** At most this many operation names are told apart; clients choose them, so the rest count as `other`. */
const MAX_OPERATIONS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const operations = new Set<string>();

function operationLabel(name: string | null | undefined): string {
  if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
  if (operations.has(name)) return name;
  if (operations.size >= MAX_OPERATIONS) return 'other';
  operations.add(name);
  return name;
}

/** Records each request's latency and the codes of its errors, under `service`. */
export function metricsPlugin<C extends BaseContext>(service: string): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const end = requestDuration.startTimer({ service });
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) errorsByCode.inc({ service, code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
        },
        async willSendResponse({ request, operationName, errors }) {
          end({ operation: operationLabel(operationName ?? request.operationName), outcome: errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
}

/** Each pool's connections (`pg` behind TypeORM): in use, idle, and requests waiting for one. */
const poolConnections = new Gauge({
  name: 'db_pool_connections',
  help: "A subgraph's PostgreSQL pool by state (total, idle, waiting).",
  labelNames: ['service', 'state'],
  registers: [metricsRegistry],
  collect() {
    for (const [service, pool] of pools) {
      this.set({ service, state: 'total' }, pool.totalCount);
      this.set({ service, state: 'idle' }, pool.idleCount);
      this.set({ service, state: 'waiting' }, pool.waitingCount);
    }
  },
});
void poolConnections;

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}
const pools = new Map<string, PgPool>();

/** What a data source has counted of the statements it sent (`StatementCounter`, lib/database.ts). */
interface Counted {
  statementCounter?: { count: number };
}
const counted = new Map<string, { source: Counted; seen: number }>();

/** SQL statements sent: the benchmark divides them by requests (statements per request). */
const statementsSent = new Counter({
  name: 'db_statements_total',
  help: 'SQL statements a subgraph sent to its database.',
  labelNames: ['service'],
  registers: [metricsRegistry],
  collect() {
    for (const [service, entry] of counted) {
      const now = entry.source.statementCounter?.count ?? 0;
      // Tests reset the counter; a count that went down started again from zero.
      this.inc({ service }, now >= entry.seen ? now - entry.seen : now);
      entry.seen = now;
    }
  },
});
void statementsSent;

/** Reports the data source's pool and statements under `service` while the process runs. */
export function watchPool(service: string, dataSource: DataSource): void {
  const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
  if (pool) pools.set(service, pool);
  counted.set(service, { source: dataSource as Counted, seen: 0 });
}

/** `/metrics`, in Prometheus' text format. */
export function metricsRoute(app: express.Express): void {
  app.get('/metrics', async (_req, res) => {
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
}
