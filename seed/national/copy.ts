import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Bulk loading with `COPY ... FROM STDIN` (text format): PostgreSQL parses no
 * statement per row and Node sends the rows as one stream, several times faster than
 * multi-row INSERTs. The columns and how each value is written come from the entity's
 * TypeORM metadata (its column names, types and transformers, e.g. the validity
 * columns' `-infinity`), so the generator's rows are the entities the subgraphs read.
 */

/** Rows a chunk of the stream carries: large enough to keep PostgreSQL busy, small enough for a smooth progress bar. */
const CHUNK_ROWS = 2_000;

/** `a\tb` → `a\\tb`: the text format's escapes for the four characters it gives a meaning. */
function escapeText(text: string): string {
  return /[\\\n\r\t]/.test(text) ? text.replace(/[\\\n\r\t]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!) : text;
}

/** A PostgreSQL array literal of text values: `{"a","b \"c\""}`. */
function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${String(v).replace(/[\\"]/g, '\\$&')}"`)).join(',')}}`;
}

type Writer = (value: unknown) => string;

/** How one column's value is written, by its SQL type. */
function writerOf(column: ColumnMetadata): Writer {
  const type = String(column.type);
  const plain: Writer = (value) => escapeText(String(value));
  let write: Writer = plain;
  if (column.isArray) write = (value) => escapeText(arrayLiteral(value as unknown[]));
  else if (type === 'jsonb' || type === 'json') write = (value) => escapeText(JSON.stringify(value));
  else if (type === 'boolean') write = (value) => (value ? 't' : 'f');
  else if (type === 'timestamptz' || type === 'timestamp') write = (value) => (value instanceof Date ? value.toISOString() : plain(value));
  return (value) => (value === null || value === undefined ? '\\N' : write(value));
}

/** The columns a table is loaded with: all but those the database fills (a version, a default left unset). */
function columnsOf(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, sample: ObjectLiteral | undefined): ColumnMetadata[] {
  return dataSource
    .getMetadata(entity)
    .columns.filter(
      (c) =>
        !c.isVersion &&
        !c.isCreateDate &&
        !c.isUpdateDate &&
        !(c.default !== undefined && sample !== undefined && c.getEntityValue(sample) === undefined),
    );
}

/**
 * Streams `rows` into the entity's table over `client` (a connection of `dataSource`,
 * inside the caller's transaction); `onRows` hears of each chunk sent. Returns the
 * number of rows. The rows may be a generator: they are made as PostgreSQL takes them,
 * never all held at once.
 */
export async function copyRows<T extends ObjectLiteral>(
  dataSource: DataSource,
  client: PoolClient,
  entity: EntityTarget<T>,
  rows: Iterable<T>,
  onRows: (count: number) => void = () => {},
): Promise<number> {
  const iterator = rows[Symbol.iterator]();
  let first = iterator.next();
  const metadata = dataSource.getMetadata(entity);
  const columns = columnsOf(dataSource, entity, first.done ? undefined : first.value);
  const writers = columns.map(writerOf);
  const line = (row: T) => `${columns.map((c, i) => writers[i](c.getEntityValue(row, true))).join('\t')}\n`;
  let count = 0;
  function* chunks(): Generator<string> {
    let chunk = '';
    let inChunk = 0;
    for (; !first.done; first = iterator.next()) {
      chunk += line(first.value);
      inChunk += 1;
      if (inChunk === CHUNK_ROWS) {
        yield chunk;
        count += inChunk;
        onRows(inChunk);
        chunk = '';
        inChunk = 0;
      }
    }
    if (inChunk) {
      yield chunk;
      count += inChunk;
      onRows(inChunk);
    }
  }
  const list = columns.map((c) => `"${c.databaseName}"`).join(', ');
  await pipeline(Readable.from(chunks()), client.query(copyFrom(`COPY "${metadata.tableName}" (${list}) FROM STDIN`)));
  return count;
}
