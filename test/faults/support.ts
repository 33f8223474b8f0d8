import { ChildProcess, spawn } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { projectRoot } from '../../lib';

/**
 * A service run as a real process, the way `npm start` runs it (`node --import tsx
 * <entry>`), for the faults that need one: a signal, a kill. Its JSON log lines are
 * kept, so a test can wait for one and show them when it fails.
 */
export class ServiceProcess {
  readonly child: ChildProcess;
  log = '';
  /** Resolves with how the process ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(entry: string, env: Record<string, string>) {
    this.child = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd: projectRoot,
      // The test run's own environment (NODE_ENV=test, JWT_KEY_DIR: the run's signing key) with the service's settings over it.
      env: { ...process.env, LOG_FORMAT: 'json', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Resolves once the process has logged a line matching `pattern`; rejects if it exits first or after `timeoutMs`. */
  async logged(pattern: RegExp, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.log)) {
      if (this.child.exitCode !== null || this.child.signalCode !== null)
        throw new Error(`the process exited before logging ${pattern}:\n${this.log}`);
      if (Date.now() > deadline) throw new Error(`the process did not log ${pattern} within ${timeoutMs} ms:\n${this.log}`);
      await sleep(50);
    }
  }

  /** SIGKILL unless it has already ended; resolves once it has. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it holds; rejects with `what` after `timeoutMs`. */
export async function eventually(what: string, check: () => Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(intervalMs);
  }
}

/** The HTTP status of a GET, or `no answer` when none came (refused, reset, 5 s without one). */
export async function statusOf(url: string): Promise<number | 'no answer'> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await response.body?.cancel();
    return response.status;
  } catch {
    return 'no answer';
  }
}

/** `http://localhost:4000/graphql` → `http://localhost:4000/ready`. */
export const readyOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/ready');

/**
 * A proxy in front of a subgraph that can hold the requests it gets (the subgraph
 * seems slow) and let them through later: a way to have requests in flight at the
 * gateway at a chosen moment.
 */
export class HoldingProxy {
  /** Requests received, held or not. */
  received = 0;
  private holding = false;
  private held: (() => void)[] = [];
  private readonly server: Server;
  url = '';

  constructor(private readonly target: string) {
    this.server = createServer(async (req, res) => {
      this.received += 1;
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      if (this.holding) await new Promise<void>((resolve) => this.held.push(resolve));
      const answer = await fetch(this.target, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: req.headers.authorization ?? '' },
        body: Buffer.concat(chunks).toString(),
      });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(await answer.text());
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
    return this;
  }

  hold(): void {
    this.holding = true;
  }

  /** Lets every held request through, and the next ones straight away. */
  release(): void {
    this.holding = false;
    for (const resolve of this.held.splice(0)) resolve();
  }

  async stop(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
