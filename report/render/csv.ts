import { buildDocument, Cell, Table } from '../document';
import type { ReportModel } from '../model';

/**
 * The report as one CSV file (RFC 4180): every table one after the other, each
 * introduced by its header row, whose first field is `section`; in every other
 * row the first field names the table (`compliance.obligations`). All records
 * have the same number of fields. UTF-8 with a byte-order mark and CRLF line
 * ends, so that Excel opens the Vietnamese text correctly.
 *
 * Several names in one cell (the agencies of a case) are separate lines of the
 * quoted field. Numbers are plain, rates as `75%`; an empty field means none.
 * Text that would start a spreadsheet formula is prefixed with an apostrophe.
 */
export const BOM = '\uFEFF';

export function renderCsv(model: ReportModel): string {
  const document = buildDocument(model);
  const facts = (id: string, items: { label: string; value: string }[]): Table => ({
    id,
    caption: id,
    columns: [{ title: 'Item' }, { title: 'Value' }],
    rows: items.map((i) => [i.label, i.value]),
    empty: '',
  });
  const tables: Table[] = [
    facts(document.header.id, [
      ...document.header.items,
      ...document.sources.map((s) => ({ label: `Source: ${s.subgraph}`, value: s.contributes })),
    ]),
    facts(document.summary.id, document.summary.items),
  ];
  for (const section of document.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'table') tables.push(block.table);
      else if (block.kind === 'facts') tables.push(facts(block.id, block.items));
      else if (block.kind === 'alert') {
        tables.push({
          id: block.id,
          caption: block.title,
          columns: [{ title: block.itemTitle }],
          rows: block.items.map((i) => [i]),
          empty: block.empty,
        });
      }
    }
  }

  const records: string[][] = [];
  for (const table of tables) {
    records.push(['section', ...table.columns.map((c) => c.title)]);
    for (const row of table.rows) records.push([table.id, ...row.map(field)]);
    if (table.totals) records.push([table.id, ...table.totals.map(field)]);
  }
  const width = Math.max(...records.map((r) => r.length));
  return BOM + records.map((r) => [...r, ...Array(width - r.length).fill('')].map(quote).join(',')).join('\r\n') + '\r\n';
}

function field(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return (Array.isArray(value) ? value : [value]).map(inert).join('\n');
}

/**
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a
 * leading apostrophe, which Excel shows as text (OWASP's advice on CSV injection).
 */
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled (RFC 4180, 2.6-2.7). */
export function quote(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
