import { CommandResult, runCommand } from '../support/commands';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/embeddedPostgres';
import { defaultGateway, defaultOut, defaultReader } from '../../report/cli';
import { parsePeriod } from '../../report/period';
import { projectRoot } from '../../lib';
import { Services, tokenFor } from '../support/services';
import { csvTables, expectSelfContained, parseCsv, runReport, trimmed } from './support';

/**
 * Scenario 6 of the design: the coordination report of Bình Thuận (60) for 2024 Q3,
 * as of 20 October 2024, made through the real gateway in front of the four real
 * subgraphs on the seeded demo data; in this process through the command's main
 * function, and as a real child process for exit codes and messages. Bình Thuận ended
 * on 2025-06-30 (design section 10): the report views a unit as it stood on the
 * period's last day, and is read by default by Lâm Đồng's commission, which carried
 * Bình Thuận on and stands over its records.
 */
let services: Services;
let token: string;
let common: string[];
const out = mkdtempSync(join(tmpdir(), 'dan-van-report-'));

beforeAll(async () => {
  services = await Services.start();
  token = await tokenFor();
  common = ['--unit', '60', '--period', '2024-Q3', '--as-of', '2024-10-20', '--gateway', services.gateway!.url, '--token', token];
}, 120_000);

afterAll(async () => {
  await services?.stop();
});

/**
 * An organization's `name` is the one it had today or on its last day (design section
 * 10): Bình Thuận's commission merged with its Propaganda Commission in 2025, before it
 * ended on 2025-06-30, and so did the Central Commission on 2025-02-03.
 */
// Named as it was at the end of 2024-Q3: the commission became Ban Tuyên giáo và Dân vận in 2025 (design section 10).
const COMMISSION_60 = 'Ban Dân vận Tỉnh ủy Bình Thuận';

/** The command as a user runs it: `node --import tsx scripts/report.ts ...`. */
function runChild(args: string[], env: Record<string, string> = {}): Promise<CommandResult> {
  return runCommand('scripts/report.ts', args, { ...process.env, GATEWAY_URL: '', GATEWAY_PORT: '', REPORT_TOKEN: '', ...env });
}

/** One line on stderr, naming the problem, without a stack trace. */
function expectOneLineError(stderr: string, message: string | RegExp) {
  const lines = stderr
    .trimEnd()
    .split('\n')
    .filter((line) => !line.startsWith('report ['));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe('the Markdown report of Bình Thuận, 2024-Q3, as of 2024-10-20', () => {
  let markdown: string;
  let stderr: string;

  beforeAll(async () => {
    const result = await runReport([...common, '--format', 'md', '--out', '-']);
    expect(result).toMatchObject({ code: 0 });
    markdown = result.stdout;
    stderr = result.stderr;
  }, 60_000);

  it('has the header: unit, period and its dates, as-of date, generation time, the four sources', () => {
    expect(markdown).toMatch(/^# Coordination report: Tỉnh Bình Thuận \(60\), 2024-Q3\n/);
    expect(markdown).toContain('- **Unit:** Tỉnh Bình Thuận (60), provincial level');
    expect(markdown).toContain('- **Period:** 2024-Q3 (Q3 2024), 2024-07-01 to 2024-09-30');
    expect(markdown).toContain('- **As of:** 2024-10-20');
    expect(markdown).toContain('- **Generated at:** 2024-10-20 10:00 (Vietnam time, UTC+7)');
    expect(markdown).toContain('- **Sources:** party, state, front, armed-forces subgraphs');
    for (const subgraph of ['party', 'state', 'front', 'armed-forces']) expect(markdown).toContain(`- \`${subgraph}\`: `);
  });

  it('shows progress as plain lines when stderr is not a terminal, one per step', () => {
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      'report [1/10] unit',
      'report [2/10] reporting compliance',
      'report [3/10] compliance by family',
      'report [4/10] cases',
      'report [5/10] dialogues',
      'report [6/10] Skilled Mass Mobilization models',
      'report [7/10] armed-forces activities',
      'report [8/10] coordination programs',
      'report [9/10] working sessions',
      'report [10/10] writing to standard output',
    ]);
  });

  it('1. gives the compliance totals and rate, names the overdue organizations and lists every obligation', () => {
    expect(markdown).toContain('15 on time, 3 late, 2 overdue, 0 not yet due, of 20 obligations. Compliance rate 75%');
    expect(markdown).toContain('| Obligations | On time | Late | Overdue | Not yet due | Compliance rate |');
    expect(markdown).toContain('| 20 | 15 | 3 | 2 | 0 | 75% |');
    expect(markdown).toContain(
      [
        '> **⚠ Overdue reports (2)**',
        '>',
        '> - Hội Cựu chiến binh tỉnh Bình Thuận (VA-60), Front: due 2024-10-10',
        '> - Huyện ủy Tánh Linh (PC-599), Party: due 2024-10-10',
      ].join('\n'),
    );
    const obligations = tableRows(markdown, 'Every obligation');
    expect(obligations).toHaveLength(20);
    expect(obligations).toContainEqual([
      'Hội Nông dân tỉnh Bình Thuận (FU-60)',
      'Front',
      'Tỉnh ủy Bình Thuận',
      COMMISSION_60,
      '2024-10-10',
      'Late',
      '2024-10-11 00:30',
    ]);
    expect(obligations).toContainEqual([
      'Ủy ban nhân dân tỉnh Bình Thuận (PCOM-60)',
      'State',
      'Tỉnh ủy Bình Thuận',
      COMMISSION_60,
      '2024-10-10',
      'On time',
      '2024-10-10 23:30',
    ]);
    // On time by its first report, corrected later.
    expect(obligations).toContainEqual([
      'Hội Liên hiệp Phụ nữ tỉnh Bình Thuận (WU-60)',
      'Front',
      'Tỉnh ủy Bình Thuận',
      COMMISSION_60,
      '2024-10-10',
      'On time',
      '2024-10-08 09:15; corrected 2024-10-15 10:00',
    ]);
    expect(obligations).toContainEqual([
      'Huyện ủy Tánh Linh (PC-599)',
      'Party',
      'Tỉnh ủy Bình Thuận',
      COMMISSION_60,
      '2024-10-10',
      'Overdue',
      '—',
    ]);
    const statuses = obligations.map((row) => row[5]);
    expect(statuses.filter((s) => s === 'On time')).toHaveLength(15);
    expect(statuses.filter((s) => s === 'Late')).toHaveLength(3);
  });

  it("1. lists the hot spots the period's reports raise, with their cases, and says whose guidance applies", () => {
    // Raised by the People's Committee of Bình Thuận in its report to the province (seed/party/reports.ts), each with its case.
    const hotSpots = tableRows(markdown, 'Hot spots (3)');
    expect(hotSpots.map((row) => row[1])).toEqual(Array(3).fill('Ủy ban nhân dân tỉnh Bình Thuận (PCOM-60)'));
    expect(hotSpots.every((row) => row[2] !== '—')).toBe(true);
    expect(markdown).toContain("Reporting guidance: the regulation's defaults");
    expect(markdown).toContain('cover 2024-07-01 to 2024-09-30');
  });

  it("1. says when the guidance owes no report for the period, and uses the guidance's days (Lâm Đồng: Decree 09/2019/NĐ-CP's)", async () => {
    const run = async (unit: string, period: string) =>
      (
        await runReport([
          '--unit',
          unit,
          '--period',
          period,
          '--as-of',
          '2026-11-30',
          '--gateway',
          services.gateway!.url,
          '--format',
          'md',
          '--out',
          '-',
        ])
      ).stdout;
    expect(await run('31', '2026-Q3')).toContain('does not ask for a report for 2026-Q3: no periodic report is owed for it');
    const lamDong = await run('68', '2026-Q3');
    expect(lamDong).toContain('guidance of MMC-68-2025 for /VN/68/ and below, from 2026-01-01');
    expect(lamDong).toContain('cover 2026-06-15 to 2026-09-14');
  });

  it('1. gives compliance by family over the unit and below, as the graph computes it', async () => {
    const { data, errors } = await services.queryGateway(/* GraphQL */ `
      query {
        administrativeUnit(code: "60") {
          statistics(from: "2024-07-01", to: "2024-09-30") {
            reportingByFamily(frequency: QUARTERLY, asOf: "2024-10-20") {
              family
              obligations
              onTime
              late
              overdue
              notYetDue
            }
          }
        }
      }
    `);
    expect(errors).toBeUndefined();
    const families = data!.administrativeUnit.statistics.reportingByFamily as {
      family: string;
      obligations: number;
      onTime: number;
      late: number;
      overdue: number;
      notYetDue: number;
    }[];
    const rows = tableRows(markdown, 'Compliance by family (quarterly reports)');
    const names: Record<string, string> = { PARTY: 'Party', STATE: 'State', FRONT: 'Front', ARMED_FORCES: 'Armed forces' };
    expect(rows.map((r) => r.slice(0, 6))).toEqual(
      families.map((f) => [names[f.family], f.obligations, f.onTime, f.late, f.overdue, f.notYetDue].map(String)),
    );
    // The province's own 20 obligations are among them.
    expect(families.reduce((sum, f) => sum + f.obligations, 0)).toBeGreaterThan(20);
  });

  it('2. lists the cases open on the as-of date with their responsible agency and the agencies involved', () => {
    const cases = tableRows(markdown, 'Open cases on 2024-10-20');
    const byReference = new Map(cases.map((row) => [row[0], row]));
    const expressway = byReference.get('60-2022-014')!;
    // The agency responsible on the as-of date: the district's People's Committee (the case moved on to
    // Lâm Đồng's, PCOM-68-2025, on 2025-07-01, after the district ended).
    expect(expressway).toEqual([
      '60-2022-014',
      'Bồi thường, giải phóng mặt bằng và tái định cư Dự án đường bộ cao tốc Bắc - Nam qua huyện Hàm Thuận Nam',
      'Huyện Hàm Thuận Nam (598)',
      'Land acquisition and resettlement',
      'In progress',
      '2022-03-15',
      expect.any(String),
      'Ủy ban nhân dân huyện Hàm Thuận Nam (PCOM-598)',
      expect.any(String),
    ]);
    const agencies = expressway[8].split('; ');
    expect(agencies).toEqual(
      expect.arrayContaining([
        'Front supervision: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Thuận (VFF-60)',
        'Armed forces support: Ban Chỉ huy Quân sự huyện Hàm Thuận Nam (MC-598)',
        'Party conclusion 512-KL/TU: Tỉnh ủy Bình Thuận (PC-60)',
      ]),
    );
    expect(byReference.get('60-2024-031')![8]).toContain('Party directive 18-CT/HU: Huyện ủy Bắc Bình (PC-596)');
    // Resolved before the as-of date: left out. Opened after it: left out. Resolved after it: open then.
    expect(byReference.has('60-2022-009')).toBe(false);
    expect(byReference.has('60-2025-105')).toBe(false);
    expect(byReference.get('60-2024-102')?.[4]).toBe('Resolved on 2025-03-11 (open on 2024-10-20)');
    expect(markdown).toContain(`- **Cases open on 2024-10-20:** ${cases.length}`);
  });

  it('3. counts the dialogues of the period by level and lists them', () => {
    const levels = tableRows(markdown, 'Dialogues by level');
    const list = tableRows(markdown, 'Dialogues held');
    const total = levels.find((r) => r[0] === '**Total**')!;
    expect(Number(total[1].replace(/\*/g, ''))).toBe(list.length);
    expect(list.length).toBeGreaterThan(0);
    for (const row of list) expect(row[0] >= '2024-07-01' && row[0] <= '2024-09-30').toBe(true);
    for (const level of levels.filter((r) => r[0] !== '**Total**')) {
      expect(list.filter((r) => r[1] === level[0])).toHaveLength(Number(level[1]));
    }
  });

  it('4. gives the Skilled Mass Mobilization models of 2024 by kind and field, and each model', () => {
    expect(markdown).toContain('## 4. Skilled Mass Mobilization models, 2024');
    const models = tableRows(markdown, 'Models of 2024');
    expect(models.length).toBeGreaterThan(0);
    expect(tableRows(markdown, 'Models by kind').find((r) => r[0] === '**Total**')).toEqual(['**Total**', `**${models.length}**`]);
    expect(models).toContainEqual([
      'Cán bộ công an bám địa bàn, vận động giao nộp vũ khí, vật liệu nổ (tỉnh Bình Thuận)',
      'Individual',
      'Defence and security',
      'Tỉnh Bình Thuận (60)',
      'Công an tỉnh Bình Thuận (POL-60)',
      'Armed forces',
    ]);
  });

  it('5. gives the armed-forces activities of the period by kind with personnel, man-days and households', () => {
    const byKind = tableRows(markdown, 'Activities by kind');
    const list = tableRows(markdown, 'Activities');
    const total = byKind.find((r) => r[0] === '**Total**')!.map((c) => c.replace(/\*/g, ''));
    expect(Number(total[1])).toBe(list.length);
    expect(Number(total[2])).toBe(list.reduce((sum, r) => sum + Number(r[6]), 0));
    expect(Number(total[3])).toBe(list.reduce((sum, r) => sum + Number(r[7]), 0));
    expect(Number(total[4])).toBe(list.reduce((sum, r) => sum + Number(r[8]), 0));
    expect(list.find((r) => r[5] === 'Tổng cục Chính trị Quân đội nhân dân Việt Nam (GDP-VN)')?.[9]).toMatch(
      /^program: Chương trình phối hợp/,
    );
  });

  it('6. lists the coordination programs active on the last day with their lead commission and participants', () => {
    const programs = tableRows(markdown, 'Programs active on 2024-09-30');
    expect(programs.map((r) => r[2])).toEqual(expect.arrayContaining([`${COMMISSION_60} (MMC-60)`, 'Ban Dân vận Trung ương (MMC-VN)']));
    const participants = tableRows(markdown, 'Participants of each program').map((r) => r[1]);
    expect(participants).toEqual(
      expect.arrayContaining([
        'Bộ Công an (POL-VN)',
        'Công an tỉnh Bình Thuận (POL-60)',
        'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Thuận (VFF-60)',
      ]),
    );
  });

  it("7. counts the working sessions of the province's committee and of its districts' in the summary, and lists each", async () => {
    const rows: { committee_id: string; day: string }[] = await services.subgraphs.party!.db.query(
      `SELECT committee_id, held_on::text AS day FROM working_session
        WHERE unit_path LIKE '/VN/60/%' AND held_on BETWEEN '2024-07-01' AND '2024-09-30' ORDER BY held_on`,
    );
    // The province's committee and four districts', one session each in the quarter.
    expect(rows).toHaveLength(5);
    expect(markdown).toContain(`- **Working sessions of the party committees:** ${rows.length}`);
    expect(markdown).toContain('## 7. Working sessions of the party committees');
    const list = tableRows(markdown, 'Working sessions held');
    expect(list.map((r) => r[0])).toEqual(rows.map((r) => r.day));
    expect(list.map((r) => r[1].match(/\((PC-\d+)\)$/)![1]).sort()).toEqual(rows.map((r) => r.committee_id).sort());
    const province = list.find((r) => r[1] === 'Tỉnh ủy Bình Thuận (PC-60)')!;
    // Participants of every family, the commission named as it was at the period's end.
    expect(province[2].split('; ').slice(0, 3)).toEqual([
      `${COMMISSION_60} (MMC-60)`,
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Thuận (VFF-60)',
      'Ủy ban nhân dân tỉnh Bình Thuận (PCOM-60)',
    ]);
    expect(province[3].split('; ')).toEqual(
      expect.arrayContaining([
        'Nắm tình hình tư tưởng, tâm trạng, nguyện vọng của Nhân dân và những vấn đề bức xúc, nổi cộm ở cơ sở',
        'Phản ánh của Nhân dân về ô nhiễm môi trường từ hoạt động khai thác, tuyển quặng titan',
      ]),
    );
    expect(province[4]).toMatch(/^Tỉnh ủy Bình Thuận ghi nhận kết quả công tác dân vận quý 3\/2024 của hệ thống chính trị\./);
    expect(province[5].split('; ').sort()).toEqual(['60-2022-014', '60-2024-018']);
    // Bắc Bình's committee took up the Phan Hòa water shortage.
    expect(list.find((r) => r[1] === 'Huyện ủy Bắc Bình (PC-596)')![5]).toBe('60-2024-031');
  });
});

describe('the CSV report', () => {
  let csv: string;

  beforeAll(async () => {
    const file = join(out, 'report.csv');
    const result = await runReport([...common, '--format', 'csv', '--out', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`report: wrote `);
    csv = readFileSync(file, 'utf8');
  }, 60_000);

  it('parses back: BOM, a section column first, every table with its rows', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const records = parseCsv(csv.slice(1));
    expect(new Set(records.map((r) => r.length)).size).toBe(1);
    expect(records[0].slice(0, 3)).toEqual(['section', 'Item', 'Value']);
    const tables = csvTables(records);
    expect([...tables.keys()]).toEqual([
      'report',
      'summary',
      'compliance.totals',
      'compliance.overdue',
      'compliance.obligations',
      'compliance.hotSpots',
      'compliance.byFamily',
      'cases.open',
      'cases.byCategory',
      'dialogues.byLevel',
      'dialogues.list',
      'models.byKind',
      'models.byField',
      'models.list',
      'activities.byKind',
      'activities.list',
      'programs.list',
      'programs.participants',
      'sessions.list',
    ]);
    const [totals] = tables.get('compliance.totals')!;
    expect(trimmed(totals.header)).toEqual(['Obligations', 'On time', 'Late', 'Overdue', 'Not yet due', 'Compliance rate']);
    expect(trimmed(totals.rows[0])).toEqual(['20', '15', '3', '2', '0', '75%']);
    expect(tables.get('compliance.overdue')![0].rows.map((r) => r[0])).toEqual([
      'Hội Cựu chiến binh tỉnh Bình Thuận (VA-60), Front: due 2024-10-10',
      'Huyện ủy Tánh Linh (PC-599), Party: due 2024-10-10',
    ]);
    expect(tables.get('compliance.obligations')![0].rows).toHaveLength(20);
    // Several participants, topics and cases in one field, one per line.
    const [sessions] = tables.get('sessions.list')!;
    expect(trimmed(sessions.header)).toEqual(['Held on', 'Committee', 'Participants', 'Topics', 'Conclusions', 'Cases']);
    expect(sessions.rows).toHaveLength(5);
    const province = sessions.rows.find((r) => r[1] === 'Tỉnh ủy Bình Thuận (PC-60)')!;
    expect(province[2].split('\n').slice(0, 3)).toEqual([
      `${COMMISSION_60} (MMC-60)`,
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Thuận (VFF-60)',
      'Ủy ban nhân dân tỉnh Bình Thuận (PCOM-60)',
    ]);
    expect(province[5].split('\n').sort()).toEqual(['60-2022-014', '60-2024-018']);
  });

  it('keeps commas, quotes and line breaks of the data in quoted fields', () => {
    const tables = csvTables(parseCsv(csv.slice(1)));
    const [open] = tables.get('cases.open')!;
    const water = open.rows.find((r) => r[0] === '60-2024-031')!;
    // A comma in the title, several agencies on separate lines.
    expect(water[1]).toBe('Thiếu nước sinh hoạt của Nhân dân xã Phan Hòa, huyện Bắc Bình');
    expect(water[open.header.indexOf('Agencies involved')].split('\n')).toEqual(
      expect.arrayContaining([
        'Front supervision: Hội Nông dân huyện Bắc Bình (FU-596)',
        'Party directive 18-CT/HU: Huyện ủy Bắc Bình (PC-596)',
      ]),
    );
    expect(csv).toContain('60-2024-031,"Thiếu nước sinh hoạt của Nhân dân xã Phan Hòa, huyện Bắc Bình"');
    // Quotes inside data are doubled: see render.test.ts (the demo data has none).
    const [report] = tables.get('report')!;
    expect(report.rows.find((r) => r[0] === 'Period')?.[1]).toBe('2024-Q3 (Q3 2024), 2024-07-01 to 2024-09-30');
    expect(csv).toContain('report,Period,"2024-Q3 (Q3 2024), 2024-07-01 to 2024-09-30"');
  });
});

describe('the HTML report', () => {
  let html: string;

  beforeAll(async () => {
    const file = join(out, 'nested', 'report.html');
    const result = await runReport([...common, '--out', file]);
    expect(result.code).toBe(0);
    html = readFileSync(file, 'utf8');
  }, 60_000);

  it('is one self-contained file with inline SVG charts and the same totals', () => {
    expectSelfContained(html);
    expect(html).toContain('<svg class="chart"');
    expect(html).toContain(
      '<td class="num">20</td><td class="num">15</td><td class="num">3</td><td class="num">2</td><td class="num">0</td><td class="num">75%</td>',
    );
    expect(html).toContain('<li>Hội Cựu chiến binh tỉnh Bình Thuận (VA-60), Front: due 2024-10-10</li>');
    expect(html).toContain('<li>Huyện ủy Tánh Linh (PC-599), Party: due 2024-10-10</li>');
    expect(html).toContain('Ủy ban nhân dân huyện Hàm Thuận Nam (PCOM-598)');
    expect(html).toContain('<section class="numbered" id="sessions">');
    expect(html).toContain('<table id="sessions.list">');
  });
});

describe('tokens, defaults and errors', () => {
  it("mints a development token for today's commission of the province holding the unit today when none is given", async () => {
    // Bình Thuận, Bắc Bình district and Phan Hòa ended on 2025-06-30; Lâm Đồng (68) holds them today.
    expect(defaultReader('60')).toBe('MMC-68-2025');
    expect(defaultReader('596')).toBe('MMC-68-2025');
    expect(defaultReader('23035')).toBe('MMC-68-2025');
    expect(defaultReader('68')).toBe('MMC-68-2025');
    expect(defaultReader('23005')).toBe('MMC-68-2025');
    expect(defaultReader('64')).toBe('MMC-52-2025');
    expect(defaultReader('VN')).toBe('MMC-VN');
    // Asked about a day before the change, the province that held the unit then.
    expect(defaultReader('60', '2024-10-20')).toBe('MMC-60');
    const result = await runReport([
      '--unit',
      '23035',
      '--period',
      '2024-Q3',
      '--as-of',
      '2024-10-20',
      '--gateway',
      services.gateway!.url,
      '--format',
      'md',
      '--out',
      '-',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# Coordination report: Xã Phan Hòa (23035), 2024-Q3');
    // Commune 23035 as of 2024-10-20 (seed): 6 on time, 1 late, 1 overdue.
    expect(result.stdout).toContain('| 8 | 6 | 1 | 1 | 0 | 75% |');
  });

  it('takes the gateway and the token from GATEWAY_URL and REPORT_TOKEN', async () => {
    const result = await runReport(['--unit', '60', '--period', '2024-M07', '--as-of', '2024-08-20', '--format', 'md', '--out', '-'], {
      GATEWAY_URL: services.gateway!.url,
      REPORT_TOKEN: token,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('- **Period:** 2024-M07 (July 2024), 2024-07-01 to 2024-07-31');
  });

  it('writes to reports/<unit>-<period>.<ext> by default', () => {
    expect(defaultOut('60', parsePeriod('2024-Q3'), 'html')).toBe(join(projectRoot, 'reports', '60-2024-Q3.html'));
    expect(defaultOut('596', parsePeriod('2024-9M'), 'csv')).toBe(join(projectRoot, 'reports', '596-2024-9M.csv'));
  });

  it.each([
    [['--period', '2024-Q3'], /^report: --unit is required/],
    [['--unit', '60', '--period', '2024-13'], /^report: --period: "2024-13" is not a period/],
    [['--unit', '60', '--period', '2024-Q3', '--as-of', '2024-02-30'], /^report: --as-of: "2024-02-30" is not a date/],
    [['--unit', '60', '--period', '2024-Q3', '--format', 'pdf'], /^report: --format: "pdf" is not one of html, md, csv/],
    [
      ['--unit', '60', '--period', '2024-Q3', '--gateway', 'localhost:4000'],
      /^report: --gateway: "localhost:4000" is not an http\(s\) URL/,
    ],
    [['--unit', '60', '--period', '2024-Q3', '--colour'], /^report: Unknown option '--colour'/],
  ])('refuses %j with exit code 2 and one line', async (args, message) => {
    const result = await runReport(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectOneLineError(result.stderr, message);
  });

  it('fails with exit code 1 and one line on a GraphQL error (a token the gateway refuses)', async () => {
    const forged = `${token.slice(0, token.lastIndexOf('.'))}.${'A'.repeat(86)}`;
    const result = await runReport([...common.slice(0, -1), forged, '--format', 'md', '--out', '-']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expectOneLineError(
      result.stderr,
      new RegExp(
        `^report: the gateway at ${escape(services.gateway!.url)} answered ReportUnit with UNAUTHENTICATED: Authorization: the token is not valid$`,
      ),
    );
  });

  it('finds the gateway on GATEWAY_PORT when neither --gateway nor GATEWAY_URL is given', async () => {
    const port = new URL(services.gateway!.url).port;
    expect(defaultGateway({ GATEWAY_PORT: port })).toEqual([`http://localhost:${port}/graphql`, 'GATEWAY_PORT']);
    expect(defaultGateway({})).toEqual(['http://localhost:4000/graphql', 'GATEWAY_PORT']);
    const result = await runReport(['--unit', '60', '--period', '2024-Q3', '--as-of', '2024-10-20', '--format', 'md', '--out', '-'], {
      GATEWAY_PORT: port,
      REPORT_TOKEN: token,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# Coordination report: Tỉnh Bình Thuận (60), 2024-Q3');
  });

  it('prefers GATEWAY_URL to GATEWAY_PORT, and --gateway to both', async () => {
    // Nothing listens on `nowhere`: a report that succeeds did not go there.
    const nowhere = await freePort();
    const args = ['--unit', '60', '--period', '2024-Q3', '--as-of', '2024-10-20', '--format', 'md', '--out', '-'];
    expect(defaultGateway({ GATEWAY_URL: services.gateway!.url, GATEWAY_PORT: String(nowhere) })).toEqual([
      services.gateway!.url,
      'GATEWAY_URL',
    ]);
    const fromUrl = await runReport(args, { GATEWAY_URL: services.gateway!.url, GATEWAY_PORT: String(nowhere), REPORT_TOKEN: token });
    expect(fromUrl.code).toBe(0);
    const fromOption = await runReport([...args, '--gateway', services.gateway!.url], {
      GATEWAY_URL: `http://127.0.0.1:${nowhere}/graphql`,
      GATEWAY_PORT: String(nowhere),
      REPORT_TOKEN: token,
    });
    expect(fromOption.code).toBe(0);
    expect(fromOption.stdout).toBe(fromUrl.stdout);
  });

  it.each([
    [{ GATEWAY_PORT: 'banana' }, /^report: GATEWAY_PORT: "banana" is not a port number from 0 to 65535/],
    [{ GATEWAY_URL: 'localhost:4000' }, /^report: GATEWAY_URL: "localhost:4000" is not an http\(s\) URL/],
  ])('refuses the environment %j with exit code 2 and one line, before any request', async (env, message) => {
    const result = await runReport(['--unit', '60', '--period', '2024-Q3'], env);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectOneLineError(result.stderr, message);
  });
});

describe('as a child process', () => {
  it('writes the report and exits 0', async () => {
    const file = join(out, 'child.md');
    const { code, stderr } = await runChild([...common, '--format', 'md', '--out', file]);
    expect(code).toBe(0);
    expect(stderr).toContain('report [10/10] writing');
    expect(readFileSync(file, 'utf8')).toContain('| 20 | 15 | 3 | 2 | 0 | 75% |');
  }, 60_000);

  it('exits 2 with one line for a unit the graph does not know', async () => {
    const args = [...common];
    args[1] = '99999';
    const { code, stdout, stderr } = await runChild([...args, '--format', 'md', '--out', '-']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expectOneLineError(stderr, /^report: --unit: "99999" is not an administrative unit in the graph/);
  }, 60_000);

  it('exits 2 with one line for a bad period, before any request', async () => {
    const { code, stdout, stderr } = await runChild(['--unit', '60', '--period', '2024-Q5', '--gateway', 'http://localhost:1/graphql']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('report: --period: "2024-Q5": the quarter must be from 1 to 4 (--help for usage)\n');
  }, 60_000);

  it("exits 2 with one line, without a usage hint, for a unit that had ended by the period's last day, before any request", async () => {
    const { code, stdout, stderr } = await runChild(['--unit', '60', '--period', '2025-Q3', '--gateway', 'http://localhost:1/graphql']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('report: Bình Thuận (60) ended on 2025-06-30; it is part of Lâm Đồng (68)\n');
  }, 60_000);

  it('exits 1 with one line when the gateway cannot be reached', async () => {
    const url = `http://127.0.0.1:${await freePort()}/graphql`;
    const { code, stderr } = await runChild(['--unit', '60', '--period', '2024-Q3', '--gateway', url, '--token', token]);
    expect(code).toBe(1);
    expectOneLineError(stderr, new RegExp(`^report: cannot reach the gateway at ${escape(url)}: connection refused`));
  }, 60_000);

  it('names the URL it tried on GATEWAY_PORT when nothing answers there', async () => {
    const port = await freePort();
    const { code, stdout, stderr } = await runChild(['--unit', '60', '--period', '2024-Q3', '--token', token], {
      GATEWAY_PORT: String(port),
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expectOneLineError(
      stderr,
      new RegExp(`^report: cannot reach the gateway at ${escape(`http://localhost:${port}/graphql`)}: connection refused`),
    );
  }, 60_000);
});

/** `text` as a literal inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The rows of the Markdown table under a `**caption**` line, as cell texts
 * (backslash escapes undone).
 */
function tableRows(markdown: string, caption: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`**${caption}**`);
  if (start < 0) throw new Error(`no table "${caption}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 4)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(2, -2)
        .split(/(?<!\\) \| /)
        .map((cell) => cell.replace(/\\(.)/g, '$1')),
    );
  }
  return rows;
}
