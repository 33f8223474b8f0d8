import { Column, type ColumnOptions, PrimaryColumn, type PrimaryColumnOptions } from 'typeorm';

/**
 * When a unit or an organization was in force (design section 10): `validFrom` and
 * `validTo`, both days, null for "no bound" (in force before the graph's records
 * begin; still in force). In PostgreSQL they are `-infinity` and `infinity`, so that a
 * range condition needs no `IS NULL` branch and a version can be part of a key.
 */
export interface Validity {
  validFrom: string | null;
  validTo: string | null;
}

const bound = (infinity: string) => ({
  to: (value: string | null | undefined) => value ?? infinity,
  // Dates come as text (lib/database.ts), `±infinity` included.
  from: (value: unknown) => (typeof value === 'string' && !value.endsWith('infinity') ? value : null),
});

const fromOptions = (): ColumnOptions => ({ name: 'valid_from', type: 'date', transformer: bound('-infinity') });
const toOptions = (): ColumnOptions => ({ name: 'valid_to', type: 'date', transformer: bound('infinity') });

/** The first day in force, as a plain column or as part of a version's key. */
export const ValidFromColumn = ({ primary = false } = {}) =>
  primary ? PrimaryColumn(fromOptions() as PrimaryColumnOptions) : Column(fromOptions());
/** The last day in force. */
export const ValidToColumn = () => Column(toOptions());

/** SQL for the two columns in a CREATE TABLE, with the rule that a validity is not empty. */
export const VALIDITY_COLUMNS_SQL = `valid_from date NOT NULL DEFAULT '-infinity',
        valid_to   date NOT NULL DEFAULT 'infinity',
        CHECK (valid_from <= valid_to)`;

/** Whether something with this validity was in force on a day (`YYYY-MM-DD`). */
export function inForceOn(validity: Validity, day: string): boolean {
  return (validity.validFrom === null || validity.validFrom <= day) && (validity.validTo === null || day <= validity.validTo);
}

/**
 * Of the versions of one thing (oldest first), the one in force on a day, else the
 * last one that ended before it, else the first one: how "as of a day" finds a unit
 * or organization that had ended or not yet begun.
 */
export function nearestVersion<V extends Validity>(versions: readonly V[], day: string): V | undefined {
  return (
    versions.find((version) => inForceOn(version, day)) ??
    versions.filter((version) => version.validTo !== null && version.validTo < day).at(-1) ??
    versions[0]
  );
}

/** The day a version is viewed at when asked for `day`: `day` itself, or the nearest day of its validity. */
export function viewingDay(validity: Validity, day: string): string {
  if (validity.validTo !== null && day > validity.validTo) return validity.validTo;
  if (validity.validFrom !== null && day < validity.validFrom) return validity.validFrom;
  return day;
}

/** The day before a day. */
export function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * The migration step every family runs on its organization tables for design section
 * 10: a validity, and the organizations each one carried on (`predecessor_ids`, of the
 * same table; a successor lists its predecessors, so "successors" is the reverse
 * lookup through a GIN index).
 */
export async function addOrganizationValidity(query: (sql: string) => Promise<unknown>, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    await query(`
      ALTER TABLE ${table}
        ADD COLUMN valid_from date NOT NULL DEFAULT '-infinity',
        ADD COLUMN valid_to date NOT NULL DEFAULT 'infinity',
        ADD COLUMN predecessor_ids text[] NOT NULL DEFAULT '{}',
        ADD CONSTRAINT ${table}_validity_check CHECK (valid_from <= valid_to)`);
    await query(`CREATE INDEX ${table}_unit_validity_idx ON ${table} (unit_code, valid_from)`);
    await query(`CREATE INDEX ${table}_predecessors_idx ON ${table} USING gin (predecessor_ids)`);
  }
}

/** The reverse of `addOrganizationValidity`. */
export async function dropOrganizationValidity(query: (sql: string) => Promise<unknown>, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    await query(`ALTER TABLE ${table} DROP COLUMN valid_from, DROP COLUMN valid_to, DROP COLUMN predecessor_ids`);
  }
}
