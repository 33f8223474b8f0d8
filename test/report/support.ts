import { Writable } from 'node:stream';
import { Io, main } from '../../report/cli';
import type { ReportModel } from '../../report/model';
import { SOURCES } from '../../report/model';
import { parsePeriod } from '../../report/period';

/** A stream that keeps what is written to it. */
export class Collector extends Writable {
  private readonly chunks: Buffer[] = [];
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void) {
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    callback();
  }
  get text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** Runs the report command in this process, its output and errors captured. */
export async function runReport(argv: string[], env: Io['env'] = {}) {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await main(argv, { stdout, stderr, env, now: () => new Date('2024-10-20T03:00:00Z') });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/**
 * RFC 4180 strictly: fields separated by commas, records by CRLF, a field quoted
 * when it holds a comma, a quote (doubled) or a line break. Throws on anything else
 * (a bare LF between records, a quote inside an unquoted field).
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        if (i + 1 < text.length && text[i + 1] !== ',' && text[i + 1] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      } else {
        field += c;
      }
    } else if (c === '"') {
      if (field !== '' || wasQuoted) throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
      wasQuoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      wasQuoted = false;
      i++;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`a bare line break outside quotes at ${i}`);
    } else {
      field += c;
    }
  }
  if (quoted) throw new Error('an unterminated quoted field');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

export interface CsvTable {
  header: string[];
  rows: string[][];
}

/** The report's CSV as its tables: a `section` header row starts each, the others name it in their first field. */
export function csvTables(records: string[][]): Map<string, CsvTable[]> {
  const tables = new Map<string, CsvTable[]>();
  let header: string[] | null = null;
  let current: CsvTable | null = null;
  for (const [section, ...rest] of records) {
    if (section === 'section') {
      header = rest;
      current = null;
      continue;
    }
    if (!header) throw new Error(`a row of ${section} before any header`);
    if (!current) {
      current = { header, rows: [] };
      tables.set(section, [...(tables.get(section) ?? []), current]);
    }
    current.rows.push(rest);
  }
  return tables;
}

/** The trailing empty fields the CSV pads every record with, removed. */
export const trimmed = (row: string[]) => {
  const copy = [...row];
  while (copy.length && copy[copy.length - 1] === '') copy.pop();
  return copy;
};

/**
 * A report with hostile values: markup in the unit's name, commas, quotes, line
 * breaks and a formula-like title in a case, for the renderers' escaping and quoting.
 */
export function craftedModel(): ReportModel {
  const period = parsePeriod('2024-Q3');
  const org = (id: string, name: string, family: 'PARTY' | 'STATE' | 'FRONT' | 'ARMED_FORCES', type: string) => ({
    id,
    name,
    family,
    type,
  });
  return {
    unit: {
      code: '60',
      name: 'Tỉnh <script>alert("x")</script> & Co',
      level: 'PROVINCIAL',
      unitType: 'Tỉnh',
      parent: { code: 'VN', name: 'Việt Nam' },
    },
    period,
    asOf: '2024-10-20',
    generatedAt: '2024-10-20T03:00:00Z',
    gateway: 'http://localhost:4000/graphql',
    sources: [...SOURCES],
    compliance: {
      recipient: 'Tỉnh ủy <b>Bình Thuận</b>',
      guidance: "the regulation's defaults",
      owed: true,
      covered: { from: '2024-07-01', to: '2024-09-30' },
      hotSpots: [],
      totals: { obligations: 3, onTime: 1, late: 1, overdue: 1, notYetDue: 0, complianceRate: 1 / 3 },
      obligations: [
        {
          submitter: org('PCOM-60', 'Ủy ban nhân dân tỉnh', 'STATE', 'StateAgency'),
          recipient: 'Tỉnh ủy',
          copyTo: 'Ban Dân vận',
          dueOn: '2024-10-10',
          status: 'ON_TIME',
          report: { title: 'Báo cáo', submittedAt: '2024-10-15T03:00:00Z', firstSubmittedAt: '2024-10-08T02:15:00Z' },
        },
        {
          submitter: org('FU-60', 'Hội Nông dân, tỉnh "BT"', 'FRONT', 'FrontOrganization'),
          recipient: 'Tỉnh ủy',
          copyTo: null,
          dueOn: '2024-10-10',
          status: 'LATE',
          report: { title: 'Báo cáo', submittedAt: '2024-10-10T17:30:00Z', firstSubmittedAt: null },
        },
        {
          submitter: org('VA-60', 'Hội Cựu chiến binh <i>tỉnh</i>', 'FRONT', 'FrontOrganization'),
          recipient: 'Tỉnh ủy',
          copyTo: null,
          dueOn: '2024-10-10',
          status: 'OVERDUE',
          report: null,
        },
      ],
      overdue: [{ ...org('VA-60', 'Hội Cựu chiến binh <i>tỉnh</i>', 'FRONT', 'FrontOrganization'), dueOn: '2024-10-10' }],
      byFamily: {
        frequency: 'QUARTERLY',
        families: [
          { family: 'STATE', obligations: 1, onTime: 1, late: 0, overdue: 0, notYetDue: 0, complianceRate: 1 },
          { family: 'FRONT', obligations: 2, onTime: 0, late: 1, overdue: 1, notYetDue: 0, complianceRate: 0 },
        ],
      },
    },
    cases: {
      open: [
        {
          reference: '60-2024-999',
          title: 'Khiếu nại "ranh giới", đất\nthôn 2 <img src=x onerror=alert(1)>',
          category: 'LAND_ACQUISITION_RESETTLEMENT',
          status: 'IN_PROGRESS',
          openedOn: '2024-08-01',
          resolvedOn: null,
          householdsAffected: 12,
          unit: { code: '598', name: 'Huyện Hàm Thuận Nam' },
          responsibleAgency: org('PCOM-598', '=SUM(A1:A9)', 'STATE', 'StateAgency'),
          supervisedBy: [
            org('VFF-60', 'Mặt trận tỉnh', 'FRONT', 'FrontOrganization'),
            org('WU-598', 'Hội Phụ nữ huyện', 'FRONT', 'FrontOrganization'),
          ],
          supportedBy: [],
          directives: [{ number: '=1+2', kind: 'DIRECTIVE', issuer: org('PC-60', 'Tỉnh ủy', 'PARTY', 'PartyCommittee') }],
        },
      ],
      openedByCategory: [
        { category: 'LAND_ACQUISITION_RESETTLEMENT', cases: 1, byStatus: [{ status: 'IN_PROGRESS', cases: 1 }], medianDaysToResolve: null },
      ],
    },
    dialogues: { byLevel: [], list: [] },
    models: { year: 2024, byKind: [], byField: [], list: [] },
    activities: {
      byKind: [{ kind: 'HOUSING', activities: 1, personnel: 10, manDays: 30, householdsReached: 4 }],
      list: [],
    },
    programs: { activeOn: '2024-09-30', list: [] },
    // Two held, one RESTRICTED that this reader may not see.
    workingSessions: {
      held: 2,
      list: [
        {
          heldOn: '2024-08-12',
          committee: org('PC-60', 'Tỉnh ủy', 'PARTY', 'PartyCommittee'),
          unit: { code: '60', name: 'Tỉnh Bình Thuận' },
          participants: [
            org('MMC-60', 'Ban Dân vận | Tỉnh ủy', 'PARTY', 'MassMobilizationCommission'),
            org('VFF-60', 'Mặt trận, tỉnh', 'FRONT', 'FrontOrganization'),
          ],
          topics: ['Nắm tình hình "Nhân dân"', '-1 hộ <b>thiếu nước</b>'],
          conclusions: 'Kết luận:\n1. Chở nước, 2. Mở rộng tuyến ống',
          caseReferences: ['60-2024-031'],
        },
      ],
    },
  };
}

/** An HTML file that needs nothing from anywhere else. */
export function expectSelfContained(html: string) {
  expect(html).not.toMatch(/\b(?:src|href|xlink:href|action|poster)\s*=\s*["']?\s*(?:https?:)?\/\//i);
  expect(html).not.toMatch(/<script\b/i);
  expect(html).not.toMatch(/<link\b/i);
  expect(html).not.toMatch(/<(?:img|iframe|object|embed)\b/i);
  expect(html).not.toMatch(/@import|url\(|@font-face/i);
  expect(html).not.toMatch(/https?:\/\//i);
}
