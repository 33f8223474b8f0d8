import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

export const MAX_PAGE_SIZE = 200;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** How a list is ordered: a column (with the entity property holding it) and the id as tie-breaker. */
export interface Ordering<T> {
  /** SQL expression of the sort column, e.g. `c.opened_on`; omit to order by id alone. */
  column?: string;
  /** Reads the sort value back from a row, to put it in the cursor. */
  value?: (row: T) => string | number | Date;
  direction: 'ASC' | 'DESC';
  /** SQL expression of the unique id, e.g. `c.id`. */
  idColumn: string;
  id: (row: T) => string;
}

/** By id alone, ascending: the order of the organization lists. */
export function byId<T extends { id: string }>(alias: string): Ordering<T> {
  return { direction: 'ASC', idColumn: `${alias}.id`, id: (row) => row.id };
}

/** Newest first by a date (or year) column, then by id: the order of the record lists. */
export function newestFirst<T extends { id: string }>(
  alias: string,
  column: string,
  value: (row: T) => string | number | Date,
): Ordering<T> {
  return { column: `${alias}.${column}`, value, direction: 'DESC', idColumn: `${alias}.id`, id: (row) => row.id };
}

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // fall through to the error below
  }
  throw badInput('after', cursor, 'a cursor returned as pageInfo.endCursor by the same list');
}

/**
 * Keyset ("cursor") pagination: the cursor holds the last row's sort value and id,
 * so a page costs the same however deep it is and rows inserted meanwhile do not
 * shift the pages. Costs two statements: the page and its total count.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  ordering: Ordering<T>,
): Promise<Connection<T>> {
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', first, `an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  const totalCount = await query.clone().getCount();
  const page = query.clone();
  const comparison = ordering.direction === 'ASC' ? '>' : '<';
  const columns = ordering.column ? [ordering.column, ordering.idColumn] : [ordering.idColumn];
  if (args.after) {
    const values = decodeCursor(args.after, columns.length);
    const params = Object.fromEntries(values.map((v, i) => [`cursor${i}`, v]));
    page.andWhere(`(${columns.join(', ')}) ${comparison} (${values.map((_, i) => `:cursor${i}`).join(', ')})`, params);
  }
  page.orderBy(columns[0], ordering.direction);
  if (columns[1]) page.addOrderBy(columns[1], ordering.direction);
  const rows = await page
    .take(first + 1)
    .getMany()
    .catch((error: { code?: unknown }) => {
      // A cursor edited by hand can hold a value the sort column's type rejects (a
      // non-date for a date column): PostgreSQL answers with a data exception (SQLSTATE
      // class 22). The count above ran without the cursor, so the cursor is to blame.
      if (args.after && typeof error.code === 'string' && error.code.startsWith('22')) {
        throw badInput('after', args.after, 'a cursor returned as pageInfo.endCursor by the same list');
      }
      throw error;
    });
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  const cursorOf = (row: T) => {
    const value = ordering.value?.(row);
    return encodeCursor(ordering.column ? [value instanceof Date ? value.toISOString() : value, ordering.id(row)] : [ordering.id(row)]);
  };
  return {
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? cursorOf(last) : null },
    totalCount,
  };
}
