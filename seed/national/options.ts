import { MAX_YEAR, MIN_YEAR } from '../../lib';

/**
 * The arguments of `npm run generate` (scripts/generate.ts), checked before anything
 * runs: what a run is asked for, or one line saying what is wrong.
 */

export const USAGE =
  'usage: npm run generate -- --scale national|province:<code> [--from YYYY-MM] [--to YYYY-MM] [--seed N] [--replace]   (defaults: --from 2024-01 --to 2026-11 --seed 1)';

export interface Options {
  scale: string;
  from: string;
  to: string;
  seed: number;
  replace: boolean;
}

/** A mistake in the arguments or the databases' state: one line, exit code 2. */
export class UsageError extends Error {}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The command's arguments, checked: a `UsageError` naming the first mistake. */
export function parseArguments(argv: readonly string[]): Options {
  const options: Partial<Options> & { replace: boolean } = { replace: false };
  const valued = new Set(['--scale', '--from', '--to', '--seed']);
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].includes('=')
      ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)]
      : [argv[i], undefined];
    if (flag === '--replace' && inline === undefined) {
      options.replace = true;
      continue;
    }
    if (!valued.has(flag)) throw new UsageError(`unknown argument "${argv[i]}"; ${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value; ${USAGE}`);
    if (flag === '--scale') options.scale = value;
    else if (flag === '--from') options.from = value;
    else if (flag === '--to') options.to = value;
    else {
      if (!/^\d{1,9}$/.test(value)) throw new UsageError(`--seed must be a whole number from 0 to 999999999, got "${value}"`);
      options.seed = Number(value);
    }
  }
  if (!options.scale) throw new UsageError(`--scale is required; ${USAGE}`);
  const from = options.from ?? '2024-01';
  const to = options.to ?? '2026-11';
  for (const [flag, month] of [
    ['--from', from],
    ['--to', to],
  ] as const) {
    const match = MONTH.exec(month);
    if (!match) throw new UsageError(`${flag} must be a month YYYY-MM (e.g. 2024-01), got "${month}"`);
    if (Number(match[1]) < MIN_YEAR || Number(match[1]) > MAX_YEAR)
      throw new UsageError(`${flag} must be a month from ${MIN_YEAR} to ${MAX_YEAR}, got "${month}"`);
  }
  if (from > to) throw new UsageError(`--from (${from}) must not be after --to (${to})`);
  return { scale: options.scale, from, to, seed: options.seed ?? 1, replace: options.replace };
}

/** The last day of a `YYYY-MM` month. */
export function lastDayOf(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
}
