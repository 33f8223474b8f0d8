import pino from 'pino';

/** Structured logs (JSON lines) on stderr; `LOG_LEVEL` sets the threshold. */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
    base: { service: process.env.SERVICE_NAME },
  },
  pino.destination(2),
);
