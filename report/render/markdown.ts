import { buildDocument, Block, Cell, FactsBlock, Table } from '../document';
import type { ReportModel } from '../model';

/**
 * The report as Markdown (GitHub-flavoured tables). Charts are left out: their
 * figures are in the tables next to them.
 */
export function renderMarkdown(model: ReportModel): string {
  const document = buildDocument(model);
  const out: string[] = [`# ${escape(document.title)}`, '', facts(document.header), ''];
  out.push('What each source contributes:', '', ...document.sources.map((s) => `- \`${s.subgraph}\`: ${escape(s.contributes)}`), '');
  out.push(...document.notes.map((n) => `> ${escape(n)}`), '');
  out.push('## Summary', '', facts(document.summary), '');
  for (const section of document.sections) {
    out.push(`## ${section.number}. ${escape(section.title)}`, '');
    for (const block of section.blocks) {
      const text = renderBlock(block);
      if (text !== null) out.push(text, '');
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function renderBlock(block: Block): string | null {
  switch (block.kind) {
    case 'paragraph':
      return escape(block.text);
    case 'subheading':
      return `### ${escape(block.text)}`;
    case 'facts':
      return facts(block);
    case 'alert':
      return block.items.length === 0
        ? `**${escape(block.title)}**: ${escape(block.empty)}`
        : [`> **⚠ ${escape(block.title)}**`, '>', ...block.items.map((i) => `> - ${escape(i)}`)].join('\n');
    case 'table':
      return table(block.table);
    case 'charts':
      return null;
  }
}

function facts(block: FactsBlock): string {
  return block.items.map((i) => `- **${escape(i.label)}:** ${escape(i.value)}`).join('\n');
}

function table(t: Table): string {
  const caption = `**${escape(t.caption)}**`;
  if (t.rows.length === 0) return `${caption}: _${escape(t.empty)}_`;
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    caption,
    '',
    row(t.columns.map((c) => escape(c.title))),
    row(t.columns.map((c) => (c.numeric ? '---:' : '---'))),
    ...t.rows.map((r) => row(r.map(cell))),
  ];
  if (t.totals) lines.push(row(t.totals.map((c) => (c === null || c === '' ? '' : `**${cell(c)}**`))));
  return lines.join('\n');
}

function cell(value: Cell): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return value.length ? value.map(escape).join('; ') : '—';
  return escape(String(value));
}

/**
 * Data as literal text: Markdown's punctuation backslash-escaped, `|` so it does
 * not split a table cell, `<` and `&` as entities so no renderer takes data for
 * HTML, line breaks as spaces.
 */
export function escape(text: string): string {
  return text
    .replace(/[\\`*_[\]|]/g, (c) => `\\${c}`)
    .replace(/^#/, '\\#')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s*\r?\n\s*/g, ' ');
}
