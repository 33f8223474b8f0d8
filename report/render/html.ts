import { buildDocument, Block, Cell, ChartSpec, FactsBlock, Table } from '../document';
import type { ReportModel } from '../model';
import { renderChart } from './charts';
import { escapeHtml } from './escape';

/** The printable width of A4 with 15 mm margins. */
const PAGE_WIDTH_MM = 180;

/**
 * The report as ONE self-contained HTML file: inline CSS, inline SVG charts, no
 * script, no link, no image, font or anything else to fetch, so that it opens and
 * prints the same offline, from an e-mail or an archive. Laid out for A4: each
 * numbered section starts a page, table headers repeat on every page, rows and
 * charts are not split, and charts are drawn in millimetres. Every data value is
 * escaped.
 */
export function renderHtml(model: ReportModel): string {
  const document = buildDocument(model);
  const body: string[] = [];
  body.push(
    '<header class="cover">',
    `<p class="kicker">Coordination report · <span lang="vi">${escapeHtml(document.titleVi)}</span></p>`,
    `<h1>${escapeHtml(model.unit.name)} <span class="code">(${escapeHtml(model.unit.code)})</span></h1>`,
    `<p class="period">${escapeHtml(model.period.label)}: ${escapeHtml(model.period.description)}, ${escapeHtml(model.period.startsOn)} to ${escapeHtml(model.period.endsOn)}</p>`,
    facts(document.header),
    '<ul class="sources">',
    ...document.sources.map((s) => `<li><strong>${escapeHtml(s.subgraph)}</strong>: ${escapeHtml(s.contributes)}</li>`),
    '</ul>',
    ...document.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`),
    '</header>',
    '<section class="summary" id="summary">',
    '<h2>Summary</h2>',
    facts(document.summary),
    '</section>',
  );
  for (const section of document.sections) {
    body.push(
      `<section class="numbered" id="${escapeHtml(section.id)}">`,
      `<h2>${section.number}. ${escapeHtml(section.title)} <span class="vi" lang="vi">${escapeHtml(section.titleVi)}</span></h2>`,
      ...section.blocks.map(block),
      '</section>',
    );
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="dan-van-graph report">`,
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<footer>${escapeHtml(document.title)}. Generated ${escapeHtml(document.header.items.find((i) => i.label === 'Generated at')?.value ?? '')}.</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'subheading':
      return `<h3>${escapeHtml(b.text)}</h3>`;
    case 'facts':
      return facts(b);
    case 'alert':
      return b.items.length === 0
        ? `<p class="ok">${escapeHtml(b.empty)}</p>`
        : [
            `<div class="alert" role="note" id="${escapeHtml(b.id)}">`,
            `<p class="alert-title">${escapeHtml(b.title)}</p>`,
            '<ul>',
            ...b.items.map((i) => `<li>${escapeHtml(i)}</li>`),
            '</ul>',
            '</div>',
          ].join('\n');
    case 'table':
      return table(b.table);
    case 'charts':
      return charts(b.charts);
  }
}

function facts(b: FactsBlock): string {
  return [
    `<dl class="facts" id="${escapeHtml(b.id)}">`,
    ...b.items.map((i) => `<dt>${escapeHtml(i.label)}</dt><dd>${escapeHtml(i.value)}</dd>`),
    '</dl>',
  ].join('\n');
}

function charts(specs: ChartSpec[]): string {
  // Side by side when there are two; a single chart takes the width of the page.
  const width = specs.length === 1 ? PAGE_WIDTH_MM : (PAGE_WIDTH_MM - 6) / 2;
  return [
    '<div class="charts">',
    ...specs.map(
      (c) => `<figure style="width:${width}mm"><figcaption>${escapeHtml(c.title)}</figcaption>${renderChart(c, width)}</figure>`,
    ),
    '</div>',
  ].join('\n');
}

function table(t: Table): string {
  if (t.rows.length === 0) {
    return `<p class="empty"><strong>${escapeHtml(t.caption)}</strong>: ${escapeHtml(t.empty)}</p>`;
  }
  const classes = t.columns.map((c) => [c.numeric ? 'num' : '', c.nowrap ? 'nowrap' : ''].filter(Boolean).join(' '));
  const td = (value: Cell, index: number) => `<td${classes[index] ? ` class="${classes[index]}"` : ''}>${cell(value)}</td>`;
  return [
    `<table id="${escapeHtml(t.id)}">`,
    `<caption>${escapeHtml(t.caption)}</caption>`,
    ...(t.columns.some((c) => c.width)
      ? ['<colgroup>', ...t.columns.map((c) => (c.width ? `<col style="width:${c.width}%">` : '<col>')), '</colgroup>']
      : []),
    '<thead><tr>',
    ...t.columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.title)}</th>`),
    '</tr></thead>',
    '<tbody>',
    ...t.rows.map((row, r) => {
      const tone = t.rowTones?.[r];
      return `<tr${tone ? ` class="${tone}"` : ''}>${row.map(td).join('')}</tr>`;
    }),
    ...(t.totals ? [`<tr class="total">${t.totals.map(td).join('')}</tr>`] : []),
    '</tbody>',
    '</table>',
  ].join('\n');
}

function cell(value: Cell): string {
  if (value === null) return '<span class="none">—</span>';
  if (Array.isArray(value)) return value.length ? value.map(escapeHtml).join('<br>') : '<span class="none">—</span>';
  return escapeHtml(value);
}

/** System fonts with Vietnamese glyphs: no web font is fetched. */
const STYLE = `
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 9.5pt; line-height: 1.35; color: #222; max-width: 180mm; margin: 0 auto; }
@media screen { body { padding: 12mm 0; } }
h1 { font-size: 20pt; margin: 1mm 0 2mm; color: #123d6b; }
h1 .code { color: #555; font-weight: normal; }
h2 { font-size: 14pt; color: #123d6b; border-bottom: 0.6mm solid #1f5fa8; padding-bottom: 1mm; margin: 0 0 3mm; break-after: avoid; page-break-after: avoid; }
h2 .vi { display: block; font-size: 10pt; font-weight: normal; color: #555; }
h3 { font-size: 11pt; color: #123d6b; margin: 5mm 0 2mm; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2.5mm; orphans: 3; widows: 3; }
.kicker { text-transform: uppercase; letter-spacing: 0.06em; font-size: 8.5pt; color: #1f5fa8; margin: 0; }
.period { font-size: 12pt; margin-bottom: 4mm; }
.note { font-size: 8.5pt; color: #555; }
.sources { font-size: 8.5pt; color: #333; margin: 0 0 3mm; padding-left: 5mm; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0 0 4mm; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.summary { border: 0.3mm solid #c5d5ea; background: #f4f8fc; padding: 3mm 4mm; margin-top: 5mm; break-inside: avoid; page-break-inside: avoid; }
.summary h2 { border: 0; margin-bottom: 2mm; }
section.numbered { break-before: page; page-break-before: always; }
@media screen { section.numbered { margin-top: 12mm; } }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 4mm; font-size: 7.8pt; line-height: 1.25; }
caption { caption-side: top; text-align: left; font-weight: 600; font-size: 8.8pt; padding-bottom: 1mm; }
thead { display: table-header-group; }
tr, th, td { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.2mm solid #b8c4d2; padding: 0.8mm 1.2mm; vertical-align: top; text-align: left; overflow-wrap: break-word; }
th { background: #e8eff8; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num, td.nowrap { white-space: nowrap; }
tr.total td { font-weight: 600; background: #f2f2f2; }
tr.bad td { background: #fdecea; }
tr.warn td { background: #fff6e0; }
.none { color: #999; }
.alert { border-left: 1.5mm solid #c62828; background: #fdecea; padding: 2mm 4mm; margin: 2mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
.alert-title { font-weight: 700; color: #a31515; margin: 0 0 1mm; }
.alert ul { margin: 0; padding-left: 5mm; }
.ok { color: #2e7d32; font-weight: 600; }
.empty { color: #555; }
.charts { display: flex; flex-wrap: wrap; gap: 6mm; margin: 2mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
figure { margin: 0; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: 600; font-size: 8.5pt; margin-bottom: 1mm; }
svg.chart { display: block; font-family: inherit; }
footer { margin-top: 8mm; font-size: 7.5pt; color: #777; border-top: 0.2mm solid #ccc; padding-top: 1mm; }
`;
