import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ReferenceUnit } from '../../lib';
import { addDays, type World } from '../demo';
import type { Random } from './random';

/** What a generation run is: its world, its seed, and the days its records fall in. */
export interface Context {
  world: World;
  seed: number;
  /** The first day of the `--from` month. */
  from: string;
  /** The last day of the `--to` month: the data's "today" (what is due, open, held by then), never the wall clock. */
  to: string;
}

/** One table's load: its entity and its rows, made as they are streamed. */
export interface TableLoad<T extends ObjectLiteral = ObjectLiteral> {
  entity: EntityTarget<T>;
  rows: () => Iterable<T>;
  /** About how many rows a generator will make, for the progress bar; a list's is its length. */
  estimate?: () => number;
}

/** A subgraph's part of a run: its tables in load order (parents first), and what runs after them through the product's own code. */
export interface FamilyLoad {
  tables: TableLoad[];
  afterLoad?: (db: DataSource) => Promise<void>;
}

/** The days of `[from, to]` a unit version was in force, or null when none. */
export function daysOf(context: Context, unit: ReferenceUnit): { first: string; last: string; days: number } | null {
  const first = unit.validFrom && unit.validFrom > context.from ? unit.validFrom : context.from;
  const last = unit.validTo && unit.validTo < context.to ? unit.validTo : context.to;
  if (first > last) return null;
  return { first, last, days: (Date.parse(last) - Date.parse(first)) / 86_400_000 + 1 };
}

/** A day of a unit version's window, drawn from `random`. */
export function dayIn(random: Random, window: { first: string; days: number }): string {
  return addDays(window.first, random.int(window.days));
}

/** How many records a unit version gets over its window at `perYear` a year, fractions drawn (1.4 a year → 1 or 2). */
export function countFor(random: Random, window: { days: number }, perYear: number): number {
  const expected = (perYear * window.days) / 365;
  const whole = Math.floor(expected);
  return whole + (random.next() < expected - whole ? 1 : 0);
}

/** `entity` and `rows` with the row type checked against the entity. */
export function table<T extends ObjectLiteral>(entity: EntityTarget<T>, rows: () => Iterable<T>, estimate?: () => number): TableLoad {
  return { entity, rows, estimate } as unknown as TableLoad;
}
