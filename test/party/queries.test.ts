import { demoUnits, STORIES } from '../../seed/demo';
import { STORY_REPORT_IDS } from '../../seed/party/reports';
import { seedDemo } from '../../seed/party';
import { modelRows } from '../../seed/party/models';
import { Services } from '../support/services';
import { districtsOf, SEEDING_TIMEOUT_MS } from './support';

/**
 * The root queries of the party subgraph over HTTP on the seeded demo data: by id,
 * lists with each filter, pagination, bad input, seeded values and batching.
 */
let services: Services;

beforeAll(async () => {
  // The Central Commission: it sees every party record, RESTRICTED ones included (test/party/restricted.test.ts covers the others).
  services = await Services.start(['party'], { viewer: { org: { type: 'MassMobilizationCommission', id: 'MMC-VN' } } });
}, SEEDING_TIMEOUT_MS);

afterAll(async () => {
  await services?.stop();
});

async function query(text: string, variables: Record<string, unknown> = {}) {
  const { data, errors } = await services.querySubgraph('party', text, variables);
  expect(errors).toBeUndefined();
  return data!;
}

async function badInput(text: string, variables: Record<string, unknown>, field: string) {
  const { errors } = await services.querySubgraph('party', text, variables);
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  expect(errors![0].message).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')}:`));
}

const sql = (text: string, params: unknown[] = []) => services.subgraphs.party!.db.query(text, params);

/** Reads every page of a list and checks the pages against `totalCount`. */
async function allPages(text: string, variables: Record<string, unknown>, field: string, first: number) {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount: number;
  for (;;) {
    const page: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number } = (
      await query(text, { ...variables, first, after })
    )[field];
    totalCount = page.totalCount;
    ids.push(...page.nodes.map((n) => n.id));
    expect(page.nodes.length).toBeLessThanOrEqual(first);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(ids).toHaveLength(totalCount);
  expect(new Set(ids).size).toBe(ids.length);
  return ids;
}

describe('party committees and commissions', () => {
  const COMMITTEES = /* GraphQL */ `
    query ($filter: PartyOrganizationFilter, $first: Int, $after: String) {
      partyCommittees(filter: $filter, first: $first, after: $after) {
        nodes {
          id
          name
          level
          unit {
            code
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  `;
  const COMMISSIONS = /* GraphQL */ `
    query ($filter: PartyOrganizationFilter, $first: Int, $after: String) {
      massMobilizationCommissions(filter: $filter, first: $first, after: $after) {
        nodes {
          id
          name
          level
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  `;

  it('has a committee for every demo unit version and a commission above commune level', async () => {
    // Both eras (seed/demo.ts): the nation, seven provinces with their districts and communes
    // until 2025-06-30, three provinces with their communes from 2025-07-01.
    const units = demoUnits();
    expect(units).toHaveLength(1547);
    const committees = await allPages(COMMITTEES, {}, 'partyCommittees', 200);
    expect(committees).toHaveLength(units.length);
    expect(committees).toEqual([...committees].sort());
    const commissions = await allPages(COMMISSIONS, {}, 'massMobilizationCommissions', 50);
    expect(commissions).toHaveLength(units.filter((u) => u.level !== 'COMMUNE').length);
    expect(commissions).toHaveLength(94);
  });

  it('names committees by the type of their unit', async () => {
    const data = await query(`{
      a: partyCommittee(id: "PC-60") { name head { title } parent { id } }
      b: partyCommittee(id: "PC-593") { name }
      c: partyCommittee(id: "PC-594") { name }
      d: partyCommittee(id: "PC-596") { name }
      e: partyCommittee(id: "PC-23005") { name parent { id } commission { id } }
      f: massMobilizationCommission(id: "MMC-594") { name level head { title } partyCommittee { id } }
      g: partyCommittee(id: "PC-nothing") { id }
      h: massMobilizationCommission(id: "MMC-23005") { id }
      i: partyCommittee(id: "PC-23005-2025") { name level parent { id } commission { id } }
      j: partyCommittee(id: "PC-68-2025") { name level parent { id } commission { id } }
    }`);
    expect(data).toEqual({
      a: { name: 'Tỉnh ủy Bình Thuận', head: { title: 'Bí thư' }, parent: { id: 'PC-VN' } },
      b: { name: 'Thành ủy Phan Thiết' },
      c: { name: 'Thị ủy La Gi' },
      d: { name: 'Huyện ủy Bắc Bình' },
      e: { name: 'Đảng ủy thị trấn Chợ Lầu', parent: { id: 'PC-596' }, commission: null },
      // Merged with the Propaganda Commission in 2025: a commission has the name it had last.
      f: {
        name: 'Ban Tuyên giáo và Dân vận Thị ủy La Gi',
        level: 'DISTRICT',
        head: { title: 'Trưởng ban' },
        partyCommittee: { id: 'PC-594' },
      },
      g: null,
      h: null,
      // Code 23005 since 2025-07-01: Xã Bắc Bình, directly under the new Lâm Đồng's committee.
      i: { name: 'Đảng ủy xã Bắc Bình', level: 'COMMUNE', parent: { id: 'PC-68-2025' }, commission: null },
      j: { name: 'Tỉnh ủy Lâm Đồng', level: 'PROVINCIAL', parent: { id: 'PC-VN' }, commission: { id: 'MMC-68-2025' } },
    });
  });

  it('filters by unit, descendants and level', async () => {
    const count = async (q: string, filter: Record<string, unknown>, field: string) => (await query(q, { filter }))[field].totalCount;
    const inProvince60 = demoUnits().filter((u) => u.path.startsWith('/VN/60/')).length;
    expect(await count(COMMITTEES, { unitCode: '60' }, 'partyCommittees')).toBe(1);
    expect(await count(COMMITTEES, { unitCode: '60', includeDescendants: true }, 'partyCommittees')).toBe(inProvince60);
    // The districts of the seven provinces of the three-level era: there are none after it.
    expect(await count(COMMITTEES, { level: 'DISTRICT' }, 'partyCommittees')).toBe(
      demoUnits().filter((u) => u.level === 'DISTRICT').length,
    );
    expect(await count(COMMITTEES, { unitCode: '596', includeDescendants: true, level: 'COMMUNE' }, 'partyCommittees')).toBe(18);
    expect(await count(COMMISSIONS, { unitCode: '60', includeDescendants: true }, 'massMobilizationCommissions')).toBe(11);
    expect(await count(COMMISSIONS, { level: 'COMMUNE' }, 'massMobilizationCommissions')).toBe(0);
    // Lâm Đồng (68) today and below it: its lineage, the subtrees of Bình Thuận, Đắk Nông and the old Lâm Đồng too.
    const lineage68 = demoUnits().filter((u) => ['/VN/60/', '/VN/67/', '/VN/68/'].some((prefix) => u.path.startsWith(prefix))).length;
    expect(await count(COMMITTEES, { unitCode: '68', includeDescendants: true }, 'partyCommittees')).toBe(lineage68);
  });

  it('refuses bad paging and unknown units, naming the argument', async () => {
    await badInput(COMMITTEES, { first: 0 }, 'first');
    await badInput(COMMITTEES, { first: 500 }, 'first');
    await badInput(COMMITTEES, { after: 'not-a-cursor' }, 'after');
    await badInput(COMMITTEES, { filter: { unitCode: '99999' } }, 'filter.unitCode');
    await badInput(COMMISSIONS, { filter: { unitCode: 'XX' } }, 'filter.unitCode');
  });
});

describe('party documents', () => {
  const DOCUMENTS = /* GraphQL */ `
    query ($filter: PartyDocumentFilter, $first: Int, $after: String) {
      partyDocuments(filter: $filter, first: $first, after: $after) {
        nodes {
          id
          number
          kind
          issuedOn
          issuer {
            id
          }
          classification
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  `;
  const numbers = async (filter: Record<string, unknown>) =>
    (await query(DOCUMENTS, { filter })).partyDocuments.nodes.map((d: { number: string }) => d.number);

  it('lists the documents most recently issued first, a page at a time', async () => {
    const ids = await allPages(DOCUMENTS, {}, 'partyDocuments', 2);
    expect(ids).toHaveLength(9);
    const dates = (await query(DOCUMENTS, { first: 50 })).partyDocuments.nodes.map((d: { issuedOn: string }) => d.issuedOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('filters by issuer, kind, number and dates', async () => {
    const decisions = await numbers({ kind: 'DECISION' });
    expect(decisions[0]).toBe('23-QĐ/TW'); // 2021, then the two of 2013
    expect([...decisions].sort()).toEqual(['217-QĐ/TW', '218-QĐ/TW', '23-QĐ/TW']);
    expect((await numbers({ numberContains: 'qđ/tw' })).sort()).toEqual(['217-QĐ/TW', '218-QĐ/TW', '23-QĐ/TW']);
    expect(await numbers({ numberContains: '%' })).toEqual([]);
    expect(await numbers({ issuerId: 'PC-60' })).toEqual(['512-KL/TU', '14-CT/TU']);
    expect((await numbers({ issuedFrom: '2013-01-01', issuedTo: '2013-12-31' })).sort()).toEqual([
      '14-CT/TU',
      '217-QĐ/TW',
      '218-QĐ/TW',
      '25-NQ/TW',
    ]);
    expect(await numbers({ issuerId: 'PC-596', kind: 'DIRECTIVE', issuedFrom: '2024-05-14', issuedTo: '2024-05-14' })).toEqual([
      '18-CT/HU',
    ]);
  });

  it('has the story documents', async () => {
    const data = await query(
      `query ($a: ID!, $b: ID!, $c: ID!) {
        a: partyDocument(id: $a) { number kind title issuedOn issuer { id } }
        b: partyDocument(id: $b) { number kind issuer { id name } caseIds }
        c: partyDocument(id: $c) { number kind classification issuer { id } caseIds }
      }`,
      {
        a: STORIES.documents.regulation218,
        b: STORIES.documents.binhThuanExpresswayConclusion,
        c: STORIES.documents.bacBinhWaterDirective,
      },
    );
    expect(data.a).toEqual({
      number: '218-QĐ/TW',
      kind: 'DECISION',
      title:
        'Quyết định ban hành Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền',
      issuedOn: '2013-12-12',
      issuer: { id: 'PC-VN' },
    });
    expect(data.b).toMatchObject({ kind: 'CONCLUSION', issuer: { id: 'PC-60', name: 'Tỉnh ủy Bình Thuận' } });
    expect([...data.b.caseIds].sort()).toEqual([STORIES.cases.expresswayBacBinh, STORIES.cases.expresswayHamThuanNam].sort());
    expect(data.c).toEqual({
      number: '18-CT/HU',
      kind: 'DIRECTIVE',
      classification: 'PUBLIC',
      issuer: { id: 'PC-596' },
      caseIds: [STORIES.cases.waterPhanHoa],
    });
  });

  it('refuses a date range that ends before it starts', async () => {
    await badInput(DOCUMENTS, { filter: { issuedFrom: '2024-01-01', issuedTo: '2023-12-31' } }, 'filter.issuedTo');
    const { errors } = await services.querySubgraph('party', DOCUMENTS, { filter: { issuedFrom: '2024-02-30' } });
    expect(errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toMatch(/filter\.issuedFrom.*2024-02-30/);
  });
});

describe('coordination programs', () => {
  const PROGRAMS = /* GraphQL */ `
    query ($filter: CoordinationProgramFilter, $first: Int, $after: String) {
      coordinationPrograms(filter: $filter, first: $first, after: $after) {
        nodes {
          id
          startsOn
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  `;
  const ids = async (filter: Record<string, unknown>) =>
    (await query(PROGRAMS, { filter })).coordinationPrograms.nodes.map((p: { id: string }) => p.id);
  const { centralArmedForces, binhThuanExpressway } = STORIES.programs;

  it('lists the most recent first and filters by lead, participant and date', async () => {
    expect(await allPages(PROGRAMS, {}, 'coordinationPrograms', 1)).toEqual([binhThuanExpressway, centralArmedForces]);
    expect(await ids({ leadCommissionId: 'MMC-VN' })).toEqual([centralArmedForces]);
    expect(await ids({ participantId: 'POL-VN' })).toEqual([centralArmedForces]);
    expect(await ids({ participantId: 'PCOM-596' })).toEqual([binhThuanExpressway]);
    expect(await ids({ activeOn: '2021-12-01' })).toEqual([centralArmedForces]);
    expect(await ids({ activeOn: '2024-06-01' })).toEqual([binhThuanExpressway, centralArmedForces]);
    expect(await ids({ activeOn: '2026-01-01' })).toEqual([centralArmedForces]);
  });

  it('has the central program with its yearly reviews', async () => {
    const { coordinationProgram } = await query(
      `query ($id: ID!) { coordinationProgram(id: $id) {
        title startsOn endsOn leadCommission { id name head { name } } basedOn { number }
        participants { joinedOn responsibility organization { __typename ... on MassMobilizationCommission { id } ... on ArmedUnit { id } } }
        reviews { year heldOn summary }
      } }`,
      { id: centralArmedForces },
    );
    expect(coordinationProgram).toMatchObject({
      title:
        'Chương trình phối hợp công tác dân vận giữa Ban Dân vận Trung ương, Bộ Công an và Tổng cục Chính trị Quân đội nhân dân Việt Nam',
      startsOn: '2021-10-01',
      endsOn: null,
      leadCommission: { id: 'MMC-VN', name: 'Ban Tuyên giáo và Dân vận Trung ương', head: { name: 'Mai Văn Chính' } },
      basedOn: { number: '23-QĐ/TW' },
    });
    expect(coordinationProgram.participants.map((p: { organization: { __typename: string; id: string } }) => p.organization)).toEqual([
      { __typename: 'MassMobilizationCommission', id: 'MMC-VN' },
      { __typename: 'ArmedUnit', id: 'POL-VN' },
      { __typename: 'ArmedUnit', id: 'GDP-VN' },
    ]);
    expect(coordinationProgram.reviews.map((r: { year: number; heldOn: string }) => [r.year, r.heldOn])).toEqual([
      [2024, '2024-12-30'],
      [2023, '2023-12-28'],
      [2022, '2022-12-27'],
    ]);
    expect(coordinationProgram.reviews[0].summary).toMatch(/23-QĐ\/TW/);
  });
});

describe('reports', () => {
  const REPORTS = /* GraphQL */ `
    query ($filter: ReportFilter, $first: Int, $after: String) {
      reports(filter: $filter, first: $first, after: $after) {
        nodes {
          id
          kind
          submittedAt
          submitter {
            __typename
            ... on FrontOrganization {
              id
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  `;
  const Q3 = { year: 2024, frequency: 'QUARTERLY', index: 3 };
  const total = async (filter: Record<string, unknown>) => (await query(REPORTS, { filter })).reports.totalCount;

  it('pages through reports most recently submitted first', async () => {
    const filter = { recipientId: 'PC-596' };
    const [{ count }] = await sql(`SELECT count(*)::int AS count FROM report WHERE recipient_id = 'PC-596'`);
    const ids = await allPages(REPORTS, { filter }, 'reports', 30);
    expect(ids).toHaveLength(count);
    expect(count).toBeGreaterThan(60);
    const rows = await sql(`SELECT id FROM report WHERE recipient_id = 'PC-596' ORDER BY submitted_at DESC, id DESC`);
    expect(ids).toEqual(rows.map((r: { id: string }) => r.id));
  });

  /** The district commissions' reports on their work to Bình Thuận's commission (rule 4), addressed through its committee. */
  const commissionLine = async (more = '') =>
    (
      await sql(
        `SELECT count(*)::int AS n FROM report WHERE recipient_id = 'PC-60' AND recipient_commission_id = 'MMC-60'
            AND period_year = 2024 AND period_frequency = 'QUARTERLY' AND period_index = 3 ${more}`,
      )
    )[0].n as number;

  it('filters by recipient, submitter, period, kind and time', async () => {
    // Q3 2024 to Bình Thuận's committee: 9 organizations (one report corrected) and 9 district committees,
    // and the district commissions' reports to its commission.
    expect(await commissionLine()).toBeGreaterThan(0);
    expect(await total({ recipientId: 'PC-60', period: Q3 })).toBe(19 + (await commissionLine()));
    expect(await total({ recipientId: 'PC-60', period: Q3, kind: 'URGENT' })).toBe(0);
    expect(await total({ recipientId: 'PC-60', kind: 'URGENT' })).toBe(1);
    const wu = (await query(REPORTS, { filter: { submitterId: 'WU-60', period: Q3 } })).reports.nodes;
    expect(wu.map((r: { id: string }) => r.id)).toEqual([STORY_REPORT_IDS.wu60Correction, STORY_REPORT_IDS.wu60Original]);
    expect(
      await total({
        recipientId: 'PC-60',
        period: Q3,
        submittedFrom: '2024-10-10T00:00:00+07:00',
        submittedBefore: '2024-10-11T00:00:00+07:00',
      }),
    ).toBe(2 + (await commissionLine(`AND submitted_at >= '2024-10-10T00:00:00+07:00' AND submitted_at < '2024-10-11T00:00:00+07:00'`))); // PCOM-60 at 23:30 and PC-598 at 17:00; FU-60 at 00:30 on the 11th is outside
    // Without the period, the reports of the other frequencies sent that day count too.
    const [{ count }] = await sql(
      `SELECT count(*)::int AS count FROM report
        WHERE recipient_id = 'PC-60' AND submitted_at >= '2024-10-10T00:00:00+07:00' AND submitted_at < '2024-10-11T00:00:00+07:00'`,
    );
    expect(
      await total({ recipientId: 'PC-60', submittedFrom: '2024-10-10T00:00:00+07:00', submittedBefore: '2024-10-11T00:00:00+07:00' }),
    ).toBe(count);
  });

  it('refuses a bad period and an empty time range', async () => {
    await badInput(REPORTS, { filter: { period: { year: 2024, frequency: 'MONTHLY', index: 13 } } }, 'filter.period.index');
    await badInput(
      REPORTS,
      { filter: { submittedFrom: '2024-10-11T00:00:00Z', submittedBefore: '2024-10-10T00:00:00Z' } },
      'filter.submittedBefore',
    );
  });

  it("lists a committee's reports received, for a period or all", async () => {
    const { partyCommittee } = await query(`{
      partyCommittee(id: "PC-60") {
        q3: reportsReceived(period: { year: 2024, frequency: QUARTERLY, index: 3 }) { id kind period { label } }
        all: reportsReceived { id kind }
      }
    }`);
    expect(partyCommittee.q3).toHaveLength(19 + (await commissionLine()));
    expect(partyCommittee.q3.every((r: { period: { label: string } }) => r.period.label === '2024-Q3')).toBe(true);
    expect(partyCommittee.all.some((r: { kind: string }) => r.kind === 'URGENT')).toBe(true);
    const [{ count }] = await sql(`SELECT count(*)::int AS count FROM report WHERE recipient_id = 'PC-60'`);
    expect(partyCommittee.all).toHaveLength(count);
    await badInput(
      `{ partyCommittee(id: "PC-60") { reportsReceived(period: { year: 2024, frequency: QUARTERLY }) { id } } }`,
      {},
      'period.index',
    );
  });
});

describe('Skilled Mass Mobilization models', () => {
  const MODELS = /* GraphQL */ `
    query ($filter: MobilizationModelFilter, $first: Int, $after: String) {
      mobilizationModels(filter: $filter, first: $first, after: $after) {
        nodes {
          id
          year
          kind
          field
          unit {
            code
          }
          owner {
            __typename
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  `;
  const total = async (filter: Record<string, unknown>) => (await query(MODELS, { filter })).mobilizationModels.totalCount;
  const count = async (where: string) => (await sql(`SELECT count(*)::int AS count FROM mobilization_model WHERE ${where}`))[0].count;

  it('covers the provinces of both eras, 2019-2026, both kinds, all four fields and every family', async () => {
    const ids = await allPages(MODELS, {}, 'mobilizationModels', 100);
    // Every template that fits each of the seven three-level and three two-level provinces (seed/party/models.ts).
    expect(ids).toHaveLength(modelRows().length);
    const rows = await sql(
      `SELECT array_agg(DISTINCT kind) AS kinds, array_agg(DISTINCT field) AS fields, array_agg(DISTINCT owner_type) AS owners,
              min(year) AS min, max(year) AS max FROM mobilization_model`,
    );
    expect(rows[0].kinds.sort()).toEqual(['COLLECTIVE', 'INDIVIDUAL']);
    expect(rows[0].fields).toHaveLength(4);
    expect(rows[0].owners.sort()).toEqual([
      'ArmedUnit',
      'FrontOrganization',
      'MassMobilizationCommission',
      'PartyCommittee',
      'StateAgency',
    ]);
    // 2019 to 2025 in the three-level era's provinces, 2025 and 2026 in the new ones.
    expect([rows[0].min, rows[0].max]).toEqual([2019, 2026]);
    for (const province of ['60', '30', '64']) expect(await count(`unit_path LIKE '/VN/${province}/%'`)).toBeGreaterThanOrEqual(24);
  });

  it('filters by unit, kind, field and years', async () => {
    expect(await total({ unitCode: '60', includeDescendants: true })).toBe(await count(`unit_path LIKE '/VN/60/%'`));
    expect(await total({ unitCode: '60' })).toBe(await count(`unit_code = '60'`));
    expect(await total({ kind: 'INDIVIDUAL', field: 'DEFENCE_SECURITY' })).toBe(
      await count(`kind = 'INDIVIDUAL' AND field = 'DEFENCE_SECURITY'`),
    );
    expect(await total({ yearFrom: 2023, yearTo: 2024 })).toBe(await count('year BETWEEN 2023 AND 2024'));
    const years = (await query(MODELS, { first: 200 })).mobilizationModels.nodes.map((m: { year: number }) => m.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('refuses bad filters', async () => {
    await badInput(MODELS, { filter: { yearFrom: 2025, yearTo: 2020 } }, 'filter.yearTo');
    await badInput(MODELS, { filter: { unitCode: '00000' } }, 'filter.unitCode');
  });

  it("lists a unit's models, with or without its descendants and by year", async () => {
    const { _entities } = await query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on AdministrativeUnit {
        code own: mobilizationModels { id unit { code } } all: mobilizationModels(includeDescendants: true) { id year }
        y2024: mobilizationModels(includeDescendants: true, year: 2024) { year }
      } } }`,
      { representations: ['60', '596', '30'].map((code) => ({ __typename: 'AdministrativeUnit', code })) },
    );
    for (const unit of _entities) {
      const path = unit.code === '596' ? '/VN/60/596/%' : `/VN/${unit.code}/%`;
      expect(unit.own).toHaveLength(await count(`unit_code = '${unit.code}'`));
      expect(unit.own.every((m: { unit: { code: string } }) => m.unit.code === unit.code)).toBe(true);
      expect(unit.all).toHaveLength(await count(`unit_path LIKE '${path}'`));
      expect(unit.y2024).toHaveLength(await count(`unit_path LIKE '${path}' AND year = 2024`));
    }
  });
});

describe('batching', () => {
  it('costs the same statements for the district committees of Bình Thuận (10) as of Gia Lai (17)', async () => {
    const text = /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on AdministrativeUnit {
            code
            partyCommittee {
              name
              head {
                name
              }
              parent {
                name
              }
              commission {
                name
                coordinationProgramsLed {
                  title
                  participants {
                    organization {
                      __typename
                    }
                  }
                  reviews {
                    year
                  }
                }
              }
              documentsIssued {
                number
              }
              reportsReceived(period: { year: 2024, frequency: QUARTERLY, index: 2 }) {
                title
                corrects {
                  id
                }
                correctedBy {
                  id
                }
                recipient {
                  name
                }
                copyTo {
                  name
                }
              }
            }
            massMobilizationCommission {
              name
              partyCommittee {
                name
              }
            }
            mobilizationModels(includeDescendants: true) {
              name
              owner {
                __typename
                ... on PartyCommittee {
                  name
                }
                ... on MassMobilizationCommission {
                  name
                }
              }
            }
          }
        }
      }
    `;
    const statements = async (province: string) => {
      const representations = districtsOf(province).map((code) => ({ __typename: 'AdministrativeUnit', code }));
      const counts = await services.countStatements(() => query(text, { representations }));
      return counts.party;
    };
    const ten = await statements('60');
    const seventeen = await statements('64');
    expect(ten).toBe(seventeen);
    expect(ten).toBeLessThanOrEqual(16);
  });
});

it('seeds idempotently: a second run changes nothing', async () => {
  // Reports submitted by other test files (dated now) are left out of the comparison.
  const counts = async () =>
    (
      await sql(`SELECT
        (SELECT count(*) FROM party_committee) AS committees,
        (SELECT count(*) FROM mass_mobilization_commission) AS commissions,
        (SELECT count(*) FROM party_document) AS documents,
        (SELECT count(*) FROM party_document_case) AS document_cases,
        (SELECT count(*) FROM coordination_program) AS programs,
        (SELECT count(*) FROM program_participant) AS participants,
        (SELECT count(*) FROM program_review) AS reviews,
        (SELECT count(*) FROM mobilization_model) AS models,
        (SELECT count(*) FROM report WHERE submitted_at < '2025-01-01') AS reports`)
    )[0];
  const before = await counts();
  await seedDemo(services.subgraphs.party!.db);
  expect(await counts()).toEqual(before);
  const units = demoUnits();
  expect(before).toMatchObject({
    committees: String(units.length),
    commissions: String(units.filter((u) => u.level !== 'COMMUNE').length),
    documents: '9',
    programs: '2',
    participants: '10',
    reviews: '5',
    models: String(modelRows().length),
  });
});

it('refuses a request without a token', async () => {
  const response = await services.querySubgraph('party', '{ partyCommittee(id: "PC-60") { id } }', {}, null);
  expect(response.status).toBe(401);
  expect(response.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
});
