import { STORIES } from '../../seed/demo';
import { unitTree, type OrganizationTypeName } from '../../lib';
import { FRONT_STORIES } from '../../seed/front/stories';
import { Services, tokenFor } from '../support/services';

/**
 * RESTRICTED supervisions (design section 6): seen by the organization that
 * conducted one and the organizations above it in the Front's hierarchy, and by the
 * party committees and commissions at the record's unit or above it; filtered out,
 * never an error, for everyone else, on every path that reads supervisions.
 * Databases of this file's own (`front_restricted`): it records one more RESTRICTED
 * supervision, under a coordination program, by Chư Prông's Front committee. The
 * party subgraph runs beside the Front's: it places the party viewers and confirms
 * the program; the state subgraph confirms the People's Committee supervised.
 */
let services: Services;
let recordedId: string;

const SEEDED = FRONT_STORIES.supervisions.restrictedChuProng;
const PROGRAM = STORIES.programs.centralArmedForces;
const CHU_PRONG_COMMUNE = unitTree('632').find((u) => u.level === 'COMMUNE')!.code;

beforeAll(async () => {
  services = await Services.start(['front', 'party', 'state'], { databaseSuffix: 'restricted' });
  const response = await services.querySubgraph(
    'front',
    /* GraphQL */ `
      #graphql
      mutation ($input: RecordSupervisionInput!) {
        recordSupervision(input: $input) {
          id
          classification
        }
      }
    `,
    {
      input: {
        title: 'Giám sát việc thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số huyện Chư Prông',
        idempotencyKey: 'vff-632/restricted-supervision',
        form: 'SUPERVISION',
        conductedById: 'VFF-632',
        target: { type: 'STATE_AGENCY', id: 'PCOM-632' },
        unitCode: '632',
        coordinationProgramId: PROGRAM,
        startedOn: '2025-04-07',
        classification: 'RESTRICTED',
        recommendations: [
          { content: 'Kịp thời nắm bắt tâm tư, nguyện vọng của đồng bào.', addressedTo: { type: 'STATE_AGENCY', id: 'PCOM-632' } },
        ],
      },
    },
    await tokenFor({ org: { type: 'FrontOrganization', id: 'VFF-632' }, roles: ['editor'] }),
  );
  expect(response.errors).toBeUndefined();
  recordedId = response.data!.recordSupervision.id;
});

afterAll(async () => {
  await services?.stop();
});

/** Every path to a supervision, in one operation. */
const EVERY_PATH = /* GraphQL */ `#graphql
  query ($seeded: ID!, $recorded: ID!, $representations: [_Any!]!) {
    seeded: supervision(id: $seeded) { id recommendations { id } }
    recorded: supervision(id: $recorded) { id }
    inChuProng: supervisions(filter: { unitCode: "632" }, first: 200) { totalCount nodes { id } }
    inGiaLai: supervisions(filter: { unitCode: "64", includeDescendants: true }, first: 200) { totalCount nodes { id } }
    byCase: supervisions(filter: { caseId: "${STORIES.cases.restrictedChuProng}" }) { nodes { id } }
    provinceFront: frontOrganization(id: "VFF-64") { supervisionsConducted { id } }
    districtFront: frontOrganization(id: "VFF-632") { supervisionsConducted { id } }
    _entities(representations: $representations) {
      ... on Supervision { id }
      ... on StateAgency { supervisionsReceived { id } }
      ... on Case { supervisions { id } }
      ... on CoordinationProgram { frontActivities { ... on Supervision { id } ... on Campaign { id } } }
    }
  }`;

const REPRESENTATIONS = () => [
  { __typename: 'Supervision', id: SEEDED },
  { __typename: 'Supervision', id: recordedId },
  { __typename: 'StateAgency', id: 'PCOM-632' },
  { __typename: 'Case', id: STORIES.cases.restrictedChuProng },
  { __typename: 'CoordinationProgram', id: PROGRAM },
];

const ids = (list: { id: string }[] | null | undefined) => (list ?? []).map((s) => s.id);

/** Which of the two RESTRICTED supervisions each path shows to the viewer. */
async function seenBy(type: OrganizationTypeName, id: string) {
  const response = await services.querySubgraph(
    'front',
    EVERY_PATH,
    { seeded: SEEDED, recorded: recordedId, representations: REPRESENTATIONS() },
    await tokenFor({ org: { type, id } }),
  );
  expect(response.errors).toBeUndefined();
  const data = response.data!;
  const [seededEntity, recordedEntity, agency, chuProngCase, program] = data._entities;
  const restricted = (list: string[]) => list.filter((s) => s === SEEDED || s === recordedId).sort();
  return {
    byId: [data.seeded?.id, data.recorded?.id].filter(Boolean).sort(),
    entities: [seededEntity?.id, recordedEntity?.id].filter(Boolean).sort(),
    inChuProng: restricted(ids(data.inChuProng.nodes)),
    inGiaLai: restricted(ids(data.inGiaLai.nodes)),
    byCase: restricted(ids(data.byCase.nodes)),
    supervisionsConducted: restricted([...ids(data.provinceFront.supervisionsConducted), ...ids(data.districtFront.supervisionsConducted)]),
    supervisionsReceived: restricted(ids(agency.supervisionsReceived)),
    caseSupervisions: restricted(ids(chuProngCase.supervisions)),
    frontActivities: restricted(ids(program.frontActivities)),
    totals: [data.inChuProng.totalCount, data.inGiaLai.totalCount],
    seededRecommendations: data.seeded?.recommendations.length ?? null,
  };
}

const BOTH = () => [SEEDED, recordedId].sort();

describe('seen by', () => {
  test.each<[string, OrganizationTypeName, string]>([
    ["the province's Front committee, which conducted one and is above the other's conductor", 'FrontOrganization', 'VFF-64'],
    ["the Front's central committee, above both", 'FrontOrganization', 'VFF-VN'],
    ["the party committee of the records' unit", 'PartyCommittee', 'PC-632'],
    ['the party committee of the province above', 'PartyCommittee', 'PC-64'],
    ['the commission of the province above', 'MassMobilizationCommission', 'MMC-64'],
    ['the Central Committee', 'PartyCommittee', 'PC-VN'],
    ['the Central Commission', 'MassMobilizationCommission', 'MMC-VN'],
  ])('%s (%s %s), on every path', async (_name, type, id) => {
    const seen = await seenBy(type, id);
    expect(seen).toMatchObject({
      byId: BOTH(),
      entities: BOTH(),
      inChuProng: BOTH(),
      inGiaLai: BOTH(),
      byCase: [SEEDED],
      supervisionsConducted: BOTH(),
      supervisionsReceived: BOTH(),
      caseSupervisions: [SEEDED],
      frontActivities: [recordedId],
      seededRecommendations: 1,
    });
  });
});

describe('hidden from', () => {
  test.each<[string, OrganizationTypeName, string]>([
    ['a Front organization of another province', 'FrontOrganization', 'WU-30'],
    ["the province's Women's Union (another line of the Front)", 'FrontOrganization', 'WU-64'],
    ["another family: the People's Committee they supervised", 'StateAgency', 'PCOM-632'],
    ['another family: an armed unit of the province', 'ArmedUnit', 'MC-64'],
    ['the party committee of another province', 'PartyCommittee', 'PC-60'],
    ["the party committee of a commune below the records' unit", 'PartyCommittee', `PC-${CHU_PRONG_COMMUNE}`],
    ['a party committee that does not exist', 'PartyCommittee', 'PC-FAKE'],
    ['a Front organization that does not exist', 'FrontOrganization', 'VFF-FAKE'],
  ])('%s (%s %s): null by id and in _entities, absent from lists and nested fields, no error', async (_name, type, id) => {
    const seen = await seenBy(type, id);
    expect(seen).toMatchObject({
      byId: [],
      entities: [],
      inChuProng: [],
      inGiaLai: [],
      byCase: [],
      supervisionsConducted: [],
      supervisionsReceived: [],
      caseSupervisions: [],
      frontActivities: [],
      seededRecommendations: null,
    });
    // Totals count what the viewer may see: two fewer than the province's Front committee.
    const front = await seenBy('FrontOrganization', 'VFF-64');
    expect(seen.totals).toEqual(front.totals.map((n) => n - 2));
  });
});

test("the district's Front committee sees the one it conducted, not its superior's", async () => {
  const seen = await seenBy('FrontOrganization', 'VFF-632');
  expect(seen).toMatchObject({
    byId: [recordedId],
    entities: [recordedId],
    inChuProng: [recordedId],
    byCase: [],
    frontActivities: [recordedId],
  });
});
