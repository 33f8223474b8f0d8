import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import {
  carriedOnBy,
  conventionalId,
  environment,
  NATION_CODE,
  notInForce,
  portFor,
  projectRoot,
  provinceOf,
  signDevelopmentToken,
  unitVersions,
} from '../lib';
import { collectReport, COLLECT_STEPS } from './collect';
import { isCalendarDate, todayInVietnam } from './dates';
import { ReportError, usageError } from './errors';
import { GatewayClient } from './gatewayClient';
import type { ReportModel } from './model';
import { parsePeriod, ReportPeriod } from './period';
import { createProgress } from './progress';
import { renderCsv } from './render/csv';
import { renderHtml } from './render/html';
import { renderMarkdown } from './render/markdown';

/**
 * `npm run report -- --unit 60 --period 2024-Q3 [--as-of 2024-10-20] [--format html|md|csv]
 *  [--out FILE] [--gateway URL] [--token TOKEN]`: the coordination report of a unit
 * for a period (design section 5, scenario 6), made from live data through the
 * gateway.
 */
export const USAGE =
  'usage: npm run report -- --unit CODE --period 2024-Q3|2024-M07|2024-H1|2024-9M|2024 [--as-of YYYY-MM-DD] [--format html|md|csv] [--out FILE|-] [--gateway URL] [--token TOKEN]';

export const FORMATS = {
  html: { extension: 'html', render: renderHtml },
  md: { extension: 'md', render: renderMarkdown },
  csv: { extension: 'csv', render: renderCsv },
} as const satisfies Record<string, { extension: string; render: (model: ReportModel) => string }>;
export type Format = keyof typeof FORMATS;

export interface ReportOptions {
  unit: string;
  period: ReportPeriod;
  asOf: string;
  format: Format;
  /** A file path, or `-` for standard output. */
  out: string;
  gateway: string;
  /** Null: mint a development token for the unit's commission. */
  token: string | null;
}

/** Where the command writes and what it reads besides its arguments; the process's by default. */
export interface Io {
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** The clock, for the default `--as-of` and the generation time. */
  now?: () => Date;
}

/**
 * Parses and checks the arguments. The environment supplies what the options do
 * not: `GATEWAY_URL`, `REPORT_TOKEN`. Every problem is a usage error (exit 2).
 */
export function parseOptions(argv: string[], env: Io['env'], now: Date = new Date()): ReportOptions | 'help' {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        unit: { type: 'string' },
        period: { type: 'string' },
        'as-of': { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        gateway: { type: 'string' },
        token: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // parseArgs' own messages are one line already ("Unknown option '--unti'...").
    throw usageError((error as Error).message.split('\n')[0]);
  }
  if (values.help) return 'help';

  const unit = (values.unit as string | undefined)?.trim();
  if (!unit) throw usageError('--unit is required: the code of an administrative unit, e.g. 60 (Bình Thuận)');
  if (!/^[A-Za-z0-9]{1,20}$/.test(unit)) throw usageError(`--unit: "${unit}" is not an administrative unit code`);

  if (values.period === undefined) throw usageError('--period is required, e.g. 2024-Q3');
  const period = parsePeriod(values.period as string);
  // The regime follows the structure of the period's last day (design section 10): a unit
  // that had ended by then has no report; say which unit carries it on.
  const notThen = unitVersions(unit).length > 0 ? notInForce(unit, period.endsOn) : null;
  if (notThen) throw new ReportError(notThen, 2, false);

  const asOf = (values['as-of'] as string | undefined) ?? todayInVietnam(now);
  if (!isCalendarDate(asOf)) throw usageError(`--as-of: "${asOf}" is not a date; use YYYY-MM-DD, e.g. 2024-10-20`);

  const format = ((values.format as string | undefined) ?? 'html').toLowerCase();
  if (!Object.hasOwn(FORMATS, format)) throw usageError(`--format: "${format}" is not one of ${Object.keys(FORMATS).join(', ')}`);

  const [gateway, gatewaySource] = values.gateway !== undefined ? [values.gateway as string, '--gateway'] : defaultGateway(env);
  if (!isHttpUrl(gateway)) throw usageError(`${gatewaySource}: "${gateway}" is not an http(s) URL`);

  const token = (values.token as string | undefined) ?? (env.REPORT_TOKEN || null);
  if (token !== null && !/^[\w-]+\.[\w-]+\.[\w-]*$/.test(token)) throw usageError('--token: not a JWT (three dot-separated parts)');

  const out = (values.out as string | undefined) ?? defaultOut(unit, period, format as Format);
  if (out === '') throw usageError('--out: empty; give a file or - for standard output');
  return { unit, period, asOf, format: format as Format, out, gateway, token };
}

/**
 * The gateway when `--gateway` is not given, and the setting it came from (for
 * error messages): `GATEWAY_URL`, else the local gateway on `GATEWAY_PORT` (4000
 * by default), the port `npm start` runs it on.
 */
export function defaultGateway(env: Io['env']): [url: string, source: string] {
  if (env.GATEWAY_URL) return [env.GATEWAY_URL, 'GATEWAY_URL'];
  try {
    return [`http://localhost:${portFor('gateway', env)}/graphql`, 'GATEWAY_PORT'];
  } catch (error) {
    throw usageError((error as Error).message);
  }
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** `reports/60-2024-Q3.html` in the project (a git-ignored folder). */
export function defaultOut(unit: string, period: ReportPeriod, format: Format): string {
  return join(projectRoot, 'reports', `${unit}-${period.label}.${FORMATS[format].extension}`);
}

/**
 * The organization whose reader reads the report by default: the Mass
 * Mobilization Commission in force on `today` of the province that holds the unit
 * today (communes and districts are read from their province, which stands over
 * everything below it; an ended unit from the province that carried it on, which
 * stands over its predecessors' records), or of the nation.
 */
export function defaultReader(unit: string, today: string = todayInVietnam()): string {
  const holder = carriedOnBy(unit, today);
  return holder ? conventionalId('MMC', provinceOf(holder)) : `MMC-${NATION_CODE}`;
}

/** A development token, like `npm run token -- --org MassMobilizationCommission:MMC-60 --role reader`. */
async function developmentToken(unit: string): Promise<string> {
  const id = defaultReader(unit);
  return signDevelopmentToken(
    {
      sub: `report:${id}`,
      org: { type: 'MassMobilizationCommission', id },
      roles: ['reader'],
    },
    '1h',
  );
}

/** Runs the command; resolves to the exit code (0, 1 or 2) and never throws. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const now = io.now ?? (() => new Date());
  let options: ReportOptions | 'help';
  try {
    options = parseOptions(argv, io.env, now());
  } catch (error) {
    return fail(io, error);
  }
  if (options === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const progress = createProgress(io.stderr, COLLECT_STEPS.length + 1);
  try {
    const token = options.token ?? (await developmentToken(options.unit));
    const client = new GatewayClient(options.gateway, token);
    const model = await collectReport(
      { client, unitCode: options.unit, period: options.period, asOf: options.asOf, generatedAt: now().toISOString() },
      progress,
    );
    progress.step(options.out === '-' ? 'writing to standard output' : `writing ${displayPath(options.out)}`);
    const content = FORMATS[options.format].render(model);
    write(options.out, content, io);
    progress.finish(true);
    if (options.out !== '-') io.stderr.write(`report: wrote ${displayPath(options.out)}\n`);
    return 0;
  } catch (error) {
    progress.finish(false);
    return fail(io, error);
  }
}

function write(out: string, content: string, io: Io): void {
  if (out === '-') {
    io.stdout.write(content);
    return;
  }
  try {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(out, content, 'utf8');
  } catch (error) {
    throw new ReportError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 1);
  }
}

function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), resolve(path));
  return fromHere.startsWith('..') ? resolve(path) : fromHere;
}

/** One line on stderr, no stack: the message of a `ReportError`, or that of anything unexpected. */
function fail(io: Io, error: unknown): number {
  if (error instanceof ReportError) {
    io.stderr.write(`report: ${error.message}${error.pointsToUsage ? ' (--help for usage)' : ''}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`report: unexpected failure: ${message.replace(/\s+/g, ' ').trim()}\n`);
  return 1;
}

function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: environment() };
}
