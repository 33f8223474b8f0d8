import { STORIES } from '../../seed/demo';
import { subgraphDefinition } from '../../subgraphs';
import { startSubgraphServer, vietnamDate, type Viewer } from '../../lib';
import { GraphQLResponse, postGraphQL, Services, tokenFor } from '../support/services';
import { SEEDING_TIMEOUT_MS } from './support';

/**
 * The party subgraph's writes over HTTP: coordination programs (create, add
 * participants, add a yearly review) and Skilled Mass Mobilization models. Each
 * mutation's happy path (the answer, the rows and one audit row), validation,
 * authorization along the party hierarchy, idempotency, concurrency and atomicity.
 * An organization not in force today writes nothing, and a write names only
 * organizations in force today (design section 10): the file acts as the organizations
 * formed on 2025-07-01, in Lâm Đồng (68, formed from Bình Thuận, 60, Đắk Nông and the
 * old Lâm Đồng) and its commune Xã Bắc Bình (23005, formed from Chợ Lầu, Phan Hòa and
 * two more communes of Bắc Bình district), with dates from 2025-07-01.
 * The file writes, so it has databases of its own (`party_writes`). The other three
 * subgraphs run beside the party's: they confirm the organizations of their families
 * that a program or a model names (issue 7, item 10).
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start(['party', 'state', 'front', 'armed-forces'], { databaseSuffix: 'writes' });
}, SEEDING_TIMEOUT_MS);

afterAll(async () => {
  await services?.stop();
});

type OrgType = Viewer['org']['type'];
const tokenOf = (type: OrgType, id: string, roles: Viewer['roles'] = ['editor']) =>
  tokenFor({ sub: `${id.toLowerCase()}-user`, org: { type, id }, roles });
const sql = (text: string, params: unknown[] = []) => services.subgraphs.party!.db.query(text, params);

const TODAY = vietnamDate(new Date());
const THIS_YEAR = Number(TODAY.slice(0, 4));
/** Bình Thuận's expressway program (2022-01-15 to 2025-12-31), led by MMC-60, which ended on 2025-06-30. */
const EXPRESSWAY = STORIES.programs.binhThuanExpressway;
const CENTRAL_PROGRAM = STORIES.programs.centralArmedForces;

/** Every table a party mutation may write. */
const TABLES = [
  'coordination_program',
  'program_participant',
  'program_review',
  'mobilization_model',
  'report',
  'audit_entry',
  'idempotency_key',
];

async function counts(): Promise<Record<string, number>> {
  const [row] = await sql(`SELECT ${TABLES.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`);
  return row;
}

const PROGRAM = /* GraphQL */ `
  id title description startsOn endsOn
  leadCommission { id partyCommittee { id } }
  basedOn { id number }
  participants { organization { __typename ... on PartyCommittee { id name } ... on MassMobilizationCommission { id } ... on StateAgency { id } ... on FrontOrganization { id } ... on ArmedUnit { id } } responsibility joinedOn }
  reviews { year heldOn summary }
`;

const MUTATIONS = {
  createCoordinationProgram: `mutation ($input: CreateCoordinationProgramInput!) { createCoordinationProgram(input: $input) { ${PROGRAM} } }`,
  addProgramParticipants: `mutation ($input: AddProgramParticipantsInput!) { addProgramParticipants(input: $input) { ${PROGRAM} } }`,
  addProgramReview: `mutation ($input: AddProgramReviewInput!) { addProgramReview(input: $input) { ${PROGRAM} } }`,
  registerMobilizationModel: /* GraphQL */ `
    mutation ($input: RegisterMobilizationModelInput!) {
      registerMobilizationModel(input: $input) {
        id
        name
        kind
        field
        year
        description
        unit {
          code
        }
        owner {
          __typename
          ... on PartyCommittee {
            id
            name
          }
          ... on MassMobilizationCommission {
            id
          }
          ... on StateAgency {
            id
          }
          ... on FrontOrganization {
            id
          }
          ... on ArmedUnit {
            id
          }
        }
      }
    }
  `,
};
type Operation = keyof typeof MUTATIONS;

let keys = 0;
/** Runs a mutation; an input without an idempotency key gets one of its own (one logical request per call). */
async function run(operation: Operation, input: Record<string, unknown>, token: string): Promise<GraphQLResponse> {
  keys += 1;
  return services.querySubgraph('party', MUTATIONS[operation], { input: { idempotencyKey: `${operation}-${keys}`, ...input } }, token);
}

/** Runs a mutation that must succeed and gives its record. */
async function succeed(operation: Operation, input: Record<string, unknown>, token: string) {
  const { data, errors } = await run(operation, input, token);
  expect(errors).toBeUndefined();
  return data![operation];
}

/** Runs a mutation that must fail with `code` naming `field`, and checks that nothing was written. */
async function refuse(operation: Operation, input: Record<string, unknown>, token: string, code: string, field?: string) {
  const before = await counts();
  const { data, errors } = await run(operation, input, token);
  expect(data?.[operation] ?? null).toBeNull();
  expect(errors).toHaveLength(1);
  expect(errors![0].extensions).toMatchObject({ code, ...(field ? { field } : {}) });
  if (field) expect(errors![0].message).toContain(`${field}`);
  expect(await counts()).toEqual(before);
  return errors![0];
}

let sequence = 0;
const unique = (text: string) => `${text} (${(sequence += 1)})`;

function programInput(overrides: Record<string, unknown> = {}) {
  return {
    title: unique('Chương trình phối hợp vận động nhân dân tham gia bảo vệ môi trường'),
    idempotencyKey: `program-${sequence}`,
    description: 'Phối hợp tuyên truyền, vận động nhân dân phân loại rác thải tại nguồn.',
    leadCommissionId: 'MMC-68-2025',
    basedOnDocumentId: STORIES.documents.regulation23,
    startsOn: '2025-09-01',
    endsOn: '2026-12-31',
    participants: [
      { organization: { type: 'STATE_AGENCY', id: 'PCOM-68-2025' }, responsibility: 'Chỉ đạo các sở, ngành' },
      { organization: { type: 'FRONT_ORGANIZATION', id: 'VFF-68-2025' }, joinedOn: '2025-10-01' },
      { organization: { type: 'ARMED_UNIT', id: 'MC-68-2025' } },
      { organization: { type: 'PARTY_COMMITTEE', id: 'PC-23005-2025' }, responsibility: 'Triển khai tại xã Bắc Bình' },
    ],
    ...overrides,
  };
}

function modelInput(overrides: Record<string, unknown> = {}) {
  return {
    name: unique('Mô hình "Dân vận khéo" giữ gìn nguồn nước sinh hoạt'),
    idempotencyKey: `model-${sequence}`,
    kind: 'COLLECTIVE',
    field: 'CULTURAL_SOCIAL',
    year: 2025,
    unitCode: '23005',
    owner: { type: 'FRONT_ORGANIZATION', id: 'WU-23005-2025' },
    description: 'Chi hội phụ nữ vận động hội viên giữ gìn vệ sinh các giếng nước chung.',
    ...overrides,
  };
}

async function auditOf(recordId: string) {
  return sql('SELECT * FROM audit_entry WHERE record_id = $1 ORDER BY occurred_at', [recordId]);
}

describe('createCoordinationProgram', () => {
  it('creates the program led by its commission, first participant, with the rows and one audit row', async () => {
    const input = programInput();
    const program = await succeed('createCoordinationProgram', input, await tokenOf('MassMobilizationCommission', 'MMC-68-2025'));
    expect(program).toMatchObject({
      title: input.title,
      description: input.description,
      startsOn: '2025-09-01',
      endsOn: '2026-12-31',
      leadCommission: { id: 'MMC-68-2025', partyCommittee: { id: 'PC-68-2025' } },
      basedOn: { id: STORIES.documents.regulation23, number: '23-QĐ/TW' },
      reviews: [],
    });
    expect(program.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(program.participants).toEqual([
      { organization: { __typename: 'MassMobilizationCommission', id: 'MMC-68-2025' }, responsibility: null, joinedOn: '2025-09-01' },
      { organization: { __typename: 'StateAgency', id: 'PCOM-68-2025' }, responsibility: 'Chỉ đạo các sở, ngành', joinedOn: '2025-09-01' },
      { organization: { __typename: 'FrontOrganization', id: 'VFF-68-2025' }, responsibility: null, joinedOn: '2025-10-01' },
      { organization: { __typename: 'ArmedUnit', id: 'MC-68-2025' }, responsibility: null, joinedOn: '2025-09-01' },
      {
        organization: { __typename: 'PartyCommittee', id: 'PC-23005-2025', name: 'Đảng ủy xã Bắc Bình' },
        responsibility: 'Triển khai tại xã Bắc Bình',
        joinedOn: '2025-09-01',
      },
    ]);

    const [row] = await sql('SELECT * FROM coordination_program WHERE id = $1', [program.id]);
    expect(row).toMatchObject({
      lead_commission_id: 'MMC-68-2025',
      based_on_id: STORIES.documents.regulation23,
      unit_code: '68',
      unit_path: '/VN/68/',
      version: 1,
    });
    const participants = await sql(
      'SELECT organization_type, organization_id, position FROM program_participant WHERE program_id = $1 ORDER BY position',
      [program.id],
    );
    expect(participants.map((p: { organization_id: string; position: number }) => [p.position, p.organization_id])).toEqual([
      [0, 'MMC-68-2025'],
      [1, 'PCOM-68-2025'],
      [2, 'VFF-68-2025'],
      [3, 'MC-68-2025'],
      [4, 'PC-23005-2025'],
    ]);
    const audit = await auditOf(program.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      operation: 'createCoordinationProgram',
      record_type: 'CoordinationProgram',
      actor_subject: 'mmc-68-2025-user',
      actor_organization_type: 'MassMobilizationCommission',
      actor_organization_id: 'MMC-68-2025',
      owner_organization_type: 'MassMobilizationCommission',
      owner_organization_id: 'MMC-68-2025',
      before: null,
      idempotency_key: input.idempotencyKey,
    });
    expect(audit[0].after).toMatchObject({ id: program.id, title: input.title, version: 1, leadCommissionId: 'MMC-68-2025', reviews: [] });
    expect(audit[0].after.participants).toHaveLength(5);

    // The new program is an entity like any other.
    const { data } = await services.querySubgraph(
      'party',
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on CoordinationProgram { id title } } }`,
      {
        r: [{ __typename: 'CoordinationProgram', id: program.id }],
      },
    );
    expect(data!._entities).toEqual([{ id: program.id, title: input.title }]);
  });

  it('lets the editors above the lead commission create for it: its own committee, the commissions and committees above', async () => {
    for (const [type, id] of [
      ['PartyCommittee', 'PC-68-2025'],
      ['MassMobilizationCommission', 'MMC-VN'],
      ['PartyCommittee', 'PC-VN'],
    ] as [OrgType, string][]) {
      const program = await succeed('createCoordinationProgram', programInput({ participants: [] }), await tokenOf(type, id));
      expect(program.leadCommission.id).toBe('MMC-68-2025');
      expect(program.participants).toEqual([
        { organization: { __typename: 'MassMobilizationCommission', id: 'MMC-68-2025' }, responsibility: null, joinedOn: '2025-09-01' },
      ]);
      const [audit] = await auditOf(program.id);
      expect(audit).toMatchObject({ actor_organization_id: id, owner_organization_id: 'MMC-68-2025' });
    }
  });

  it.each([
    ['an empty title', { title: '  ' }, 'BAD_USER_INPUT', 'input.title'],
    ['a title over 300 characters', { title: 'x'.repeat(301) }, 'BAD_USER_INPUT', 'input.title'],
    ['a description over 20,000 characters', { description: 'x'.repeat(20_001) }, 'BAD_USER_INPUT', 'input.description'],
    ['an end before the start', { endsOn: '2025-08-31' }, 'BAD_USER_INPUT', 'input.endsOn'],
    ['an unknown lead commission', { leadCommissionId: 'MMC-99999' }, 'NOT_FOUND', 'input.leadCommissionId'],
    ['a committee as lead commission', { leadCommissionId: 'PC-68-2025' }, 'NOT_FOUND', 'input.leadCommissionId'],
    ['an unknown document', { basedOnDocumentId: '00000000-0000-5000-8000-000000000000' }, 'NOT_FOUND', 'input.basedOnDocumentId'],
    [
      'an unknown party participant',
      { participants: [{ organization: { type: 'PARTY_COMMITTEE', id: 'PC-99999' } }] },
      'NOT_FOUND',
      'input.participants[0].organization.id',
    ],
    [
      'an unknown commission participant',
      { participants: [{ organization: { type: 'MASS_MOBILIZATION_COMMISSION', id: 'MMC-23005-2025' } }] },
      'NOT_FOUND',
      'input.participants[0].organization.id',
    ],
    [
      'an unknown state agency, asked of the state',
      { participants: [{ organization: { type: 'STATE_AGENCY', id: 'PCOM-99999' } }] },
      'NOT_FOUND',
      'input.participants[0].organization.id',
    ],
    [
      'an unknown Front organization second, asked of the Front',
      {
        participants: [
          { organization: { type: 'STATE_AGENCY', id: 'PCOM-68-2025' } },
          { organization: { type: 'FRONT_ORGANIZATION', id: 'VFF-99999' } },
        ],
      },
      'NOT_FOUND',
      'input.participants[1].organization.id',
    ],
    [
      'an unknown armed unit, asked of the armed forces',
      { participants: [{ organization: { type: 'ARMED_UNIT', id: 'MC-99999' } }] },
      'NOT_FOUND',
      'input.participants[0].organization.id',
    ],
    [
      'an armed unit named as a state agency',
      { participants: [{ organization: { type: 'STATE_AGENCY', id: 'MC-68-2025' } }] },
      'NOT_FOUND',
      'input.participants[0].organization.id',
    ],
    [
      'a state participant not in force today, asked of the state',
      { participants: [{ organization: { type: 'STATE_AGENCY', id: 'PCOM-60' } }] },
      'BAD_USER_INPUT',
      'input.participants[0].organization.id',
    ],
    [
      'a party participant not in force today',
      { participants: [{ organization: { type: 'PARTY_COMMITTEE', id: 'PC-596' } }] },
      'BAD_USER_INPUT',
      'input.participants[0].organization.id',
    ],
    [
      'a malformed foreign participant id',
      { participants: [{ organization: { type: 'STATE_AGENCY', id: 'PCOM 60; DROP' } }] },
      'BAD_USER_INPUT',
      'input.participants[0].organization.id',
    ],
    [
      'an empty foreign participant id',
      { participants: [{ organization: { type: 'ARMED_UNIT', id: '' } }] },
      'BAD_USER_INPUT',
      'input.participants[0].organization.id',
    ],
    [
      'the lead commission as a participant',
      { participants: [{ organization: { type: 'MASS_MOBILIZATION_COMMISSION', id: 'MMC-68-2025' } }] },
      'BAD_USER_INPUT',
      'input.participants[0].organization',
    ],
    [
      'one organization twice',
      {
        participants: [
          { organization: { type: 'STATE_AGENCY', id: 'PCOM-68-2025' } },
          { organization: { type: 'STATE_AGENCY', id: 'PCOM-68-2025' } },
        ],
      },
      'BAD_USER_INPUT',
      'input.participants[1].organization',
    ],
    [
      'a responsibility over 1,000 characters',
      { participants: [{ organization: { type: 'STATE_AGENCY', id: 'PCOM-68-2025' }, responsibility: 'x'.repeat(1001) }] },
      'BAD_USER_INPUT',
      'input.participants[0].responsibility',
    ],
    [
      'a participant joining before the start',
      { participants: [{ organization: { type: 'STATE_AGENCY', id: 'PCOM-68-2025' }, joinedOn: '2025-08-01' }] },
      'BAD_USER_INPUT',
      'input.participants[0].joinedOn',
    ],
    [
      'a participant joining after the end',
      { participants: [{ organization: { type: 'STATE_AGENCY', id: 'PCOM-68-2025' }, joinedOn: '2027-01-01' }] },
      'BAD_USER_INPUT',
      'input.participants[0].joinedOn',
    ],
    ['an empty idempotency key', { idempotencyKey: '' }, 'BAD_USER_INPUT', 'input.idempotencyKey'],
    ['an idempotency key over 200 characters', { idempotencyKey: 'k'.repeat(201) }, 'BAD_USER_INPUT', 'input.idempotencyKey'],
  ])('refuses %s, writing nothing', async (_, overrides, code, field) => {
    await refuse(
      'createCoordinationProgram',
      programInput(overrides),
      await tokenOf('MassMobilizationCommission', 'MMC-68-2025'),
      code,
      field,
    );
  });

  it('refuses a lead commission not in force today, even to the Central Committee above it', async () => {
    // Bình Thuận's commission ended on 2025-06-30; Lâm Đồng's carries it on.
    const error = await refuse(
      'createCoordinationProgram',
      programInput({ leadCommissionId: 'MMC-60', participants: [] }),
      await tokenOf('PartyCommittee', 'PC-VN'),
      'BAD_USER_INPUT',
      'input.leadCommissionId',
    );
    expect(error.message).toMatch(/in force today/);
  });

  it.each([
    ['a reader of the lead commission', 'MassMobilizationCommission', 'MMC-68-2025', ['reader']],
    ['an editor of another family', 'StateAgency', 'PCOM-68-2025', ['editor']],
    ['an editor of a commission of another province', 'MassMobilizationCommission', 'MMC-31-2025', ['editor']],
    ['an editor of a commune committee, for its province', 'PartyCommittee', 'PC-23005-2025', ['editor']],
    ['an editor of the commission the lead commission carried on, not in force today', 'MassMobilizationCommission', 'MMC-60', ['editor']],
  ] as [string, OrgType, string, Viewer['roles']][])('refuses %s, writing nothing', async (_, type, id, roles) => {
    const error = await refuse('createCoordinationProgram', programInput(), await tokenOf(type, id, roles), 'FORBIDDEN');
    expect(error.message).toMatch(/^createCoordinationProgram: /);
  });

  it('refuses an organization not in force today, naming its end and what carries it on', async () => {
    for (const [type, id, why] of [
      ['MassMobilizationCommission', 'MMC-60', 'MMC-60 ended on 2025-06-30; carried on by MMC-68-2025'],
      ['PartyCommittee', 'PC-596', 'PC-596 ended on 2025-06-30'],
    ] as [OrgType, string, string][]) {
      const error = await refuse('createCoordinationProgram', programInput(), await tokenOf(type, id), 'FORBIDDEN');
      expect(error.message).toContain(`createCoordinationProgram: the token's organization is not in force today (${why}`);
    }
  });

  it('tells a caller who may not write that, and nothing about the input', async () => {
    // A commune committee's editor, for its province, with a mistake in every field it can make one in.
    const bad = programInput({
      title: '',
      description: 'x'.repeat(20_001),
      basedOnDocumentId: '00000000-0000-5000-8000-000000000000',
      endsOn: '2023-12-31',
      participants: [{ organization: { type: 'STATE_AGENCY', id: 'PCOM-99999' }, joinedOn: '2020-01-01' }],
      idempotencyKey: '',
    });
    const error = await refuse(
      'createCoordinationProgram',
      bad,
      await tokenOf('PartyCommittee', 'PC-23005-2025'),
      'FORBIDDEN',
      'input.leadCommissionId',
    );
    expect(error.message).not.toMatch(/title|description|basedOn|endsOn|startsOn|participants|idempotencyKey/);
  });
});

/** A program of Lâm Đồng's commission, from 2025-09-01 to 2026-12-31, with the participants of `programInput`. */
async function lamDongProgram(): Promise<string> {
  return (await succeed('createCoordinationProgram', programInput(), await tokenOf('MassMobilizationCommission', 'MMC-68-2025'))).id;
}

describe('addProgramParticipants', () => {
  let program = '';
  beforeAll(async () => {
    program = await lamDongProgram();
  });

  it('adds organizations after those already in the program, bumps its version and audits before and after', async () => {
    // Bình Thuận's seeded program; the Central Commission is above its lead commission.
    const [{ version }] = await sql('SELECT version FROM coordination_program WHERE id = $1', [EXPRESSWAY]);
    const result = await succeed(
      'addProgramParticipants',
      {
        programId: EXPRESSWAY,
        participants: [
          {
            organization: { type: 'FRONT_ORGANIZATION', id: 'WU-68-2025' },
            responsibility: 'Vận động phụ nữ các hộ bị ảnh hưởng',
            joinedOn: '2025-08-10',
          },
          { organization: { type: 'PARTY_COMMITTEE', id: 'PC-23005-2025' } },
        ],
      },
      await tokenOf('MassMobilizationCommission', 'MMC-VN'),
    );
    expect(result.participants).toHaveLength(9);
    expect(result.participants[0].organization).toEqual({ __typename: 'MassMobilizationCommission', id: 'MMC-60' });
    expect(result.participants.slice(7)).toEqual([
      {
        organization: { __typename: 'FrontOrganization', id: 'WU-68-2025' },
        responsibility: 'Vận động phụ nữ các hộ bị ảnh hưởng',
        joinedOn: '2025-08-10',
      },
      // Joined at the program's start when no date is given.
      {
        organization: { __typename: 'PartyCommittee', id: 'PC-23005-2025', name: 'Đảng ủy xã Bắc Bình' },
        responsibility: null,
        joinedOn: '2022-01-15',
      },
    ]);
    const [row] = await sql('SELECT version FROM coordination_program WHERE id = $1', [EXPRESSWAY]);
    expect(row.version).toBe(version + 1);
    const positions = await sql(
      `SELECT position FROM program_participant WHERE program_id = $1 AND organization_id IN ('WU-68-2025', 'PC-23005-2025') ORDER BY position`,
      [EXPRESSWAY],
    );
    expect(positions.map((p: { position: number }) => p.position)).toEqual([7, 8]);
    const [audit] = (await auditOf(EXPRESSWAY)).filter((a: { operation: string }) => a.operation === 'addProgramParticipants');
    expect(audit).toMatchObject({ record_type: 'CoordinationProgram', owner_organization_id: 'MMC-60', actor_organization_id: 'MMC-VN' });
    expect(audit.before.participants).toHaveLength(7);
    expect(audit.before.version).toBe(version);
    expect(audit.after.participants).toHaveLength(9);
    expect(audit.after.version).toBe(version + 1);
  });

  it('is allowed to the lead commission itself', async () => {
    const result = await succeed(
      'addProgramParticipants',
      { programId: program, participants: [{ organization: { type: 'ARMED_UNIT', id: 'BG-68-2025' } }] },
      await tokenOf('MassMobilizationCommission', 'MMC-68-2025'),
    );
    expect(result.participants.map((p: { organization: { id: string } }) => p.organization.id)).toContain('BG-68-2025');
  });

  it.each([
    ['an unknown program', { programId: '00000000-0000-5000-8000-000000000000' }, 'NOT_FOUND', 'input.programId'],
    ['no participants', { participants: [] }, 'BAD_USER_INPUT', 'input.participants'],
    [
      'an organization already taking part',
      { participants: [{ organization: { type: 'STATE_AGENCY', id: 'PCOM-68-2025' } }] },
      'BAD_USER_INPUT',
      'input.participants[0].organization',
    ],
    [
      'the lead commission',
      { participants: [{ organization: { type: 'MASS_MOBILIZATION_COMMISSION', id: 'MMC-68-2025' } }] },
      'BAD_USER_INPUT',
      'input.participants[0].organization',
    ],
    [
      'an unknown party participant',
      { participants: [{ organization: { type: 'MASS_MOBILIZATION_COMMISSION', id: 'MMC-99999' } }] },
      'NOT_FOUND',
      'input.participants[0].organization.id',
    ],
    [
      'an unknown Front organization, asked of the Front',
      { participants: [{ organization: { type: 'FRONT_ORGANIZATION', id: 'YU-99999' } }] },
      'NOT_FOUND',
      'input.participants[0].organization.id',
    ],
    [
      'an unknown armed unit, asked of the armed forces',
      { participants: [{ organization: { type: 'ARMED_UNIT', id: 'POL-99999' } }] },
      'NOT_FOUND',
      'input.participants[0].organization.id',
    ],
    [
      'a Front organization not in force today, asked of the Front',
      { participants: [{ organization: { type: 'FRONT_ORGANIZATION', id: 'YU-60' } }] },
      'BAD_USER_INPUT',
      'input.participants[0].organization.id',
    ],
    [
      'a participant joining after the program ended',
      { participants: [{ organization: { type: 'FRONT_ORGANIZATION', id: 'FU-68-2025' }, joinedOn: '2027-01-05' }] },
      'BAD_USER_INPUT',
      'input.participants[0].joinedOn',
    ],
  ])('refuses %s, writing nothing', async (_, overrides, code, field) => {
    const input = { programId: program, participants: [{ organization: { type: 'FRONT_ORGANIZATION', id: 'YU-68-2025' } }], ...overrides };
    await refuse('addProgramParticipants', input, await tokenOf('MassMobilizationCommission', 'MMC-68-2025'), code, field);
  });

  it.each([
    ['a reader', 'MassMobilizationCommission', 'MMC-68-2025', ['reader']],
    ['an editor of a participant of another family', 'StateAgency', 'PCOM-68-2025', ['editor']],
    ['an editor of a commune committee taking part', 'PartyCommittee', 'PC-23005-2025', ['editor']],
    ['an editor of another province', 'PartyCommittee', 'PC-52-2025', ['editor']],
  ] as [string, OrgType, string, Viewer['roles']][])('refuses %s, writing nothing', async (_, type, id, roles) => {
    const input = { programId: program, participants: [{ organization: { type: 'FRONT_ORGANIZATION', id: 'YU-68-2025' } }] };
    await refuse('addProgramParticipants', input, await tokenOf(type, id, roles), 'FORBIDDEN');
  });

  it('tells a caller who may not write that, and nothing about the input or who takes part', async () => {
    // PCOM-68-2025 takes part already; the second is unknown; the third joins after the program's end.
    const bad = {
      programId: program,
      participants: [
        { organization: { type: 'STATE_AGENCY', id: 'PCOM-68-2025' }, responsibility: 'x'.repeat(1_001) },
        { organization: { type: 'FRONT_ORGANIZATION', id: 'YU-99999' } },
        { organization: { type: 'ARMED_UNIT', id: 'POL-68-2025' }, joinedOn: '2027-01-05' },
      ],
      idempotencyKey: 'k'.repeat(201),
    };
    const error = await refuse(
      'addProgramParticipants',
      bad,
      await tokenOf('PartyCommittee', 'PC-23005-2025'),
      'FORBIDDEN',
      'input.programId',
    );
    expect(error.message).not.toMatch(/participants|responsibility|joinedOn|PCOM-68-2025|YU-99999|idempotencyKey/);
  });

  it('serializes concurrent additions: distinct positions, two versions later; the same organization twice is one success and one refusal', async () => {
    const token = await tokenOf('MassMobilizationCommission', 'MMC-68-2025');
    const fresh = await succeed('createCoordinationProgram', programInput({ participants: [] }), token);
    const add = (id: string) =>
      run('addProgramParticipants', { programId: fresh.id, participants: [{ organization: { type: 'FRONT_ORGANIZATION', id } }] }, token);
    const [a, b] = await Promise.all([add('FU-68-2025'), add('WU-68-2025')]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const rows = await sql('SELECT organization_id, position FROM program_participant WHERE program_id = $1 ORDER BY position', [fresh.id]);
    expect(rows.map((r: { position: number }) => r.position)).toEqual([0, 1, 2]);
    expect(rows.map((r: { organization_id: string }) => r.organization_id).sort()).toEqual(['FU-68-2025', 'MMC-68-2025', 'WU-68-2025']);
    const [{ version }] = await sql('SELECT version FROM coordination_program WHERE id = $1', [fresh.id]);
    expect(version).toBe(3);

    const results = await Promise.all([add('YU-68-2025'), add('YU-68-2025')]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const refused = results.filter((r) => r.errors);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.participants[0].organization' });
    const [{ count }] = await sql(
      `SELECT count(*)::int AS count FROM program_participant WHERE program_id = $1 AND organization_id = 'YU-68-2025'`,
      [fresh.id],
    );
    expect(count).toBe(1);
  });
});

describe('addProgramReview', () => {
  const review = (overrides: Record<string, unknown> = {}) => ({
    programId: CENTRAL_PROGRAM,
    year: 2021,
    heldOn: '2021-12-30',
    summary: 'Sơ kết quý IV năm 2021: các bên ký kết và triển khai chương trình phối hợp.',
    ...overrides,
  });

  it('records the year reviewed, most recent first among the reviews, and bumps the version', async () => {
    const [{ version }] = await sql('SELECT version FROM coordination_program WHERE id = $1', [CENTRAL_PROGRAM]);
    const program = await succeed('addProgramReview', review(), await tokenOf('MassMobilizationCommission', 'MMC-VN'));
    expect(program.reviews.map((r: { year: number }) => r.year)).toEqual([2024, 2023, 2022, 2021]);
    expect(program.reviews[3]).toEqual({ year: 2021, heldOn: '2021-12-30', summary: review().summary });
    const [row] = await sql('SELECT held_on::text, summary FROM program_review WHERE program_id = $1 AND year = 2021', [CENTRAL_PROGRAM]);
    expect(row).toMatchObject({ held_on: '2021-12-30', summary: review().summary });
    const [{ version: after }] = await sql('SELECT version FROM coordination_program WHERE id = $1', [CENTRAL_PROGRAM]);
    expect(after).toBe(version + 1);
    const audits = (await auditOf(CENTRAL_PROGRAM)).filter((a: { operation: string }) => a.operation === 'addProgramReview');
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ owner_organization_id: 'MMC-VN', actor_organization_id: 'MMC-VN' });
    expect(audits[0].before.reviews.map((r: { year: number }) => r.year)).toEqual([2022, 2023, 2024]);
    expect(audits[0].after.reviews.map((r: { year: number }) => r.year)).toEqual([2021, 2022, 2023, 2024]);
  });

  it("is allowed to the lead commission's own committee", async () => {
    const program = await lamDongProgram();
    const result = await succeed(
      'addProgramReview',
      review({ programId: program, year: 2025, heldOn: '2025-12-20', summary: 'Sơ kết năm 2025.' }),
      await tokenOf('PartyCommittee', 'PC-68-2025'),
    );
    expect(result.reviews.map((r: { year: number }) => r.year)).toEqual([2025]);
  });

  it.each([
    ['an unknown program', { programId: '00000000-0000-5000-8000-000000000000' }, 'NOT_FOUND', 'input.programId'],
    ['a year before the program', { year: 2020, heldOn: '2020-12-30' }, 'BAD_USER_INPUT', 'input.year'],
    ['a year after the program ended', { programId: EXPRESSWAY, year: 2026, heldOn: '2026-01-05' }, 'BAD_USER_INPUT', 'input.year'],
    ['a year reviewed already', { year: 2023, heldOn: '2023-12-29' }, 'BAD_USER_INPUT', 'input.year'],
    ['a year out of range', { year: 1999 }, 'BAD_USER_INPUT', 'input.year'],
    ['a conference before the year reviewed', { year: 2022, heldOn: '2021-12-31' }, 'BAD_USER_INPUT', 'input.heldOn'],
    ['a conference in the future', { year: THIS_YEAR, heldOn: `${THIS_YEAR + 1}-01-15` }, 'BAD_USER_INPUT', 'input.heldOn'],
    ['an empty summary', { summary: ' ' }, 'BAD_USER_INPUT', 'input.summary'],
    ['a summary over 20,000 characters', { summary: 'x'.repeat(20_001) }, 'BAD_USER_INPUT', 'input.summary'],
  ])('refuses %s, writing nothing', async (_, overrides, code, field) => {
    await refuse('addProgramReview', review(overrides), await tokenOf('PartyCommittee', 'PC-VN'), code, field);
  });

  it.each([
    ['a reader', 'MassMobilizationCommission', 'MMC-VN', ['reader']],
    ['an editor of the armed forces taking part', 'ArmedUnit', 'POL-VN', ['editor']],
    ['an editor of a provincial commission, for the Central Commission', 'MassMobilizationCommission', 'MMC-68-2025', ['editor']],
  ] as [string, OrgType, string, Viewer['roles']][])('refuses %s, writing nothing', async (_, type, id, roles) => {
    await refuse('addProgramReview', review({ year: 2025, heldOn: '2025-12-30' }), await tokenOf(type, id, roles), 'FORBIDDEN');
  });

  it('does not tell a caller who may not write that a year was reviewed already (issue 7, item 11)', async () => {
    // Bình Thuận's expressway program was reviewed for 2023 on 2023-12-20. A People's Committee's editor asks to add it again.
    const error = await refuse(
      'addProgramReview',
      review({ programId: EXPRESSWAY, year: 2023, heldOn: '2023-12-29', summary: 'Sơ kết năm 2023.' }),
      await tokenOf('StateAgency', 'PCOM-68-2025'),
      'FORBIDDEN',
      'input.programId',
    );
    expect(error.message).toBe(
      'addProgramReview: input.programId is MassMobilizationCommission MMC-60, and an editor of StateAgency PCOM-68-2025 may not act for it',
    );
    // A commission that may change it (its lead has ended; the Central Commission is above it) is told.
    const told = await refuse(
      'addProgramReview',
      review({ programId: EXPRESSWAY, year: 2023, heldOn: '2023-12-29', summary: 'Sơ kết năm 2023.' }),
      await tokenOf('MassMobilizationCommission', 'MMC-VN'),
      'BAD_USER_INPUT',
      'input.year',
    );
    expect(told.message).toContain('2023 was reviewed on 2023-12-20');
  });

  it('tells a caller who may not write that, and nothing about the input', async () => {
    const bad = review({ programId: EXPRESSWAY, year: 1999, heldOn: `${THIS_YEAR + 1}-01-15`, summary: ' ', idempotencyKey: '' });
    const error = await refuse('addProgramReview', bad, await tokenOf('PartyCommittee', 'PC-23005-2025'), 'FORBIDDEN', 'input.programId');
    expect(error.message).not.toMatch(/year|heldOn|summary|idempotencyKey|1999|reviewed/);
  });

  it('takes one review a year when two race', async () => {
    const token = await tokenOf('MassMobilizationCommission', 'MMC-68-2025');
    const program = await succeed('createCoordinationProgram', programInput({ participants: [] }), token);
    const results = await Promise.all(
      ['Sơ kết lần A.', 'Sơ kết lần B.'].map((summary) =>
        run('addProgramReview', { programId: program.id, year: 2025, heldOn: '2025-12-20', summary }, token),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const refused = results.find((r) => r.errors)!;
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year' });
    const [{ count }] = await sql('SELECT count(*)::int AS count FROM program_review WHERE program_id = $1', [program.id]);
    expect(count).toBe(1);
  });
});

describe('a program whose lead commission has ended', () => {
  it('is carried on by the bodies that carry the lead commission and its committee on (design section 10)', async () => {
    // Bình Thuận's expressway program runs to 2025-12-31; Bình Thuận's commission and committee ended on
    // 2025-06-30, and Lâm Đồng's stand over their records.
    const added = await succeed(
      'addProgramParticipants',
      { programId: EXPRESSWAY, participants: [{ organization: { type: 'ARMED_UNIT', id: 'BG-68-2025' }, joinedOn: '2025-07-15' }] },
      await tokenOf('MassMobilizationCommission', 'MMC-68-2025'),
    );
    expect(added.participants.map((p: { organization: { id: string } }) => p.organization.id)).toContain('BG-68-2025');
    const reviewed = await succeed(
      'addProgramReview',
      { programId: EXPRESSWAY, year: 2025, heldOn: '2025-12-20', summary: 'Tổng kết chương trình năm 2025.' },
      await tokenOf('PartyCommittee', 'PC-68-2025'),
    );
    expect(reviewed.reviews.map((r: { year: number }) => r.year)).toContain(2025);
  });
});

describe('registerMobilizationModel', () => {
  it("registers a model in a commune, owned for the audit by the commune's committee", async () => {
    const input = modelInput();
    const model = await succeed('registerMobilizationModel', input, await tokenOf('MassMobilizationCommission', 'MMC-68-2025'));
    expect(model).toMatchObject({
      name: input.name,
      kind: 'COLLECTIVE',
      field: 'CULTURAL_SOCIAL',
      year: 2025,
      description: input.description,
      unit: { code: '23005' },
      owner: { __typename: 'FrontOrganization', id: 'WU-23005-2025' },
    });
    const [row] = await sql('SELECT * FROM mobilization_model WHERE id = $1', [model.id]);
    // Code 23005 was Chợ Lầu's (Bắc Bình district) until 2025-06-30: the model is placed in the commune of today.
    expect(row).toMatchObject({
      unit_code: '23005',
      unit_path: '/VN/68/23005/',
      owner_type: 'FrontOrganization',
      owner_id: 'WU-23005-2025',
      version: 1,
    });
    const audit = await auditOf(model.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      operation: 'registerMobilizationModel',
      record_type: 'MobilizationModel',
      actor_organization_id: 'MMC-68-2025',
      owner_organization_type: 'PartyCommittee',
      owner_organization_id: 'PC-23005-2025',
      before: null,
    });
    expect(audit[0].after).toMatchObject({ id: model.id, name: input.name, unitCode: '23005', ownerId: 'WU-23005-2025', version: 1 });
    // It is listed with its unit's models.
    const { data } = await services.querySubgraph(
      'party',
      `{ mobilizationModels(filter: { unitCode: "23005" }, first: 200) { nodes { id } } }`,
    );
    expect(data!.mobilizationModels.nodes.map((m: { id: string }) => m.id)).toContain(model.id);
  });

  it('is allowed to the unit committee itself and to those above, with a party owner', async () => {
    for (const [type, id] of [
      ['PartyCommittee', 'PC-23005-2025'],
      ['PartyCommittee', 'PC-68-2025'],
      ['PartyCommittee', 'PC-VN'],
    ] as [OrgType, string][]) {
      const model = await succeed(
        'registerMobilizationModel',
        modelInput({ owner: { type: 'PARTY_COMMITTEE', id: 'PC-23005-2025' } }),
        await tokenOf(type, id),
      );
      expect(model.owner).toEqual({ __typename: 'PartyCommittee', id: 'PC-23005-2025', name: 'Đảng ủy xã Bắc Bình' });
    }
  });

  it.each([
    ['an empty name', { name: '' }, 'BAD_USER_INPUT', 'input.name'],
    ['a name over 300 characters', { name: 'x'.repeat(301) }, 'BAD_USER_INPUT', 'input.name'],
    ['a year in the future', { year: THIS_YEAR + 1 }, 'BAD_USER_INPUT', 'input.year'],
    ['a year out of range', { year: 1999 }, 'BAD_USER_INPUT', 'input.year'],
    ['an unknown unit code', { unitCode: '99999' }, 'BAD_USER_INPUT', 'input.unitCode'],
    ['the nation', { unitCode: 'VN' }, 'BAD_USER_INPUT', 'input.unitCode'],
    // Phan Hòa (23035) ended on 2025-06-30: Xã Bắc Bình carries it on.
    ['a unit not in force today', { unitCode: '23035' }, 'BAD_USER_INPUT', 'input.unitCode'],
    ['a unit without a party committee', { unitCode: '01' }, 'NOT_FOUND', 'input.unitCode'],
    ['an unknown party owner', { owner: { type: 'MASS_MOBILIZATION_COMMISSION', id: 'MMC-23005-2025' } }, 'NOT_FOUND', 'input.owner.id'],
    ['a malformed foreign owner id', { owner: { type: 'FRONT_ORGANIZATION', id: 'WU/23005' } }, 'BAD_USER_INPUT', 'input.owner.id'],
    [
      'an unknown Front owner, asked of the Front',
      { owner: { type: 'FRONT_ORGANIZATION', id: 'WU-99999' } },
      'NOT_FOUND',
      'input.owner.id',
    ],
    [
      'a Front owner not in force today, asked of the Front',
      { owner: { type: 'FRONT_ORGANIZATION', id: 'WU-23035' } },
      'BAD_USER_INPUT',
      'input.owner.id',
    ],
    ['an unknown state owner, asked of the state', { owner: { type: 'STATE_AGENCY', id: 'PCOM-99999' } }, 'NOT_FOUND', 'input.owner.id'],
    ['an unknown armed owner, asked of the armed forces', { owner: { type: 'ARMED_UNIT', id: 'MC-99999' } }, 'NOT_FOUND', 'input.owner.id'],
    ['a description over 20,000 characters', { description: 'x'.repeat(20_001) }, 'BAD_USER_INPUT', 'input.description'],
  ])('refuses %s, writing nothing', async (_, overrides, code, field) => {
    await refuse('registerMobilizationModel', modelInput(overrides), await tokenOf('PartyCommittee', 'PC-VN'), code, field);
  });

  it.each([
    ['a reader of the committee', 'PartyCommittee', 'PC-23005-2025', ['reader']],
    ['an editor of the Front organization that built it', 'FrontOrganization', 'WU-23005-2025', ['editor']],
    ['an editor of a neighbouring commune', 'PartyCommittee', 'PC-23041-2025', ['editor']],
    ['an editor of another province', 'MassMobilizationCommission', 'MMC-31-2025', ['editor']],
  ] as [string, OrgType, string, Viewer['roles']][])('refuses %s, writing nothing', async (_, type, id, roles) => {
    const error = await refuse('registerMobilizationModel', modelInput(), await tokenOf(type, id, roles), 'FORBIDDEN');
    if (roles.includes('editor')) expect(error.extensions).toMatchObject({ field: 'input.unitCode' });
  });

  it('refuses the committee of a commune the unit was formed from, not in force today', async () => {
    const error = await refuse('registerMobilizationModel', modelInput(), await tokenOf('PartyCommittee', 'PC-23035'), 'FORBIDDEN');
    expect(error.message).toContain(
      "registerMobilizationModel: the token's organization is not in force today (PC-23035 ended on 2025-06-30; carried on by PC-23005-2025)",
    );
  });

  it('tells a caller who may not write that, and nothing about the input', async () => {
    const bad = modelInput({
      name: '',
      year: THIS_YEAR + 1,
      owner: { type: 'FRONT_ORGANIZATION', id: 'WU-99999' },
      description: 'x'.repeat(20_001),
      idempotencyKey: '',
    });
    const error = await refuse(
      'registerMobilizationModel',
      bad,
      await tokenOf('PartyCommittee', 'PC-23041-2025'),
      'FORBIDDEN',
      'input.unitCode',
    );
    expect(error.message).not.toMatch(/name|year|owner|description|idempotencyKey|WU-99999/);
  });

  it('records a model built by an armed unit and one by a state agency, each found by its owner', async () => {
    const token = await tokenOf('PartyCommittee', 'PC-68-2025');
    for (const owner of [
      { type: 'ARMED_UNIT', id: 'MC-23005-2025' },
      { type: 'STATE_AGENCY', id: 'PCOM-23005-2025' },
    ]) {
      const model = await succeed('registerMobilizationModel', modelInput({ owner }), token);
      expect(model.owner).toEqual({ __typename: owner.type === 'ARMED_UNIT' ? 'ArmedUnit' : 'StateAgency', id: owner.id });
    }
  });

  it('refuses a commune committee acting for its province', async () => {
    await refuse(
      'registerMobilizationModel',
      modelInput({ unitCode: '68', owner: { type: 'FRONT_ORGANIZATION', id: 'WU-68-2025' } }),
      await tokenOf('PartyCommittee', 'PC-23005-2025'),
      'FORBIDDEN',
      'input.unitCode',
    );
  });
});

describe('idempotency', () => {
  it('returns the first model for a retry: one row, one audit row, one claim', async () => {
    const input = modelInput({ idempotencyKey: 'model-retry' });
    const token = await tokenOf('PartyCommittee', 'PC-68-2025');
    const first = await succeed('registerMobilizationModel', input, token);
    const before = await counts();
    const retry = await succeed('registerMobilizationModel', input, token);
    expect(retry).toEqual(first);
    expect(await counts()).toEqual(before);
    const [claim] = await sql(`SELECT * FROM idempotency_key WHERE key = 'model-retry'`);
    expect(claim).toMatchObject({
      organization_type: 'PartyCommittee',
      organization_id: 'PC-68-2025',
      operation: 'registerMobilizationModel',
      record_id: first.id,
    });
    expect(await auditOf(first.id)).toHaveLength(1);
    expect((await auditOf(first.id))[0].idempotency_key).toBe('model-retry');
  });

  it('answers CONFLICT for the same key with other input, or for another mutation', async () => {
    const token = await tokenOf('PartyCommittee', 'PC-68-2025');
    const input = modelInput({ idempotencyKey: 'model-conflict' });
    await succeed('registerMobilizationModel', input, token);
    await refuse('registerMobilizationModel', { ...input, year: 2026 }, token, 'CONFLICT', 'input.idempotencyKey');
    await refuse(
      'createCoordinationProgram',
      programInput({ participants: [], idempotencyKey: 'model-conflict' }),
      token,
      'CONFLICT',
      'input.idempotencyKey',
    );
  });

  it('keys are per organization: another organization may use the same key', async () => {
    const input = modelInput({ idempotencyKey: 'shared-key' });
    const a = await succeed('registerMobilizationModel', input, await tokenOf('PartyCommittee', 'PC-68-2025'));
    const b = await succeed('registerMobilizationModel', input, await tokenOf('PartyCommittee', 'PC-VN'));
    expect(a.id).not.toBe(b.id);
  });

  it('replays a change that could not be made twice: a retried addition of participants returns the program', async () => {
    const token = await tokenOf('MassMobilizationCommission', 'MMC-68-2025');
    const program = await succeed('createCoordinationProgram', programInput({ participants: [] }), token);
    const input = {
      programId: program.id,
      participants: [{ organization: { type: 'ARMED_UNIT', id: 'POL-68-2025' } }],
      idempotencyKey: 'add-police',
    };
    const first = await succeed('addProgramParticipants', input, token);
    const retry = await succeed('addProgramParticipants', input, token);
    expect(retry).toEqual(first);
    const [{ version }] = await sql('SELECT version FROM coordination_program WHERE id = $1', [program.id]);
    expect(version).toBe(2);
  });

  it('has one effect when requests with one key race', async () => {
    const token = await tokenOf('MassMobilizationCommission', 'MMC-68-2025');
    const input = programInput({ idempotencyKey: 'program-race' });
    const results = await Promise.all([1, 2, 3].map(() => run('createCoordinationProgram', input, token)));
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.createCoordinationProgram.id)).size).toBe(1);
    const [{ count }] = await sql('SELECT count(*)::int AS count FROM coordination_program WHERE title = $1', [input.title]);
    expect(count).toBe(1);
    expect(await auditOf(results[0].data!.createCoordinationProgram.id)).toHaveLength(1);
  });
});

describe('an owner that cannot be asked', () => {
  it.each([
    [
      'a program with a state participant, the state subgraph down',
      'createCoordinationProgram' as Operation,
      () =>
        programInput({
          participants: [
            { organization: { type: 'PARTY_COMMITTEE', id: 'PC-23005-2025' } },
            { organization: { type: 'STATE_AGENCY', id: 'PCOM-68-2025' } },
          ],
        }),
      'MassMobilizationCommission',
      'MMC-68-2025',
      'input.participants[1].organization.id',
      'state',
    ],
    [
      'an armed participant, the armed forces down',
      'addProgramParticipants' as Operation,
      () => ({
        programId: EXPRESSWAY,
        participants: [{ organization: { type: 'ARMED_UNIT', id: 'MC-68-2025' } }],
        idempotencyKey: 'lonely-add',
      }),
      'MassMobilizationCommission',
      'MMC-VN',
      'input.participants[0].organization.id',
      'armed-forces',
    ],
    [
      'a model built by a Front organization, the Front down',
      'registerMobilizationModel' as Operation,
      () => modelInput(),
      'PartyCommittee',
      'PC-23005-2025',
      'input.owner.id',
      'front',
    ],
  ])('refuses %s: SERVICE_UNAVAILABLE naming the field, nothing written', async (_what, operation, input, type, id, field, serviceName) => {
    // A party subgraph of its own whose peers point nowhere: the other families are "down".
    const nowhere = 'http://localhost:9/graphql';
    const lonely = await startSubgraphServer(subgraphDefinition('party'), services.subgraphs.party!.db, 0, () => ({
      state: nowhere,
      front: nowhere,
      'armed-forces': nowhere,
    }));
    try {
      const before = await counts();
      const { errors } = await postGraphQL(lonely.url, MUTATIONS[operation], { input: input() }, await tokenOf(type as OrgType, id));
      expect(errors).toHaveLength(1);
      expect(errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', field, serviceName });
      expect(errors![0].message).toMatch(/nothing was written/);
      expect(await counts()).toEqual(before);
    } finally {
      await lonely.stop();
    }
  });
});

describe('a failure midway', () => {
  afterEach(async () => {
    await sql('DROP TRIGGER IF EXISTS fail_participant ON program_participant');
    await sql('DROP TRIGGER IF EXISTS fail_audit ON audit_entry');
    await sql('DROP FUNCTION IF EXISTS fail_on_boom()');
  });

  it('leaves no program, no participant, no audit row and no claim when a participant row fails', async () => {
    await sql(`CREATE FUNCTION fail_on_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$`);
    await sql(
      `CREATE TRIGGER fail_participant BEFORE INSERT ON program_participant FOR EACH ROW WHEN (NEW.responsibility = 'BOOM') EXECUTE FUNCTION fail_on_boom()`,
    );
    const input = programInput({
      participants: [
        { organization: { type: 'STATE_AGENCY', id: 'PCOM-68-2025' } },
        { organization: { type: 'ARMED_UNIT', id: 'MC-68-2025' }, responsibility: 'BOOM' },
      ],
      idempotencyKey: 'boom-program',
    });
    const before = await counts();
    const { data, errors } = await run('createCoordinationProgram', input, await tokenOf('MassMobilizationCommission', 'MMC-68-2025'));
    expect(data?.createCoordinationProgram ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    // An unexpected failure: reported as internal, with nothing of the database in the message.
    expect(errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(errors![0].message).not.toContain('boom');
    expect(await counts()).toEqual(before);
    expect(await sql('SELECT 1 FROM coordination_program WHERE title = $1', [input.title])).toHaveLength(0);
    expect(await sql(`SELECT 1 FROM idempotency_key WHERE key = 'boom-program'`)).toHaveLength(0);
  });

  it('leaves no model and no claim when the audit row fails', async () => {
    await sql(`CREATE FUNCTION fail_on_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$`);
    await sql(
      `CREATE TRIGGER fail_audit BEFORE INSERT ON audit_entry FOR EACH ROW WHEN (NEW.after->>'name' LIKE 'BOOM%') EXECUTE FUNCTION fail_on_boom()`,
    );
    const input = modelInput({ name: 'BOOM model', idempotencyKey: 'boom-model' });
    const before = await counts();
    const { errors } = await run('registerMobilizationModel', input, await tokenOf('PartyCommittee', 'PC-68-2025'));
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await counts()).toEqual(before);
    expect(await sql(`SELECT 1 FROM mobilization_model WHERE name = 'BOOM model'`)).toHaveLength(0);
  });
});

describe('partyAuditLog', () => {
  const LOG = /* GraphQL */ `
    query ($filter: AuditLogFilter, $first: Int, $after: String) {
      partyAuditLog(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          occurredAt
          actorSubject
          actorOrganizationType
          actorOrganizationId
          ownerOrganizationId
          operation
          recordType
          recordId
          before
          after
        }
      }
    }
  `;
  const ids: string[] = [];

  beforeAll(async () => {
    // Gia Lai's commission (formed on 2025-07-01) owns nothing else written in this file.
    const token = await tokenOf('MassMobilizationCommission', 'MMC-52-2025');
    for (let i = 0; i < 3; i += 1) {
      ids.push(
        (
          await succeed(
            'createCoordinationProgram',
            programInput({ leadCommissionId: 'MMC-52-2025', participants: [], basedOnDocumentId: null }),
            token,
          )
        ).id,
      );
    }
    await succeed('addProgramReview', { programId: ids[0], year: 2025, heldOn: '2025-12-27', summary: 'Sơ kết năm 2025.' }, token);
  });

  it("shows an admin their own organization's changes, most recent first, a page at a time", async () => {
    const admin = await tokenOf('MassMobilizationCommission', 'MMC-52-2025', ['admin']);
    const { data, errors } = await services.querySubgraph('party', LOG, { first: 3 }, admin);
    expect(errors).toBeUndefined();
    const page = data!.partyAuditLog;
    expect(page.totalCount).toBe(4);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.nodes.map((n: { operation: string }) => n.operation)).toEqual([
      'addProgramReview',
      'createCoordinationProgram',
      'createCoordinationProgram',
    ]);
    expect(page.nodes[0]).toMatchObject({
      actorSubject: 'mmc-52-2025-user',
      actorOrganizationType: 'MassMobilizationCommission',
      actorOrganizationId: 'MMC-52-2025',
      ownerOrganizationId: 'MMC-52-2025',
      recordType: 'CoordinationProgram',
      recordId: ids[0],
    });
    expect(JSON.parse(page.nodes[0].before).reviews).toEqual([]);
    expect(JSON.parse(page.nodes[0].after).reviews).toHaveLength(1);
    expect(page.nodes[2].before).toBeNull();
    expect(page.nodes[0].occurredAt).toMatch(/\+07:00$/);
    const next = await services.querySubgraph('party', LOG, { first: 3, after: page.pageInfo.endCursor }, admin);
    expect(next.data!.partyAuditLog.nodes.map((n: { recordId: string }) => n.recordId)).toEqual([ids[0]]);
    expect(next.data!.partyAuditLog.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by record, record type, organization and time', async () => {
    const admin = await tokenOf('MassMobilizationCommission', 'MMC-52-2025', ['admin']);
    const total = async (filter: Record<string, unknown>) => {
      const { data, errors } = await services.querySubgraph('party', LOG, { filter }, admin);
      expect(errors).toBeUndefined();
      return data!.partyAuditLog.totalCount;
    };
    expect(await total({ recordId: ids[0] })).toBe(2);
    expect(await total({ recordType: 'CoordinationProgram' })).toBe(4);
    expect(await total({ recordType: 'MobilizationModel' })).toBe(0);
    expect(await total({ organizationId: 'MMC-52-2025' })).toBe(4);
    expect(await total({ from: '2000-01-01T00:00:00+07:00', to: '2100-01-01T00:00:00+07:00' })).toBe(4);
    expect(await total({ from: '2100-01-01T00:00:00+07:00' })).toBe(0);
  });

  it("gives an organization's admin only its own records: the program's commission, not its committee", async () => {
    const { data } = await services.querySubgraph('party', LOG, {}, await tokenOf('PartyCommittee', 'PC-52-2025', ['admin']));
    expect(data!.partyAuditLog.totalCount).toBe(0);
  });

  it("refuses an editor, a reader and another organization's log", async () => {
    for (const roles of [['editor'], ['reader']] as Viewer['roles'][]) {
      const { data, errors } = await services.querySubgraph(
        'party',
        LOG,
        {},
        await tokenOf('MassMobilizationCommission', 'MMC-52-2025', roles),
      );
      expect(data).toBeNull();
      expect(errors![0].extensions?.code).toBe('FORBIDDEN');
    }
    const { errors } = await services.querySubgraph(
      'party',
      LOG,
      { filter: { organizationId: 'MMC-68-2025' } },
      await tokenOf('MassMobilizationCommission', 'MMC-52-2025', ['admin']),
    );
    expect(errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'filter.organizationId' });
  });
});
