import { STORIES } from '../../seed/demo';
import { Services } from '../support/services';

/**
 * The committees' working sessions (Decision 23-QĐ/TW, chapter 3, item 8) through the
 * gateway on the demo data: a province committee's sessions with their participants
 * resolved across the families (each name from its owner's database), the cases they
 * discussed from the state, a unit's sessions over the 2025 reorganization, and
 * `statistics { workingSessions }` against counts made here with SQL on the seeded
 * party database, not by the code under test.
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start();
});

afterAll(async () => {
  await services?.stop();
});

type Subgraph = 'party' | 'state' | 'front' | 'armed-forces';
const sql = (name: Subgraph, text: string, params: unknown[] = []): Promise<any[]> => services.subgraphs[name]!.db.query(text, params);

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const { data, errors } = await services.queryGateway(query, variables);
  expect(errors).toBeUndefined();
  return data!;
}

/** Where each member of `Organization` is kept, and by whom. */
const OWNER_TABLES: Record<string, [Subgraph, string]> = {
  PartyCommittee: ['party', 'party_committee'],
  MassMobilizationCommission: ['party', 'mass_mobilization_commission'],
  StateAgency: ['state', 'state_agency'],
  FrontOrganization: ['front', 'front_organization'],
  ArmedUnit: ['armed-forces', 'armed_unit'],
};

describe("a province committee's working sessions", () => {
  const SESSIONS = /* GraphQL */ `
    query Sessions($from: Date, $to: Date) {
      partyCommittee(id: "PC-60") {
        name
        workingSessions(from: $from, to: $to) {
          heldOn
          committee {
            id
          }
          unit {
            code
            name
          }
          participants {
            __typename
            ... on PartyCommittee {
              id
              name
            }
            ... on MassMobilizationCommission {
              id
              name
            }
            ... on StateAgency {
              id
              name
            }
            ... on FrontOrganization {
              id
              name
            }
            ... on ArmedUnit {
              id
              name
            }
          }
          topics
          conclusions
          cases {
            reference
            title
          }
          classification
        }
      }
    }
  `;

  it("lists Bình Thuận's 2024 sessions, newest first, each participant named by its owner", async () => {
    const { partyCommittee } = await ok(SESSIONS, { from: '2024-01-01', to: '2024-12-31' });
    const rows = await sql(
      'party',
      `SELECT id, held_on::text AS day FROM working_session WHERE committee_id = 'PC-60' AND held_on BETWEEN '2024-01-01' AND '2024-12-31' ORDER BY held_on DESC`,
    );
    expect(partyCommittee.workingSessions.map((s: any) => s.heldOn)).toEqual(rows.map((r) => r.day));
    expect(rows).toHaveLength(4);

    for (const [session, row] of partyCommittee.workingSessions.map((s: any, i: number) => [s, rows[i]])) {
      expect(session.committee.id).toBe('PC-60');
      // The unit as it stood on the day: Bình Thuận, before it became part of Lâm Đồng.
      expect(session.unit).toEqual({ code: '60', name: 'Tỉnh Bình Thuận' });
      expect(session.classification).toBe('PUBLIC');
      const stored = await sql(
        'party',
        `SELECT organization_type AS type, organization_id AS id FROM working_session_participant WHERE session_id = $1 ORDER BY position`,
        [row.id],
      );
      expect(session.participants.map((p: any) => [p.__typename, p.id])).toEqual(stored.map((p) => [p.type, p.id]));
      // Every family's participants come named from their own databases.
      for (const participant of session.participants) {
        const [owner, table] = OWNER_TABLES[participant.__typename];
        const [{ name }] = await sql(owner, `SELECT name FROM ${table} WHERE id = $1`, [participant.id]);
        expect(participant.name).toBe(name);
      }
      expect(session.participants.slice(0, 3).map((p: any) => p.id)).toEqual(['MMC-60', 'VFF-60', 'PCOM-60']);
      expect(new Set(session.participants.map((p: any) => p.__typename))).toEqual(
        new Set(['MassMobilizationCommission', 'FrontOrganization', 'StateAgency']),
      );
    }

    // The first quarter's session took up the expressway site clearance (scenario 4's case), the third's the titanium pollution too.
    const byQuarter = [...partyCommittee.workingSessions].reverse();
    expect(byQuarter[0].cases).toEqual([
      {
        reference: '60-2022-014',
        title: 'Bồi thường, giải phóng mặt bằng và tái định cư Dự án đường bộ cao tốc Bắc - Nam qua huyện Hàm Thuận Nam',
      },
    ]);
    expect(byQuarter[0].topics).toContain(
      'Bồi thường, giải phóng mặt bằng và tái định cư Dự án đường bộ cao tốc Bắc - Nam qua huyện Hàm Thuận Nam',
    );
    expect(byQuarter[1].cases.map((c: any) => c.reference)).toEqual(['60-2024-031']);
    expect(byQuarter[2].cases.map((c: any) => c.reference).sort()).toEqual(['60-2022-014', '60-2024-018']);
    expect(byQuarter[1].conclusions).toMatch(/^Tỉnh ủy Bình Thuận ghi nhận kết quả công tác dân vận quý 2\/2024 của hệ thống chính trị\./);
  });

  it("shows Lâm Đồng's committee its own sessions since 2025-07-01, and the Phan Hòa water case it carries on", async () => {
    const data = await ok(/* GraphQL */ `
      {
        administrativeUnit(code: "68") {
          partyCommittee {
            id
            workingSessions {
              heldOn
              participants {
                __typename
                ... on MassMobilizationCommission {
                  name
                }
                ... on StateAgency {
                  name
                }
              }
              cases {
                reference
                responsibleAgency {
                  name
                }
              }
            }
          }
        }
      }
    `);
    const { partyCommittee } = data.administrativeUnit;
    expect(partyCommittee.id).toBe('PC-68-2025');
    const [{ days }] = await sql(
      'party',
      `SELECT array_agg(held_on::text ORDER BY held_on DESC) AS days FROM working_session WHERE committee_id = 'PC-68-2025'`,
    );
    expect(partyCommittee.workingSessions.map((s: any) => s.heldOn)).toEqual(days);
    expect(days).toHaveLength(6);
    expect(days[days.length - 1] >= '2025-07-01').toBe(true);
    const first = partyCommittee.workingSessions[days.length - 1];
    expect(first.participants.slice(0, 1)).toEqual([
      { __typename: 'MassMobilizationCommission', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng' },
    ]);
    // Carried on by Xã Bắc Bình's People's Committee since 2025-07-01.
    expect(first.cases).toEqual([{ reference: '60-2024-031', responsibleAgency: { name: 'Ủy ban nhân dân xã Bắc Bình' } }]);
  });

  it("lists a unit's sessions and those below it over the reorganization, as the statistics count them", async () => {
    const data = await ok(/* GraphQL */ `
      {
        administrativeUnit(code: "68") {
          own: workingSessions(from: "2025-01-01", to: "2025-12-31") {
            heldOn
            committee {
              id
            }
          }
          all: workingSessions(includeDescendants: true, from: "2025-01-01", to: "2025-12-31") {
            heldOn
            committee {
              id
            }
          }
          statistics(from: "2025-01-01", to: "2025-12-31") {
            workingSessions
          }
        }
      }
    `);
    const unit = data.administrativeUnit;
    // Its own: the new Lâm Đồng's second half of 2025 (the old Lâm Đồng, also 68, was another version of the code).
    expect(unit.own.map((s: any) => s.committee.id)).toEqual(['PC-68-2025', 'PC-68-2025']);
    const committees = new Set(unit.all.map((s: any) => s.committee.id));
    expect(committees).toEqual(new Set(['PC-68-2025', 'PC-60', 'PC-67', 'PC-68', 'PC-593', 'PC-595', 'PC-596', 'PC-598']));
    expect(unit.all).toHaveLength(unit.statistics.workingSessions);
    const days = unit.all.map((s: any) => s.heldOn);
    expect(days).toEqual([...days].sort().reverse());
  });
});

describe('statistics { workingSessions }', () => {
  const STATISTICS = /* GraphQL */ `
    query ($code: ID!, $asOf: Date, $from: Date!, $to: Date!) {
      administrativeUnit(code: $code, asOf: $asOf) {
        statistics(from: $from, to: $to) {
          workingSessions
        }
      }
    }
  `;
  const figure = async (code: string, from: string, to: string, asOf?: string) =>
    (await ok(STATISTICS, { code, asOf, from, to })).administrativeUnit.statistics.workingSessions;
  const count = async (where: string) => (await sql('party', `SELECT count(*)::int AS n FROM working_session WHERE ${where}`))[0].n;

  it("counts Bình Thuận's 2024: its committee's sessions and its districts'", async () => {
    const expected = await count(`unit_path LIKE '/VN/60/%' AND held_on BETWEEN '2024-01-01' AND '2024-12-31'`);
    // Four quarters, of the province and of four districts.
    expect(expected).toBe(20);
    expect(await figure('60', '2024-01-01', '2024-12-31', '2024-12-31')).toBe(expected);
  });

  it("counts Lâm Đồng's 2025 as Bình Thuận's, Đắk Nông's and the old Lâm Đồng's first half and its own second half, as SQL does", async () => {
    const expected = await count(
      `(((unit_path LIKE '/VN/60/%' OR unit_path LIKE '/VN/67/%' OR unit_path LIKE '/VN/68/%') AND held_on BETWEEN '2025-01-01' AND '2025-06-30')
        OR (unit_path LIKE '/VN/68/%' AND held_on BETWEEN '2025-07-01' AND '2025-12-31'))`,
    );
    const firstHalf = await count(`unit_path LIKE '/VN/60/%' AND held_on BETWEEN '2025-01-01' AND '2025-06-30'`);
    const secondHalf = await count(`unit_path LIKE '/VN/68/%' AND held_on BETWEEN '2025-07-01' AND '2025-12-31'`);
    expect([firstHalf > 0, secondHalf > 0]).toEqual([true, true]);
    // Two quarters of three provinces and four districts, then two of the new province.
    expect(expected).toBe(16);
    expect(await figure('68', '2025-01-01', '2025-12-31')).toBe(expected);
  });

  it("counts the new Gia Lai's 2024 with the old Gia Lai's RESTRICTED session, over a province, whoever asks", async () => {
    const expected = await count(
      `(unit_path LIKE '/VN/64/%' OR unit_path LIKE '/VN/52/%') AND held_on BETWEEN '2024-01-01' AND '2024-12-31'`,
    );
    expect(
      await count(`unit_path LIKE '/VN/64/%' AND held_on BETWEEN '2024-01-01' AND '2024-12-31' AND classification = 'RESTRICTED'`),
    ).toBe(1);
    // The reader, Lâm Đồng's commission, may not read that session, but the figure counts it.
    expect(await figure('52', '2024-01-01', '2024-12-31')).toBe(expected);
    expect(expected).toBe(8);
  });

  it("counts a district's PUBLIC sessions only: Bắc Bình's first half of 2025", async () => {
    const expected = await count(
      `unit_path LIKE '/VN/60/596/%' AND held_on BETWEEN '2025-01-01' AND '2025-06-30' AND classification = 'PUBLIC'`,
    );
    expect(expected).toBe(2);
    expect(await figure('596', '2025-01-01', '2025-06-30', '2025-06-30')).toBe(expected);
  });
});

describe('a case discussed', () => {
  it('is the same case the state owns, with its directives and supervisions', async () => {
    const data = await ok(
      `query ($id: ID!) { workingSession(id: $id) { cases { id reference supervisions { id } directives { number } } } }`,
      {
        id: (
          await sql('party', `SELECT session_id AS id FROM working_session_case WHERE case_id = $1 ORDER BY session_id LIMIT 1`, [
            STORIES.cases.expresswayHamThuanNam,
          ])
        )[0].id,
      },
    );
    const [found] = data.workingSession.cases;
    expect(found).toMatchObject({ id: STORIES.cases.expresswayHamThuanNam, reference: '60-2022-014' });
    expect(found.supervisions.length).toBeGreaterThan(0);
    expect(found.directives.map((d: any) => d.number)).toContain('512-KL/TU');
  });
});
