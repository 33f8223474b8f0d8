import { ConfigurationError } from './config';
import { logger } from './logger';

/** What to undo when the process stops, latest first (the server before its database). */
const steps: (() => Promise<unknown>)[] = [];
let stopping = false;

/** How long stopping may take before the process exits anyway (a connection that never closes); see `allowStopping`. */
let graceMs = 10_000;

/**
 * Lets stopping take at least `ms` before the process exits anyway: the gateway's
 * requests may run for its whole request timeout, and a stop lets them finish.
 */
export function allowStopping(ms: number): void {
  graceMs = Math.max(graceMs, ms);
}

/** Registers a step to run when the process stops; steps run in the reverse order of registration. */
export function whenStopping(step: () => Promise<unknown>): void {
  steps.unshift(step);
}

/**
 * Stops the process, once, on SIGINT, SIGTERM or SIGHUP, and when the process
 * that started it with an IPC channel (`npm start`) goes away, even if it was
 * killed with SIGKILL: the channel closes with it, so a subgraph or gateway of
 * `npm start` never outlives it. Call it first thing in an entry point, so that a
 * parent that goes away during start-up is noticed too; register what to close
 * with `whenStopping` as it opens.
 */
export function stopOnShutdown(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
  // `send` exists only in a process started with an IPC channel.
  if (process.send) {
    if (!process.connected) void stop('the parent process is gone');
    process.on('disconnect', () => void stop('the parent process is gone'));
  }
}

async function stop(reason: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ reason }, 'stopping');
  setTimeout(() => {
    logger.error(`still stopping after ${graceMs / 1000} s; exiting`);
    process.exit(1);
  }, graceMs).unref();
  let code = 0;
  for (const step of steps) {
    await step().catch((error: unknown) => {
      logger.error({ err: error }, 'a stop step failed');
      code = 1;
    });
  }
  process.exit(code);
}

/**
 * The end of an entry point that could not start: a configuration mistake is its
 * message alone, one line, that says what to set; anything else is logged whole.
 */
export function exitAfterFailedStart(what: string, error: unknown): never {
  if (error instanceof ConfigurationError) logger.fatal(`${what} cannot start: ${error.message}`);
  else logger.fatal({ err: error }, `${what} failed to start`);
  process.exit(1);
}
