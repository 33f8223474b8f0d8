import type { ChartSpec, Tone } from '../document';
import { escapeHtml } from './escape';

/**
 * Charts as inline SVG, written by hand: no library, no script, no font or image
 * to fetch. The drawing unit is the millimetre (the `viewBox` matches the `width`
 * and `height` given in mm), so a chart prints at the size it was drawn for on
 * A4 and its text at a known size (2.8 mm ≈ 8 pt).
 */
export const TONE_COLOURS: Record<Exclude<Tone, 'series'>, string> = {
  good: '#2e7d32',
  warn: '#f0a30a',
  bad: '#c62828',
  muted: '#9e9e9e',
};

/** For charts whose parts have no meaning of their own (kinds, fields). */
const SERIES = ['#1f5fa8', '#6aa0d8', '#2e7d6e', '#a3c4a8', '#7b5ea7', '#c9a0dc', '#b5651d', '#e0b07a'];
const BAR = '#1f5fa8';
const TEXT = '#222';
const FONT = 2.8;
/** About how wide one character of the sans-serif text is, in mm, for fitting labels. */
const CHAR_WIDTH = FONT * 0.52;

const colour = (tone: Tone, index: number) => (tone === 'series' ? SERIES[index % SERIES.length] : TONE_COLOURS[tone]);
const round = (n: number) => Math.round(n * 100) / 100;
const number = (n: number) => String(n);

/** One chart, `width` mm wide; its height follows from its content. */
export function renderChart(chart: ChartSpec, width: number): string {
  switch (chart.type) {
    case 'donut':
      return donut(chart, width);
    case 'bars':
      return bars(chart, width);
    case 'stacked':
      return stacked(chart, width);
  }
}

function svg(title: string, width: number, height: number, body: string[]): string {
  const w = round(width);
  const h = round(height);
  return [
    `<svg class="chart" width="${w}mm" height="${h}mm" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeHtml(title)}" font-size="${FONT}" fill="${TEXT}">`,
    `<title>${escapeHtml(title)}</title>`,
    ...body,
    '</svg>',
  ].join('');
}

function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${round(x)}" y="${round(y)}"${attributes ? ` ${attributes}` : ''}>${escapeHtml(content)}</text>`;
}

/** Cuts a label to what fits in `width` mm, with an ellipsis; the full label stays in a <title>. */
function fit(label: string, width: number): string {
  const max = Math.max(3, Math.floor(width / CHAR_WIDTH));
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

function empty(title: string, width: number): string {
  return svg(title, width, 12, [text(width / 2, 7, 'No data', 'text-anchor="middle" fill="#777"')]);
}

/** A ring of the parts, the centre text in the middle, the legend on the right. */
function donut(chart: Extract<ChartSpec, { type: 'donut' }>, width: number): string {
  const total = chart.segments.reduce((a, s) => a + s.value, 0);
  const radius = 15;
  const thickness = 7;
  const cx = radius + thickness / 2 + 2;
  const cy = cx;
  const height = Math.max(cy * 2, 8 + chart.segments.length * 6);
  const circumference = 2 * Math.PI * radius;
  const body: string[] = [];
  if (total === 0) {
    body.push(`<circle cx="${cx}" cy="${cy}" r="${radius}" fill="none" stroke="#e0e0e0" stroke-width="${thickness}"/>`);
  } else {
    let offset = 0;
    chart.segments.forEach((segment, index) => {
      if (segment.value <= 0) return;
      const length = (segment.value / total) * circumference;
      body.push(
        `<circle cx="${round(cx)}" cy="${round(cy)}" r="${radius}" fill="none" stroke="${colour(segment.tone, index)}" stroke-width="${thickness}"` +
          ` stroke-dasharray="${round(length)} ${round(circumference - length)}" stroke-dashoffset="${round(-offset)}"` +
          ` transform="rotate(-90 ${round(cx)} ${round(cy)})"><title>${escapeHtml(`${segment.label}: ${number(segment.value)}`)}</title></circle>`,
      );
      offset += length;
    });
  }
  body.push(text(cx, cy + 1.6, chart.center, 'text-anchor="middle" font-size="5" font-weight="bold"'));
  const legendX = cx * 2 + 4;
  chart.segments.forEach((segment, index) => {
    const y = 6 + index * 6;
    const share = total ? ` (${Math.round((segment.value / total) * 100)}%)` : '';
    body.push(`<rect x="${round(legendX)}" y="${y - 2.8}" width="3.5" height="3.5" fill="${colour(segment.tone, index)}"/>`);
    body.push(text(legendX + 5, y, fit(`${segment.label}: ${number(segment.value)}${share}`, width - legendX - 5)));
  });
  return svg(chart.title, width, height, body);
}

/** Horizontal bars, one row per item, each with its value at its end. */
function bars(chart: Extract<ChartSpec, { type: 'bars' }>, width: number): string {
  if (chart.bars.length === 0) return empty(chart.title, width);
  const row = 6.5;
  const labelWidth = Math.min(45, width * 0.4);
  const valueWidth = 14;
  const barArea = width - labelWidth - valueWidth - 2;
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const body = chart.bars.map((bar, index) => {
    const y = 2 + index * row;
    const length = Math.max(bar.value > 0 ? 0.6 : 0, (bar.value / max) * barArea);
    return (
      `<g><title>${escapeHtml(`${bar.label}: ${number(bar.value)}`)}</title>` +
      text(labelWidth - 1.5, y + 3.6, fit(bar.label, labelWidth - 2), 'text-anchor="end"') +
      `<rect x="${round(labelWidth)}" y="${round(y)}" width="${round(length)}" height="4.6" fill="${BAR}"/>` +
      text(labelWidth + length + 1.2, y + 3.6, number(bar.value)) +
      '</g>'
    );
  });
  return svg(chart.title, width, 3 + chart.bars.length * row, body);
}

/** One horizontal bar per row, split into the legend's parts; the legend below. */
function stacked(chart: Extract<ChartSpec, { type: 'stacked' }>, width: number): string {
  if (chart.rows.length === 0) return empty(chart.title, width);
  const row = 7;
  const labelWidth = 28;
  const totalWidth = 14;
  const barArea = width - labelWidth - totalWidth - 2;
  const max = Math.max(1, ...chart.rows.map((r) => r.values.reduce((a, v) => a + v, 0)));
  const body: string[] = [];
  chart.rows.forEach((r, index) => {
    const y = 2 + index * row;
    const total = r.values.reduce((a, v) => a + v, 0);
    // As shares, each bar is its own row's 100 %: a family of 30 obligations reads beside one of 600.
    const scale = chart.shares ? Math.max(1, total) : max;
    body.push(text(labelWidth - 1.5, y + 3.8, fit(r.label, labelWidth - 2), 'text-anchor="end"'));
    let x = labelWidth;
    r.values.forEach((value, part) => {
      if (value <= 0) return;
      const length = (value / scale) * barArea;
      const legend = chart.legend[part];
      body.push(
        `<rect x="${round(x)}" y="${round(y)}" width="${round(length)}" height="5" fill="${colour(legend?.tone ?? 'series', part)}">` +
          `<title>${escapeHtml(`${r.label}, ${legend?.label ?? ''}: ${number(value)}`)}</title></rect>`,
      );
      const shown = chart.shares ? `${Math.round((value / scale) * 100)}%` : number(value);
      if (length > 6) body.push(text(x + length / 2, y + 3.8, shown, 'text-anchor="middle" fill="#fff"'));
      x += length;
    });
    body.push(text(x + 1.2, y + 3.8, chart.shares ? `n=${number(total)}` : number(total)));
  });
  const legendY = 4 + chart.rows.length * row;
  let x = labelWidth;
  chart.legend.forEach((item, part) => {
    body.push(`<rect x="${round(x)}" y="${round(legendY - 2.8)}" width="3.5" height="3.5" fill="${colour(item.tone, part)}"/>`);
    body.push(text(x + 4.5, legendY, item.label));
    x += 8 + item.label.length * CHAR_WIDTH;
  });
  return svg(chart.title, width, legendY + 3, body);
}
