/** `npm run start:gateway`: the gateway alone, in front of subgraphs running elsewhere. */
// First: traces (when asked) must hook http before the library loads it.
// eslint-disable-next-line no-restricted-imports -- not through the index, which loads everything
import '../lib/tracing';
import cluster from 'node:cluster';
import {
  allowStopping,
  exitAfterFailedStart,
  keyDirFromDataDir,
  logger,
  prepareTokenVerification,
  stopOnShutdown,
  whenStopping,
} from '../lib';
import { gatewayConfig } from './config';
import { startGateway } from './server';

/** Time for what a stop does after the requests in flight: traces flushed, connections closed. */
const STOP_MARGIN_MS = 5_000;

/** A worker that dies this soon after its start is not restarted: it would only die again. */
const MIN_WORKER_LIFE_MS = 5_000;

/**
 * `GATEWAY_WORKERS` > 1: this process forks that many gateway processes sharing its port
 * (`node:cluster`), so the gateway uses more than one core, and restarts a worker that
 * dies; stopping stops them all, each finishing its requests in flight. Each worker
 * has its own caches, shared requests and `/metrics`.
 */
async function superviseWorkers(count: number): Promise<void> {
  let stopping = false;
  const startedAt = new Map<number, number>();
  const fork = () => startedAt.set(cluster.fork().id, Date.now());
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    if (lived < MIN_WORKER_LIFE_MS) {
      logger.fatal({ worker: worker.id, code, signal }, 'a gateway worker failed at start; stopping');
      process.kill(process.pid, 'SIGTERM');
      return;
    }
    logger.error({ worker: worker.id, code, signal }, 'a gateway worker died; starting another');
    fork();
  });
  whenStopping(async () => {
    stopping = true;
    await Promise.all(
      Object.values(cluster.workers ?? {}).map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (!worker || worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  });
  let listening = 0;
  cluster.on('listening', (_worker, address) => {
    listening += 1;
    if (listening === count) logger.info({ url: `http://localhost:${address.port}/graphql`, workers: count }, 'gateway ready');
  });
  for (let i = 0; i < count; i += 1) fork();
}

async function main() {
  stopOnShutdown();
  keyDirFromDataDir();
  // In the primary: the development key is made once, before workers read it.
  await prepareTokenVerification();
  const config = gatewayConfig();
  // Requests in flight when a stop begins may run to their deadline; closing and exiting take a little more.
  allowStopping(config.requestTimeoutMs + STOP_MARGIN_MS);
  if (cluster.isPrimary && config.workers > 1) return superviseWorkers(config.workers);
  const gateway = await startGateway(config);
  whenStopping(() => gateway.stop());
  logger.info({ url: gateway.url }, 'gateway ready');
}

main().catch((error: unknown) => exitAfterFailedStart('the gateway', error));
