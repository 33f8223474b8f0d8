import { randomUUID } from 'node:crypto';
import { STORIES } from '../../seed/demo';
import { FRONT_STORIES } from '../../seed/front/stories';
import { Services, tokenFor } from '../support/services';

/**
 * The political system over time (design section 10, the 2025 reorganization),
 * through the gateway on the demo data: units then and now, the regime on each side
 * of 2025-07-01, statistics across the change, and an open case carried on. Expected
 * figures are counted from the seeded databases with SQL written here, not from the
 * code under test.
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start(undefined, { databaseSuffix: 'reorganization' });
});

afterAll(async () => {
  await services?.stop();
});

const sql = (name: 'party' | 'state' | 'front' | 'armed-forces', text: string, params: unknown[] = []): Promise<any[]> =>
  services.subgraphs[name]!.db.query(text, params);

async function ok(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const { data, errors } = await services.queryGateway(query, variables, token);
  expect(errors).toBeUndefined();
  return data!;
}

const UNIT = /* GraphQL */ `
  query Unit($code: ID!, $asOf: Date) {
    administrativeUnit(code: $code, asOf: $asOf) {
      code
      asOf
      name
      unitType
      level
      validFrom
      validTo
      parent {
        code
        name
      }
      successors {
        unit {
          code
          name
        }
        on
        partial
      }
      predecessors {
        unit {
          code
          asOf
        }
        partial
      }
      partyCommittee {
        id
      }
      stateAgencies {
        id
      }
      frontOrganizations {
        id
      }
      armedUnits {
        id
      }
    }
  }
`;

describe('units over time', () => {
  it('shows 23005 as Chợ Lầu (Bắc Bình district) on 2024-12-31 and as Xã Bắc Bình (Lâm Đồng) on 2026-12-01', async () => {
    const then = (await ok(UNIT, { code: '23005', asOf: '2024-12-31' })).administrativeUnit;
    expect(then).toMatchObject({
      code: '23005',
      asOf: '2024-12-31',
      name: 'Thị trấn Chợ Lầu',
      unitType: 'Thị trấn',
      level: 'COMMUNE',
      validFrom: null,
      validTo: '2025-06-30',
      parent: { code: '596', name: 'Huyện Bắc Bình' },
      partyCommittee: { id: 'PC-23005' },
    });
    expect(then.successors).toEqual([{ unit: { code: '23005', name: 'Xã Bắc Bình' }, on: '2025-07-01', partial: false }]);
    expect(then.stateAgencies.map((a: any) => a.id)).toEqual(['PCOM-23005', 'PCOU-23005']);

    const now = (await ok(UNIT, { code: '23005', asOf: '2026-12-01' })).administrativeUnit;
    expect(now).toMatchObject({
      asOf: '2026-12-01',
      name: 'Xã Bắc Bình',
      unitType: 'Xã',
      level: 'COMMUNE',
      validFrom: '2025-07-01',
      validTo: null,
      parent: { code: '68', name: 'Tỉnh Lâm Đồng' },
      successors: [],
      partyCommittee: { id: 'PC-23005-2025' },
    });
    // Formed from Chợ Lầu, Phan Hòa and their neighbours, each viewed on its last day.
    const [{ codes }] = await sql(
      'state',
      `SELECT array_agg(predecessor_code ORDER BY predecessor_code) AS codes FROM unit_succession WHERE successor_code = '23005'`,
    );
    expect(now.predecessors.map((p: any) => p.unit.code).sort()).toEqual(codes);
    expect(codes).toEqual(expect.arrayContaining(['23005', '23035']));
    expect(now.predecessors.every((p: any) => p.unit.asOf === '2025-06-30')).toBe(true);
    expect(now.stateAgencies.map((a: any) => a.id)).toEqual(['PCOM-23005-2025', 'PCOU-23005-2025']);
    expect(now.frontOrganizations.map((o: any) => o.id)).toContain('WU-23005-2025');
    expect(now.armedUnits.map((u: any) => u.id).sort()).toEqual(['MC-23005-2025', 'POL-23005-2025']);
  });

  it('shows district 596 ended on 2025-06-30, carried on by communes of Lâm Đồng', async () => {
    const unit = (await ok(UNIT, { code: '596' })).administrativeUnit;
    // Asked for today, an ended unit is shown as it stood on its last day.
    expect(unit).toMatchObject({ asOf: '2025-06-30', name: 'Huyện Bắc Bình', level: 'DISTRICT', validTo: '2025-06-30' });
    const [{ n }] = await sql('state', `SELECT count(*)::int AS n FROM unit_succession WHERE predecessor_code = '596'`);
    expect(unit.successors).toHaveLength(n);
    expect(n).toBeGreaterThan(1);
    expect(unit.successors.every((s: any) => s.on === '2025-07-01' && s.partial)).toBe(true);
    expect(unit.successors.map((s: any) => s.unit.code)).toContain('23005');
  });

  it("gives code 52's name on each side of the change: Bình Định until 2025-06-30, Gia Lai from 2025-07-01", async () => {
    expect((await ok(UNIT, { code: '52', asOf: '2025-06-30' })).administrativeUnit.name).toBe('Tỉnh Bình Định');
    const gialai = (await ok(UNIT, { code: '52', asOf: '2025-07-01' })).administrativeUnit;
    expect(gialai.name).toBe('Tỉnh Gia Lai');
    expect(gialai.predecessors.map((p: any) => p.unit.code).sort()).toEqual(['52', '64']);
  });
});

const COMPLIANCE = /* GraphQL */ `
  query Compliance($code: ID!, $viewedOn: Date, $period: PeriodInput!, $asOf: Date) {
    administrativeUnit(code: $code, asOf: $viewedOn) {
      reportingCompliance(period: $period, asOf: $asOf) {
        obligations {
          submitter {
            __typename
            ... on StateAgency {
              id
            }
            ... on FrontOrganization {
              id
            }
            ... on ArmedUnit {
              id
            }
            ... on PartyCommittee {
              id
            }
          }
          recipient {
            id
          }
          copyTo {
            id
          }
          dueOn
          status
        }
        onTime
        late
        overdue
        notYetDue
      }
    }
  }
`;

describe('the regime on each side of 2025-07-01', () => {
  it("counts Lâm Đồng's 2026-Q1 obligations as the seed holds them: its own organizations and its communes' committees", async () => {
    const lastDay = '2026-03-31';
    const inForce = `$1::date BETWEEN valid_from AND valid_to`;
    const [state] = await sql(
      'state',
      `SELECT array_agg(id) AS ids FROM state_agency WHERE unit_code = '68' AND kind = 'PEOPLES_COMMITTEE' AND ${inForce}`,
      [lastDay],
    );
    const [front] = await sql('front', `SELECT array_agg(id) AS ids FROM front_organization WHERE unit_code = '68' AND ${inForce}`, [
      lastDay,
    ]);
    const [armed] = await sql(
      'armed-forces',
      `SELECT array_agg(id) AS ids FROM armed_unit WHERE unit_code = '68' AND level = 'PROVINCIAL' AND kind IN ('MILITARY_COMMAND', 'POLICE', 'BORDER_GUARD') AND ${inForce}`,
      [lastDay],
    );
    const [party] = await sql('party', `SELECT array_agg(id) AS ids FROM party_committee WHERE parent_id = 'PC-68-2025' AND ${inForce}`, [
      lastDay,
    ]);
    const expected = [...state.ids, ...front.ids, ...armed.ids, ...party.ids].sort();
    // 10 of the province's own (People's Committee, Front and five organizations, command, police, border guard) and 124 communes.
    expect([state.ids.length + front.ids.length + armed.ids.length, party.ids.length]).toEqual([10, 124]);

    const asOf = '2026-12-01';
    const compliance = (await ok(COMPLIANCE, { code: '68', period: { year: 2026, frequency: 'QUARTERLY', index: 1 }, asOf }))
      .administrativeUnit.reportingCompliance;
    expect(compliance.obligations.map((o: any) => o.submitter.id).sort()).toEqual(expected);
    expect(new Set(compliance.obligations.map((o: any) => o.recipient.id))).toEqual(new Set(['PC-68-2025']));
    expect(new Set(compliance.obligations.map((o: any) => o.copyTo?.id))).toEqual(new Set(['MMC-68-2025']));
    // Statuses from the reports table: the first periodic report decides (due 2026-04-07 under Lâm Đồng's guidance, end of day in Vietnam).
    const [figures] = await sql(
      'party',
      `SELECT count(*) FILTER (WHERE first < '2026-04-08T00:00:00+07:00') AS on_time,
              count(*) FILTER (WHERE first >= '2026-04-08T00:00:00+07:00') AS late
         FROM (SELECT submitter_id, min(submitted_at) AS first FROM report
                WHERE recipient_id = 'PC-68-2025' AND kind = 'PERIODIC' AND period_year = 2026
                  AND period_frequency = 'QUARTERLY' AND period_index = 1 AND submitter_id = ANY($1)
                GROUP BY submitter_id) r`,
      [expected],
    );
    expect([compliance.onTime, compliance.late, compliance.overdue, compliance.notYetDue]).toEqual([
      Number(figures.on_time),
      Number(figures.late),
      expected.length - Number(figures.on_time) - Number(figures.late),
      0,
    ]);
  });

  it('answers Bình Thuận in 2025-H1 under the old structure, and refuses 2025-Q3 naming Lâm Đồng', async () => {
    // The half-year, which June owes under the Central guidance (not the second quarter).
    const q2 = (await ok(COMPLIANCE, { code: '60', period: { year: 2025, frequency: 'SEMI_ANNUAL', index: 1 }, asOf: '2026-12-01' }))
      .administrativeUnit.reportingCompliance;
    const [{ n }] = await sql('party', `SELECT count(*)::int AS n FROM party_committee WHERE parent_id = 'PC-60'`);
    // Its own ten (with the border guard) and its districts' committees, to PC-60 with a copy to MMC-60.
    expect(q2.obligations).toHaveLength(10 + n);
    expect(new Set(q2.obligations.map((o: any) => o.recipient.id))).toEqual(new Set(['PC-60']));
    expect(q2.obligations.map((o: any) => o.submitter.id)).toContain('PC-596');

    const q3 = await services.queryGateway(COMPLIANCE, { code: '60', period: { year: 2025, frequency: 'QUARTERLY', index: 3 } });
    expect(q3.data!.administrativeUnit).toBeNull();
    expect(q3.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    expect(q3.errors![0].message).toBe(
      'period: 2025-Q3 ends on 2025-09-30; Bình Thuận (60) ended on 2025-06-30; it is part of Lâm Đồng (68)',
    );
  });

  it("refuses a 2026 report from an ended district People's Committee, and writes nothing", async () => {
    const token = await tokenFor({ org: { type: 'StateAgency', id: 'PCOM-596' }, roles: ['editor'] });
    const count = async () => Number((await sql('party', `SELECT count(*) FROM report WHERE submitter_id = 'PCOM-596'`))[0].count);
    const before = await count();
    const response = await services.queryGateway(
      /* GraphQL */ `
        mutation ($input: SubmitReportInput!) {
          submitReport(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          submitter: { type: 'STATE_AGENCY', id: 'PCOM-596' },
          kind: 'PERIODIC',
          period: { year: 2026, frequency: 'QUARTERLY', index: 1 },
          title: 'Báo cáo quý I năm 2026',
          summary: 'Nội dung',
          idempotencyKey: randomUUID(),
        },
      },
      token,
    );
    expect(response.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(response.errors![0].message).toContain('PCOM-596 ended on 2025-06-30');
    expect(await count()).toBe(before);
  });
});

describe('history across the change', () => {
  const STATISTICS = /* GraphQL */ `
    query ($code: ID!, $from: Date!, $to: Date!) {
      administrativeUnit(code: $code) {
        statistics(from: $from, to: $to) {
          dialoguesByLevel {
            level
            dialogues
          }
          casesByCategory {
            category
            cases
          }
          activitiesByKind {
            kind
            activities
          }
        }
      }
    }
  `;

  it("counts Lâm Đồng's 2025 as its predecessors' first half and its own second half, as SQL does", async () => {
    const statistics = (await ok(STATISTICS, { code: '68', from: '2025-01-01', to: '2025-12-31' })).administrativeUnit.statistics;
    // Bình Thuận, Đắk Nông and the old Lâm Đồng until 2025-06-30; the new Lâm Đồng (also /VN/68/) after.
    const lineage = (column: string) =>
      `(((unit_path LIKE '/VN/60/%' OR unit_path LIKE '/VN/67/%' OR unit_path LIKE '/VN/68/%') AND ${column} BETWEEN '2025-01-01' AND '2025-06-30')
        OR (unit_path LIKE '/VN/68/%' AND ${column} BETWEEN '2025-07-01' AND '2025-12-31'))`;
    const total = (rows: any[]) => rows.reduce((sum, row) => sum + Number(row.n), 0);
    const dialogues = await sql('state', `SELECT count(*) AS n FROM dialogue WHERE ${lineage('held_on')}`);
    const cases = await sql('state', `SELECT count(*) AS n FROM citizen_case WHERE ${lineage('opened_on')}`);
    const activities = await sql(
      'armed-forces',
      `SELECT count(*) AS n FROM mobilization_activity WHERE ${lineage('started_on')} AND classification = 'PUBLIC'`,
    );
    const restricted = await sql(
      'armed-forces',
      `SELECT count(*) AS n FROM mobilization_activity WHERE ${lineage('started_on')} AND classification <> 'PUBLIC'`,
    );
    expect(statistics.dialoguesByLevel.reduce((s: number, r: any) => s + r.dialogues, 0)).toBe(total(dialogues));
    expect(statistics.casesByCategory.reduce((s: number, r: any) => s + r.cases, 0)).toBe(total(cases));
    // A province's figures count RESTRICTED records too.
    expect(statistics.activitiesByKind.reduce((s: number, r: any) => s + r.activities, 0)).toBe(total(activities) + total(restricted));
    // Both halves hold records, so the figure is not one side's.
    const firstHalf = await sql(
      'state',
      `SELECT count(*) AS n FROM dialogue WHERE unit_path LIKE '/VN/60/%' AND held_on BETWEEN '2025-01-01' AND '2025-06-30'`,
    );
    const secondHalf = await sql(
      'state',
      `SELECT count(*) AS n FROM dialogue WHERE unit_path LIKE '/VN/68/%' AND held_on BETWEEN '2025-07-01' AND '2025-12-31'`,
    );
    expect([total(firstHalf) > 0, total(secondHalf) > 0]).toEqual([true, true]);
  });
});

describe('open records move on', () => {
  it('shows the Phan Hòa water case carried on by Xã Bắc Bình since 2025-07-01, its history kept', async () => {
    const data = await ok(
      /* GraphQL */ `
        query ($id: ID!) {
          case(id: $id) {
            status
            unit {
              code
              name
              asOf
            }
            before: responsibleAgency(asOf: "2025-06-30") {
              id
            }
            after: responsibleAgency(asOf: "2025-07-01") {
              id
              unit {
                code
                name
              }
            }
            transfers {
              from {
                id
              }
              to {
                id
              }
              on
              reason
            }
          }
        }
      `,
      { id: STORIES.cases.waterPhanHoa },
    );
    expect(data.case).toMatchObject({
      status: 'IN_PROGRESS',
      // It keeps the unit it was recorded in, as it stood then.
      unit: { code: '23035', name: 'Xã Phan Hòa', asOf: '2024-04-10' },
      before: { id: 'PCOM-596' },
      after: { id: 'PCOM-23005-2025', unit: { code: '23005', name: 'Xã Bắc Bình' } },
    });
    expect(data.case.transfers).toHaveLength(1);
    expect(data.case.transfers[0]).toMatchObject({ from: { id: 'PCOM-596' }, to: { id: 'PCOM-23005-2025' }, on: '2025-07-01' });
    const [audit] = await sql(
      'state',
      `SELECT operation, owner_organization_id, before->>'responsibleAgencyId' AS was, after->>'responsibleAgencyId' AS is
         FROM audit_entry WHERE record_id = $1 AND operation = 'transferCase'`,
      [STORIES.cases.waterPhanHoa],
    );
    expect(audit).toEqual({ operation: 'transferCase', owner_organization_id: 'PCOM-23005-2025', was: 'PCOM-596', is: 'PCOM-23005-2025' });
  });
});

describe("supervisions' open recommendations move on", () => {
  const RECOMMENDATION = /* GraphQL */ `
    query ($id: ID!) {
      supervision(id: $id) {
        recommendations {
          id
          status
          version
          before: addressedTo(asOf: "2025-06-30") {
            ... on StateAgency {
              id
            }
          }
          addressedTo {
            ... on StateAgency {
              id
              unit {
                code
              }
            }
          }
          transfers {
            from {
              ... on StateAgency {
                id
              }
            }
            to {
              ... on StateAgency {
                id
              }
            }
            on
            reason
          }
        }
      }
    }
  `;

  it("carries the Phan Hòa supervision's open recommendation from Bắc Bình district to Lâm Đồng, the answered one stays", async () => {
    const data = await ok(RECOMMENDATION, { id: FRONT_STORIES.supervisions.waterPhanHoa });
    const [open, answered] = data.supervision.recommendations;
    expect(open).toMatchObject({
      status: 'IN_PROGRESS',
      version: 2,
      before: { id: 'PCOM-596' },
      // A district's records go to the province that carried the district on (its communes went to several communes).
      addressedTo: { id: 'PCOM-68-2025', unit: { code: '68' } },
      transfers: [{ from: { id: 'PCOM-596' }, to: { id: 'PCOM-68-2025' }, on: '2025-07-01' }],
    });
    expect(answered).toMatchObject({
      status: 'IMPLEMENTED',
      before: { id: 'PCOM-23035' },
      addressedTo: { id: 'PCOM-23035' },
      transfers: [],
    });
    const audit = await sql(
      'front',
      `SELECT actor_organization_id, owner_organization_id, before->>'addressedToId' AS was, after->>'addressedToId' AS is
         FROM audit_entry WHERE record_id = $1 AND operation = 'transferRecommendation'`,
      [open.id],
    );
    // Owned by the conductor (FU-596), handed over by its carrier, the Farmers' Union of the new Lâm Đồng.
    expect(audit).toEqual([{ actor_organization_id: 'FU-68-2025', owner_organization_id: 'FU-596', was: 'PCOM-596', is: 'PCOM-68-2025' }]);
  });

  it('leaves no open recommendation addressed to an organization that ended, as the four databases hold them', async () => {
    const ended = new Set<string>();
    for (const [family, table] of [
      ['party', 'party_committee'],
      ['party', 'mass_mobilization_commission'],
      ['state', 'state_agency'],
      ['front', 'front_organization'],
      ['armed-forces', 'armed_unit'],
    ] as const) {
      for (const row of await sql(family, `SELECT id FROM ${table} WHERE valid_to < '2026-11-30'`)) ended.add(row.id);
    }
    const open = await sql(
      'front',
      `SELECT addressed_to_id AS id FROM recommendation WHERE status IN ('PENDING', 'ACCEPTED', 'IN_PROGRESS')`,
    );
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter((row) => ended.has(row.id))).toEqual([]);
    const transfers = await sql('front', `SELECT from_id, to_id, transferred_on::text AS on FROM recommendation_transfer`);
    expect(transfers.length).toBeGreaterThan(0);
    expect(transfers.filter((t) => !ended.has(t.from_id) || ended.has(t.to_id) || t.on !== '2025-07-01')).toEqual([]);
  });

  describe('transferRecommendation', () => {
    const TRANSFER = /* GraphQL */ `
      mutation ($input: TransferRecommendationInput!) {
        transferRecommendation(input: $input) {
          id
          version
          addressedTo {
            ... on StateAgency {
              id
            }
          }
          transfers {
            from {
              ... on StateAgency {
                id
              }
            }
            on
          }
        }
      }
    `;
    const supervisionId = randomUUID();
    const openId = `test-open-${supervisionId}`;
    const closedId = `test-closed-${supervisionId}`;
    const editorOf = (id: string, roles: ('reader' | 'editor')[] = ['editor']) =>
      tokenFor({ org: { type: 'FrontOrganization', id }, roles });
    const input = (overrides: Record<string, unknown> = {}) => ({
      recommendationId: openId,
      to: { type: 'STATE_AGENCY', id: 'PCOU-68-2025' },
      transferredOn: '2025-07-01',
      reason: 'Hội đồng nhân dân tỉnh Bình Thuận kết thúc hoạt động; Hội đồng nhân dân tỉnh Lâm Đồng tiếp nhận.',
      version: 1,
      idempotencyKey: `transfer-${supervisionId}`,
      ...overrides,
    });
    const transfer = (token: string, overrides: Record<string, unknown> = {}) =>
      services.queryGateway(TRANSFER, { input: input(overrides) }, token);
    const stored = async () => ({
      recommendation: (await sql('front', `SELECT addressed_to_id, version FROM recommendation WHERE id = $1`, [openId]))[0],
      transfers: (await sql('front', `SELECT count(*)::int AS n FROM recommendation_transfer WHERE recommendation_id = $1`, [openId]))[0].n,
    });

    // A supervision of Bình Thuận's People's Council by Bình Thuận's Front committee in May 2025, one
    // recommendation still PENDING and one answered, as the front database held them on 2025-06-30.
    beforeAll(async () => {
      await sql(
        'front',
        `INSERT INTO supervision (id, title, form, conducted_by_id, target_type, target_id, unit_code, unit_path, started_on, ended_on, classification)
         VALUES ($1, 'Giám sát việc giải quyết kiến nghị cử tri', 'SUPERVISION', 'VFF-60', 'StateAgency', 'PCOU-60', '60', '/VN/60/', '2025-05-05', '2025-05-20', 'PUBLIC')`,
        [supervisionId],
      );
      await sql(
        'front',
        `INSERT INTO recommendation (id, supervision_id, position, content, addressed_to_type, addressed_to_id, status, status_changed_on, version)
         VALUES ($1, $3, 1, 'Trả lời kiến nghị cử tri còn tồn đọng.', 'StateAgency', 'PCOU-60', 'PENDING', '2025-05-27', 1),
                ($2, $3, 2, 'Công khai kết quả trả lời.', 'StateAgency', 'PCOU-60', 'IMPLEMENTED', '2025-06-10', 1)`,
        [openId, closedId, supervisionId],
      );
    });

    it('refuses a reader, and an editor of an organization not above the conductor, writing nothing', async () => {
      for (const token of [await editorOf('VFF-68-2025', ['reader']), await editorOf('VFF-31-2025'), await editorOf('WU-68-2025')]) {
        const { errors } = await transfer(token);
        expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      expect(await stored()).toEqual({ recommendation: { addressed_to_id: 'PCOU-60', version: 1 }, transfers: 0 });
    });

    it.each([
      [{ to: { type: 'STATE_AGENCY', id: 'PCOU-31-2025' } }, 'input.to.id', /carries on unit 60 of the addressee PCOU-60/],
      [{ to: { type: 'STATE_AGENCY', id: 'PCOU-67' } }, 'input.to.id', /PCOU-67 ended on 2025-06-30; carried on by PCOU-68-2025/],
      [{ transferredOn: '2025-06-15' }, 'input.transferredOn', /after the addressee PCOU-60 ended \(on 2025-06-30\)/],
      [{ transferredOn: '2025-05-01' }, 'input.transferredOn', /not before the supervision started \(2025-05-05\)/],
      [{ recommendationId: closedId }, 'input.recommendationId', /an open recommendation .* it is IMPLEMENTED/],
      [{ reason: ' ' }, 'input.reason', /reason/],
    ])('refuses %j as BAD_USER_INPUT naming %s, writing nothing', async (overrides, field, message) => {
      const { errors } = await transfer(await editorOf('VFF-68-2025'), { ...overrides, idempotencyKey: randomUUID() });
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
      expect(errors![0].message).toMatch(message);
      expect(await stored()).toEqual({ recommendation: { addressed_to_id: 'PCOU-60', version: 1 }, transfers: 0 });
    });

    it('refuses a stale version as CONFLICT, writing nothing', async () => {
      const { errors } = await transfer(await editorOf('VFF-68-2025'), { version: 7, idempotencyKey: randomUUID() });
      expect(errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(await stored()).toEqual({ recommendation: { addressed_to_id: 'PCOU-60', version: 1 }, transfers: 0 });
    });

    it("hands it to Lâm Đồng's People's Council for the conductor's successor, audited, once for a retry", async () => {
      const token = await editorOf('VFF-68-2025');
      const first = await transfer(token);
      expect(first.errors).toBeUndefined();
      expect(first.data!.transferRecommendation).toEqual({
        id: openId,
        version: 2,
        addressedTo: { id: 'PCOU-68-2025' },
        transfers: [{ from: { id: 'PCOU-60' }, on: '2025-07-01' }],
      });
      const retry = await transfer(token);
      expect(retry.data).toEqual(first.data);
      expect(await stored()).toEqual({ recommendation: { addressed_to_id: 'PCOU-68-2025', version: 2 }, transfers: 1 });
      const audit = await sql(
        'front',
        `SELECT actor_organization_id, owner_organization_id, after->'transfer'->>'on' AS on FROM audit_entry
          WHERE record_id = $1 AND operation = 'transferRecommendation'`,
        [openId],
      );
      expect(audit).toEqual([{ actor_organization_id: 'VFF-68-2025', owner_organization_id: 'VFF-60', on: '2025-07-01' }]);
      // Its addressee is now in force: nothing more moves it.
      const again = await transfer(token, { version: 2, transferredOn: '2025-07-02', idempotencyKey: randomUUID() });
      expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.transferredOn' } });
    });
  });
});
