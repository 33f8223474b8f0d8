import { STORIES } from '../../seed/demo';
import { Services } from '../support/services';

/**
 * Acceptance scenarios 1, 3 and 4 of the design (section 5): each one GraphQL
 * operation through the real gateway in front of the four real subgraphs, on the
 * seeded demo data. Expected values are the seeded facts, and counts are checked
 * against the owners' databases directly.
 *
 * The stories are Bình Thuận's (60), which ended on 2025-06-30 (design section 10):
 * asked for without a date, 60 and its districts are shown as they stood on their
 * last day. A case's responsible agency is asked for on a day before the change
 * (`responsibleAgency(asOf:)`): the open cases moved on to Lâm Đồng's authorities on
 * 2025-07-01, which the scenario 4 tests check as well.
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start();
});

afterAll(async () => {
  await services?.stop();
});

const sql = async (name: 'party' | 'state' | 'front' | 'armed-forces', query: string, params: unknown[] = []) =>
  services.subgraphs[name]!.db.query(query, params);

const ORGANIZATION_FIELDS = /* GraphQL */ `
  __typename
  ... on PartyCommittee { id name level }
  ... on MassMobilizationCommission { id name level }
  ... on StateAgency { id name level kind }
  ... on FrontOrganization { id name level frontKind: kind }
  ... on ArmedUnit { id name level armedKind: kind branch }
`;

describe('scenario 1: unit overview', () => {
  const UNIT_OVERVIEW = /* GraphQL */ `
    query UnitOverview($code: ID!) {
      administrativeUnit(code: $code) {
        code name level
        parent { code }
        partyCommittee { id name head { name title } }
        massMobilizationCommission { id name head { name title } }
        peoplesCommittee { id name head { name title } }
        frontOrganizations { id name kind head { name title } }
        armedUnits { id name kind head { name title } }
        cases(includeDescendants: true, open: true) {
          reference title category status
          unit { code }
          responsibleAgency(asOf: "2025-06-30") { id name }
        }
        dialogues(includeDescendants: true) { title heldOn level }
        mobilizationModels(includeDescendants: true) { name kind field year owner { ${ORGANIZATION_FIELDS} } }
        mobilizationActivities(includeDescendants: true) { title kind personnel manDays conductedBy { id name } }
      }
    }
  `;

  it('answers the province 60 overview from all four families', async () => {
    const { data, errors } = await services.queryGateway(UNIT_OVERVIEW, { code: '60' });
    expect(errors).toBeUndefined();
    const unit = data!.administrativeUnit;
    // Bình Thuận ended on 2025-06-30: asked for today, it is shown as it stood on its last day.
    expect(unit).toMatchObject({ code: '60', name: 'Tỉnh Bình Thuận', level: 'PROVINCIAL', parent: { code: 'VN' } });
    expect(unit.partyCommittee).toMatchObject({ id: 'PC-60', name: 'Tỉnh ủy Bình Thuận', head: { title: 'Bí thư' } });
    expect(unit.massMobilizationCommission).toMatchObject({ id: 'MMC-60', head: { title: 'Trưởng ban' } });
    expect(unit.peoplesCommittee).toMatchObject({ id: 'PCOM-60', name: 'Ủy ban nhân dân tỉnh Bình Thuận', head: { title: 'Chủ tịch' } });
    expect(unit.frontOrganizations.map((o: { id: string }) => o.id)).toEqual(['VFF-60', 'TU-60', 'FU-60', 'WU-60', 'YU-60', 'VA-60']);
    expect(unit.frontOrganizations[0]).toMatchObject({
      kind: 'FATHERLAND_FRONT',
      name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Thuận',
    });
    expect(unit.armedUnits.map((o: { id: string }) => o.id)).toEqual(['BG-60', 'MC-60', 'POL-60']);
    for (const organization of [...unit.frontOrganizations, ...unit.armedUnits]) {
      expect(organization.head?.name).toEqual(expect.any(String));
    }

    // Open cases in the province and below, with their responsible agency from the state subgraph.
    const [{ count: openCases }] = await sql(
      'state',
      `SELECT count(*)::int AS count FROM citizen_case
        WHERE unit_path LIKE '/VN/60/%' AND status IN ('RECEIVED', 'IN_PROGRESS') AND classification = 'PUBLIC'`,
    );
    expect(unit.cases.length).toBeGreaterThanOrEqual(openCases);
    const expressway = unit.cases.find((c: { reference: string }) => c.reference === '60-2022-014');
    expect(expressway).toMatchObject({
      category: 'LAND_ACQUISITION_RESETTLEMENT',
      status: 'IN_PROGRESS',
      unit: { code: '598' },
      responsibleAgency: { id: 'PCOM-598', name: 'Ủy ban nhân dân huyện Hàm Thuận Nam' },
    });
    expect(unit.cases.map((c: { reference: string }) => c.reference)).not.toContain('60-2022-009'); // resolved
    expect(unit.cases.every((c: { status: string }) => ['RECEIVED', 'IN_PROGRESS'].includes(c.status))).toBe(true);

    const [{ count: dialogues }] = await sql('state', `SELECT count(*)::int AS count FROM dialogue WHERE unit_path LIKE '/VN/60/%'`);
    expect(unit.dialogues.length).toBeGreaterThan(0);
    expect(unit.dialogues.length).toBeLessThanOrEqual(dialogues);

    const [{ count: models }] = await sql('party', `SELECT count(*)::int AS count FROM mobilization_model WHERE unit_path LIKE '/VN/60/%'`);
    expect(unit.mobilizationModels).toHaveLength(models);
    expect(models).toBeGreaterThan(0);
    // Each model's owner comes with its name from its own family's subgraph.
    for (const model of unit.mobilizationModels) expect(model.owner.name).toEqual(expect.any(String));

    const [{ count: activities }] = await sql(
      'armed-forces',
      `SELECT count(*)::int AS count FROM mobilization_activity WHERE unit_path LIKE '/VN/60/%'`,
    );
    expect(unit.mobilizationActivities).toHaveLength(activities);
    expect(activities).toBeGreaterThan(0);
  });

  it('answers null for a unit code that does not exist', async () => {
    const { data, errors } = await services.queryGateway(UNIT_OVERVIEW, { code: '99999' });
    expect(errors).toBeUndefined();
    expect(data!.administrativeUnit).toBeNull();
  });
});

describe('scenario 3: a coordination program', () => {
  const PROGRAM = /* GraphQL */ `
    query Program($id: ID!) {
      coordinationProgram(id: $id) {
        title startsOn
        leadCommission { id name before: name(asOf: "2025-02-02") names { name from to } head { name title } }
        basedOn { number }
        participants { responsibility organization { ${ORGANIZATION_FIELDS} } }
        reviews { year heldOn summary }
        armedForcesActivities { title kind personnel manDays conductedBy { id name } }
        frontActivities {
          __typename
          ... on Supervision { title conductedBy { id name } }
          ... on Campaign { name organizer { id name } }
        }
      }
    }
  `;

  it('joins the central program of the Commission, the Ministry of Public Security and the General Department of Politics', async () => {
    const { data, errors } = await services.queryGateway(PROGRAM, { id: STORIES.programs.centralArmedForces });
    expect(errors).toBeUndefined();
    const program = data!.coordinationProgram;
    // The Central Commission has been the Propaganda and Mass Mobilization Commission since 2025-02-03 (design section 10).
    expect(program.leadCommission).toMatchObject({
      id: 'MMC-VN',
      name: 'Ban Tuyên giáo và Dân vận Trung ương',
      before: 'Ban Dân vận Trung ương',
      head: { name: 'Mai Văn Chính' },
    });
    expect(program.leadCommission.names).toEqual([
      { name: 'Ban Dân vận Trung ương', from: null, to: '2025-02-02' },
      { name: 'Ban Tuyên giáo và Dân vận Trung ương', from: '2025-02-03', to: null },
    ]);
    expect(program.basedOn).toEqual({ number: '23-QĐ/TW' });
    const participants = program.participants.map((p: { organization: { __typename: string; id: string } }) => p.organization);
    expect(participants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ __typename: 'MassMobilizationCommission', id: 'MMC-VN', level: 'CENTRAL' }),
        expect.objectContaining({
          __typename: 'ArmedUnit',
          id: 'POL-VN',
          name: 'Bộ Công an',
          armedKind: 'MINISTRY_OF_PUBLIC_SECURITY',
          branch: 'PUBLIC_SECURITY',
        }),
        expect.objectContaining({
          __typename: 'ArmedUnit',
          id: 'GDP-VN',
          armedKind: 'GENERAL_DEPARTMENT_OF_POLITICS',
          branch: 'PEOPLES_ARMY',
        }),
      ]),
    );
    expect(program.reviews.map((r: { year: number }) => r.year)).toEqual([2024, 2023, 2022]);
    expect(program.reviews[0].heldOn).toBe('2024-12-30');

    const rows = await sql('armed-forces', `SELECT id FROM mobilization_activity WHERE coordination_program_id = $1`, [
      STORIES.programs.centralArmedForces,
    ]);
    expect(program.armedForcesActivities).toHaveLength(rows.length);
    expect(rows.length).toBeGreaterThan(0);
    for (const activity of program.armedForcesActivities) expect(activity.conductedBy.name).toEqual(expect.any(String));
  });

  it("shows every family's participants and their activities in Bình Thuận's expressway program", async () => {
    const { data, errors } = await services.queryGateway(PROGRAM, { id: STORIES.programs.binhThuanExpressway });
    expect(errors).toBeUndefined();
    const program = data!.coordinationProgram;
    expect(program.leadCommission.id).toBe('MMC-60');
    const byId = Object.fromEntries(program.participants.map((p: { organization: { id: string } }) => [p.organization.id, p.organization]));
    expect(byId['MMC-60']).toMatchObject({ __typename: 'MassMobilizationCommission' });
    expect(byId['PCOM-60']).toMatchObject({
      __typename: 'StateAgency',
      kind: 'PEOPLES_COMMITTEE',
      name: 'Ủy ban nhân dân tỉnh Bình Thuận',
    });
    expect(byId['VFF-60']).toMatchObject({ __typename: 'FrontOrganization', frontKind: 'FATHERLAND_FRONT' });
    expect(byId['MC-60']).toMatchObject({ __typename: 'ArmedUnit', armedKind: 'MILITARY_COMMAND' });
    expect(byId['POL-60']).toMatchObject({ __typename: 'ArmedUnit', armedKind: 'POLICE' });

    const conductors = program.armedForcesActivities.map((a: { conductedBy: { id: string } }) => a.conductedBy.id);
    expect(conductors).toContain('POL-598');
    const frontConductors = program.frontActivities.map(
      (a: { conductedBy?: { id: string }; organizer?: { id: string } }) => (a.conductedBy ?? a.organizer)!.id,
    );
    expect(frontConductors).toContain('VFF-60');
    expect(program.frontActivities.map((a: { __typename: string }) => a.__typename)).toEqual(
      expect.arrayContaining(['Supervision', 'Campaign']),
    );
  });
});

describe('scenario 4: a citizens case', () => {
  const CASE = /* GraphQL */ `
    query CitizensCase($reference: String!) {
      caseByReference(reference: $reference) {
        reference title category status householdsAffected openedOn
        unit { code name parent { code name } }
        responsibleAgency(asOf: "2024-10-20") { id name head { name title } }
        responsibleToday: responsibleAgency { id name }
        transfers { from { id } to { id } on }
        dialogues { title heldOn participants hostAgency { id } }
        supervisions {
          title form
          conductedBy { id name }
          target { ${ORGANIZATION_FIELDS} }
          recommendations { content status addressedTo { ${ORGANIZATION_FIELDS} } }
        }
        armedForcesSupport { title kind personnel manDays conductedBy { id name } }
        directives { number kind issuer { id name } }
      }
    }
  `;

  it('follows the expressway land clearance in Hàm Thuận Nam across every agency involved', async () => {
    const { data, errors } = await services.queryGateway(CASE, { reference: '60-2022-014' });
    expect(errors).toBeUndefined();
    const found = data!.caseByReference;
    expect(found).toMatchObject({
      category: 'LAND_ACQUISITION_RESETTLEMENT',
      status: 'IN_PROGRESS',
      householdsAffected: 1246,
      openedOn: '2022-03-15',
      unit: { code: '598', name: 'Huyện Hàm Thuận Nam', parent: { code: '60', name: 'Tỉnh Bình Thuận' } },
      responsibleAgency: { id: 'PCOM-598', name: 'Ủy ban nhân dân huyện Hàm Thuận Nam' },
    });
    // Still open on 2025-06-30, when Hàm Thuận Nam district ended: handed to the People's Committee of Lâm Đồng, which carried it on.
    expect(found.responsibleToday).toEqual({ id: 'PCOM-68-2025', name: 'Ủy ban nhân dân tỉnh Lâm Đồng' });
    expect(found.transfers).toEqual([{ from: { id: 'PCOM-598' }, to: { id: 'PCOM-68-2025' }, on: '2025-07-01' }]);
    expect(found.dialogues.length).toBe(2);
    expect(found.dialogues.every((d: { hostAgency: { id: string } }) => d.hostAgency.id === 'PCOM-598')).toBe(true);

    const supervision = found.supervisions.find((s: { conductedBy: { id: string } }) => s.conductedBy.id === 'VFF-60');
    expect(supervision).toMatchObject({ form: 'SUPERVISION', target: { __typename: 'StateAgency', id: 'PCOM-598' } });
    expect(supervision.recommendations).toHaveLength(3);
    expect(supervision.recommendations.map((r: { addressedTo: { id: string } }) => r.addressedTo.id).sort()).toEqual([
      'MOT-VN',
      'PCOM-598',
      // The open one moved on to the new Lâm Đồng's People's Committee when the district ended (design section 10).
      'PCOM-68-2025',
    ]);
    expect(supervision.recommendations.find((r: { addressedTo: { id: string } }) => r.addressedTo.id === 'MOT-VN')).toMatchObject({
      status: 'PENDING',
      addressedTo: { name: 'Bộ Giao thông vận tải', kind: 'MINISTRY' },
    });

    const support = await sql('armed-forces', `SELECT conducted_by_id FROM mobilization_activity WHERE case_id = $1`, [
      STORIES.cases.expresswayHamThuanNam,
    ]);
    expect(found.armedForcesSupport).toHaveLength(support.length);
    expect(found.armedForcesSupport.map((a: { conductedBy: { id: string } }) => a.conductedBy.id)).toEqual(
      expect.arrayContaining(['POL-598', 'MC-598']),
    );

    expect(found.directives).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'CONCLUSION', issuer: { id: 'PC-60', name: 'Tỉnh ủy Bình Thuận' } })]),
    );
  });

  it('answers the water shortage in Phan Hòa commune with the district as the responsible authority, then Xã Bắc Bình', async () => {
    const { data, errors } = await services.queryGateway(CASE, { reference: '60-2024-031' });
    expect(errors).toBeUndefined();
    const found = data!.caseByReference;
    expect(found).toMatchObject({
      category: 'WATER_SUPPLY',
      unit: { code: '23035', name: 'Xã Phan Hòa', parent: { code: '596', name: 'Huyện Bắc Bình' } },
      responsibleAgency: { id: 'PCOM-596' },
      // Phan Hòa became part of Xã Bắc Bình (23005) on 2025-07-01; its People's Committee carries the open case on.
      responsibleToday: { id: 'PCOM-23005-2025' },
      transfers: [{ from: { id: 'PCOM-596' }, to: { id: 'PCOM-23005-2025' }, on: '2025-07-01' }],
    });
    expect(found.supervisions.map((s: { conductedBy: { id: string } }) => s.conductedBy.id)).toEqual(
      expect.arrayContaining(['VFF-60', 'FU-596']),
    );
    expect(found.armedForcesSupport.map((a: { conductedBy: { id: string } }) => a.conductedBy.id)).toEqual(
      expect.arrayContaining(['MC-596']),
    );
    expect(found.directives.map((d: { issuer: { id: string } }) => d.issuer.id)).toContain('PC-596');
  });
});
