import { renderCsv } from '../../report/render/csv';
import { renderHtml } from '../../report/render/html';
import { renderMarkdown } from '../../report/render/markdown';
import { createProgress } from '../../report/progress';
import { Collector, craftedModel, csvTables, expectSelfContained, parseCsv, trimmed } from './support';

/**
 * The renderers on a crafted report whose values carry markup, commas, quotes,
 * line breaks and a formula: every format must keep them as data.
 */
const model = craftedModel();

describe('HTML', () => {
  const html = renderHtml(model);

  it('escapes every data value', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>Bình Thuận</b>');
    expect(html).not.toContain('<i>tỉnh</i>');
    expect(html).toContain('Tỉnh &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Hội Cựu chiến binh &lt;i&gt;tỉnh&lt;/i&gt; (VA-60)');
    // The page title and the SVG titles too.
    expect(html).toMatch(/<title>Coordination report: Tỉnh &lt;script&gt;/);
  });

  it('is one self-contained file that prints on A4', () => {
    expectSelfContained(html);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page { size: A4; margin: 15mm; }');
    expect(html).toMatch(/section\.numbered \{ break-before: page;/);
    expect(html).toMatch(/<svg class="chart" width="[\d.]+mm" height="[\d.]+mm"/);
    expect(html.match(/<section class="numbered"/g)).toHaveLength(7);
  });

  it('highlights the overdue organizations and says what is empty', () => {
    expect(html).toMatch(
      /<div class="alert"[^>]*>\s*<p class="alert-title">Overdue reports \(1\)<\/p>\s*<ul>\s*<li>Hội Cựu chiến binh &lt;i&gt;tỉnh&lt;\/i&gt; \(VA-60\), Front: due 2024-10-10<\/li>/,
    );
    expect(html).toContain('<strong>Dialogues held</strong>: No dialogue was held.');
    expect(html).toContain('<td class="num">33.3%</td>');
  });
});

describe('CSV', () => {
  const csv = renderCsv(model);

  it('is UTF-8 with a byte-order mark, CRLF records of equal length', () => {
    expect(csv.startsWith('\uFEFFsection,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const records = parseCsv(csv.slice(1));
    expect(new Set(records.map((r) => r.length)).size).toBe(1);
  });

  it('quotes commas, quotes and line breaks so that they parse back as they were', () => {
    const tables = csvTables(parseCsv(csv.slice(1)));
    const [open] = tables.get('cases.open')!;
    expect(open.header.slice(0, 2)).toEqual(['Reference', 'Title']);
    const [row] = open.rows;
    expect(row[0]).toBe('60-2024-999');
    expect(row[1]).toBe('Khiếu nại "ranh giới", đất\nthôn 2 <img src=x onerror=alert(1)>');
    // Several organizations in one field, one per line.
    expect(row[open.header.indexOf('Agencies involved')]).toBe(
      'Front supervision: Mặt trận tỉnh (VFF-60)\nFront supervision: Hội Phụ nữ huyện (WU-598)\nParty directive =1+2: Tỉnh ủy (PC-60)',
    );
    // A value a spreadsheet would run as a formula stays text.
    expect(row[open.header.indexOf('Responsible agency')]).toBe("'=SUM(A1:A9) (PCOM-598)");
    expect(csv).toContain('"Khiếu nại ""ranh giới"", đất\nthôn 2 <img src=x onerror=alert(1)>"');

    const [obligations] = tables.get('compliance.obligations')!;
    expect(trimmed(obligations.rows[1]).slice(0, 2)).toEqual(['Hội Nông dân, tỉnh "BT" (FU-60)', 'Front']);
    // A corrected report: the first submission, which decided timeliness, then the correction.
    expect(obligations.rows[0][obligations.header.indexOf('Report submitted at')]).toBe('2024-10-08 09:15\ncorrected 2024-10-15 10:00');
    expect(trimmed(tables.get('compliance.totals')![0].rows[0])).toEqual(['3', '1', '1', '1', '0', '33.3%']);

    // A working session: its participants, topics and cases one per line, a topic that looks like a formula kept as text.
    const [sessions] = tables.get('sessions.list')!;
    expect(sessions.rows[0].slice(0, 6)).toEqual([
      '2024-08-12',
      'Tỉnh ủy (PC-60)',
      'Ban Dân vận | Tỉnh ủy (MMC-60)\nMặt trận, tỉnh (VFF-60)',
      'Nắm tình hình "Nhân dân"\n\'-1 hộ <b>thiếu nước</b>',
      'Kết luận:\n1. Chở nước, 2. Mở rộng tuyến ống',
      '60-2024-031',
    ]);
  });

  it('keeps empty tables as a header without rows', () => {
    const records = parseCsv(csv.slice(1));
    const headers = records.filter((r) => r[0] === 'section').map((r) => trimmed(r).slice(1).join('|'));
    expect(headers).toContain('Held on|Level|Unit|Title|Host agency|Participants|Issues raised|Issues resolved|Case');
    expect(csvTables(records).has('dialogues.list')).toBe(false);
  });
});

describe('Markdown', () => {
  const markdown = renderMarkdown(model);

  it('keeps markup and table separators in data as text', () => {
    expect(markdown).toContain('# Coordination report: Tỉnh &lt;script&gt;alert("x")&lt;/script&gt; &amp; Co (60), 2024-Q3');
    expect(markdown).not.toContain('<script>');
    // A line break in a title does not break the table row.
    expect(markdown).toContain('| 60-2024-999 | Khiếu nại "ranh giới", đất thôn 2 &lt;img src=x onerror=alert(1)&gt; |');
    expect(markdown).toContain('| **Total** | **1** |  |  |');
    // One session held and listed, one RESTRICTED that this reader may not see.
    expect(markdown).toContain('- **Working sessions of the party committees:** 2');
    expect(markdown).toContain('1 of them is RESTRICTED and not shown to this reader.');
    expect(markdown).toContain(
      '| 2024-08-12 | Tỉnh ủy (PC-60) | Ban Dân vận \\| Tỉnh ủy (MMC-60); Mặt trận, tỉnh (VFF-60) | Nắm tình hình "Nhân dân"; -1 hộ &lt;b&gt;thiếu nước&lt;/b&gt; | Kết luận: 1. Chở nước, 2. Mở rộng tuyến ống | 60-2024-031 |',
    );
  });
});

describe('progress', () => {
  it('draws a cli-progress bar on a terminal', () => {
    const terminal = Object.assign(new Collector(true), { columns: 100 });
    const progress = createProgress(terminal, 3);
    progress.step('unit');
    progress.step('cases');
    progress.step('writing');
    progress.finish(true);
    expect(terminal.text).toMatch(/report \[[█░ -]*\] 3\/3 done/);
  });

  it('writes plain lines elsewhere', () => {
    const log = new Collector(false);
    const progress = createProgress(log, 2);
    progress.step('unit');
    progress.step('cases');
    progress.finish(true);
    expect(log.text).toBe('report [1/2] unit\nreport [2/2] cases\n');
  });
});
