import { basename } from 'node:path';
import pino from 'pino';
import pinoPretty from 'pino-pretty';
import { type Env, uncheckedEnvironment } from './config';

/**
 * The name every log line carries: `SERVICE_NAME` (set by `npm start` and in
 * docker-compose.yml), else the entry script's folder (`subgraphs/party/main.ts` →
 * `party`, `gateway/main.ts` → `gateway`), else the script's own name.
 */
export function serviceName(env: Env): string {
  if (env.SERVICE_NAME) return env.SERVICE_NAME;
  const entry = process.argv[1] ?? 'node';
  const name = basename(entry).replace(/\.[cm]?[jt]s$/, '');
  return name === 'main' || name === 'index' ? basename(entry.slice(0, entry.lastIndexOf('/'))) : name;
}

/**
 * Structured logs on stderr: JSON lines for machines (containers, CI, files), or
 * readable lines through pino-pretty when stderr is a terminal. `LOG_LEVEL` sets the
 * threshold; `LOG_FORMAT=json|pretty` overrides the choice.
 */
function createLogger(env: Env = uncheckedEnvironment()) {
  const options: pino.LoggerOptions = {
    level: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    base: { service: serviceName(env) },
  };
  const pretty = env.LOG_FORMAT === 'pretty' || (env.LOG_FORMAT !== 'json' && process.stderr.isTTY === true);
  if (pretty) {
    // Synchronous pretty printing in-process: no worker thread, nothing lost on exit.
    const stream = pinoPretty({
      destination: 2,
      sync: true,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname,service',
      messageFormat: '[{service}] {msg}',
    });
    return pino(options, stream);
  }
  return pino(options, pino.destination(2));
}

export const logger = createLogger();
