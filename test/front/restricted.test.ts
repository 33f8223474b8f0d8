import { inName, STORIES } from '../../seed/demo';
import { carriedOnBy, LAST_THREE_LEVEL_DAY, TWO_LEVEL_FIRST_DAY, unitTree, type OrganizationTypeName } from '../../lib';
import { FRONT_STORIES } from '../../seed/front/stories';
import { Services, tokenFor } from '../support/services';

/**
 * RESTRICTED supervisions (design section 6): seen by the organization that
 * conducted one and the organizations above it in the Front's hierarchy, and by the
 * party committees and commissions at the record's unit or above it; filtered out,
 * never an error, for everyone else, on every path that reads supervisions. An
 * organization that ended on 2025-06-30 reads nothing RESTRICTED; a successor stands
 * over its predecessors' records (design section 10).
 *
 * Two RESTRICTED supervisions: the seeded one, conducted in 2024 by Gia Lai's Front
 * committee (VFF-64, ended on 2025-06-30) in Chư Prông district (632); and one recorded
 * here, in this file's own databases (`front_restricted`), under a coordination program,
 * by the Front committee of Xã Chư Prông (23887, formed on 2025-07-01 from Chư Prông's
 * communes, in the new Gia Lai, 52). The party subgraph runs beside the Front's: it
 * places the party viewers and confirms the program; the state subgraph confirms the
 * People's Committee supervised.
 */
let services: Services;
let recordedId: string;

const SEEDED = FRONT_STORIES.supervisions.restrictedChuProng;
const PROGRAM = STORIES.programs.centralArmedForces;
/** Xã Chư Prông, the commune of the new Gia Lai that carries on Thị trấn Chư Prông, the first commune of the district. */
const COMMUNE = carriedOnBy(unitTree('632', LAST_THREE_LEVEL_DAY).find((u) => u.level === 'COMMUNE')!.code, TWO_LEVEL_FIRST_DAY)!;
/** Another commune of the new Gia Lai formed from Chư Prông's communes. */
const OTHER_COMMUNE = unitTree('632', LAST_THREE_LEVEL_DAY)
  .map((u) => carriedOnBy(u.code, TWO_LEVEL_FIRST_DAY)!)
  .find((u) => u.level === 'COMMUNE' && u.code !== COMMUNE.code)!;
const COMMUNE_FRONT = `VFF-${COMMUNE.code}-2025`;
const COMMUNE_COMMITTEE = `PCOM-${COMMUNE.code}-2025`;

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
        title: `Giám sát việc thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số ${inName(COMMUNE)}`,
        idempotencyKey: 'vff-commune/restricted-supervision',
        form: 'SUPERVISION',
        conductedById: COMMUNE_FRONT,
        target: { type: 'STATE_AGENCY', id: COMMUNE_COMMITTEE },
        unitCode: COMMUNE.code,
        coordinationProgramId: PROGRAM,
        startedOn: '2026-03-16',
        classification: 'RESTRICTED',
        recommendations: [
          { content: 'Kịp thời nắm bắt tâm tư, nguyện vọng của đồng bào.', addressedTo: { type: 'STATE_AGENCY', id: COMMUNE_COMMITTEE } },
        ],
      },
    },
    await tokenFor({ org: { type: 'FrontOrganization', id: COMMUNE_FRONT }, roles: ['editor'] }),
  );
  expect(response.errors).toBeUndefined();
  recordedId = response.data!.recordSupervision.id;
  // The first file of a run to get here seeds the demo's template databases (test/support/databases.ts), which takes a while.
}, 300_000);

afterAll(async () => {
  await services?.stop();
});

/** Every path to a supervision, in one operation. */
const EVERY_PATH = /* GraphQL */ `#graphql
  query ($seeded: ID!, $recorded: ID!, $commune: ID!, $communeFront: ID!, $representations: [_Any!]!) {
    seeded: supervision(id: $seeded) { id recommendations { id } }
    recorded: supervision(id: $recorded) { id }
    inChuProng: supervisions(filter: { unitCode: "632" }, first: 200) { totalCount nodes { id } }
    inCommune: supervisions(filter: { unitCode: $commune }, first: 200) { totalCount nodes { id } }
    inGiaLai: supervisions(filter: { unitCode: "52", includeDescendants: true }, first: 200) { totalCount nodes { id } }
    byCase: supervisions(filter: { caseId: "${STORIES.cases.restrictedChuProng}" }) { nodes { id } }
    provinceFront: frontOrganization(id: "VFF-64") { supervisionsConducted { id } }
    communeFront: frontOrganization(id: $communeFront) { supervisionsConducted { id } }
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
  { __typename: 'StateAgency', id: COMMUNE_COMMITTEE },
  { __typename: 'Case', id: STORIES.cases.restrictedChuProng },
  { __typename: 'CoordinationProgram', id: PROGRAM },
];

const ids = (list: { id: string }[] | null | undefined) => (list ?? []).map((s) => s.id);

/** Which of the two RESTRICTED supervisions each path shows to the viewer. */
async function seenBy(type: OrganizationTypeName, id: string) {
  const response = await services.querySubgraph(
    'front',
    EVERY_PATH,
    { seeded: SEEDED, recorded: recordedId, commune: COMMUNE.code, communeFront: COMMUNE_FRONT, representations: REPRESENTATIONS() },
    await tokenFor({ org: { type, id } }),
  );
  expect(response.errors).toBeUndefined();
  const data = response.data!;
  const [seededEntity, recordedEntity, districtAgency, communeAgency, chuProngCase, program] = data._entities;
  const restricted = (list: string[]) => list.filter((s) => s === SEEDED || s === recordedId).sort();
  return {
    byId: [data.seeded?.id, data.recorded?.id].filter(Boolean).sort(),
    entities: [seededEntity?.id, recordedEntity?.id].filter(Boolean).sort(),
    inUnits: restricted([...ids(data.inChuProng.nodes), ...ids(data.inCommune.nodes)]),
    inGiaLai: restricted(ids(data.inGiaLai.nodes)),
    byCase: restricted(ids(data.byCase.nodes)),
    supervisionsConducted: restricted([...ids(data.provinceFront.supervisionsConducted), ...ids(data.communeFront.supervisionsConducted)]),
    supervisionsReceived: restricted([...ids(districtAgency.supervisionsReceived), ...ids(communeAgency.supervisionsReceived)]),
    caseSupervisions: restricted(ids(chuProngCase.supervisions)),
    frontActivities: restricted(ids(program.frontActivities)),
    totals: [data.inChuProng.totalCount, data.inCommune.totalCount, data.inGiaLai.totalCount],
    seededRecommendations: data.seeded?.recommendations.length ?? null,
  };
}

const BOTH = () => [SEEDED, recordedId].sort();

describe('seen by', () => {
  test.each<[string, OrganizationTypeName, string]>([
    [
      "the province's Front committee: the successor of the one that conducted the seeded one, above the other's conductor",
      'FrontOrganization',
      'VFF-52-2025',
    ],
    ["the Front's central committee, above both", 'FrontOrganization', 'VFF-VN'],
    ["the party committee of the province, over the lineage of its unit (Gia Lai's, 64)", 'PartyCommittee', 'PC-52-2025'],
    ['the commission of the province, over the same lineage', 'MassMobilizationCommission', 'MMC-52-2025'],
    ['the Central Committee', 'PartyCommittee', 'PC-VN'],
    ['the Central Commission', 'MassMobilizationCommission', 'MMC-VN'],
  ])('%s (%s %s), on every path', async (_name, type, id) => {
    const seen = await seenBy(type, id);
    expect(seen).toMatchObject({
      byId: BOTH(),
      entities: BOTH(),
      inUnits: BOTH(),
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
    ['a Front organization of another province', 'FrontOrganization', 'WU-31-2025'],
    ["the province's Women's Union (another line of the Front)", 'FrontOrganization', 'WU-52-2025'],
    ["another family: the People's Committee they supervised", 'StateAgency', COMMUNE_COMMITTEE],
    ['another family: an armed unit of the province', 'ArmedUnit', 'MC-52-2025'],
    ['the party committee of another province', 'PartyCommittee', 'PC-68-2025'],
    ['the party committee of another commune of the province', 'PartyCommittee', `PC-${OTHER_COMMUNE.code}-2025`],
    ['a party committee that does not exist', 'PartyCommittee', 'PC-FAKE'],
    ['a Front organization that does not exist', 'FrontOrganization', 'VFF-FAKE'],
    // Not in force today: they read nothing RESTRICTED, not even what they conducted or stood over.
    ['the Front committee that conducted the seeded one, ended on 2025-06-30', 'FrontOrganization', 'VFF-64'],
    ["the party committee of the seeded one's unit, ended on 2025-06-30", 'PartyCommittee', 'PC-632'],
    ['the commission of the old province, ended on 2025-06-30', 'MassMobilizationCommission', 'MMC-64'],
  ])('%s (%s %s): null by id and in _entities, absent from lists and nested fields, no error', async (_name, type, id) => {
    const seen = await seenBy(type, id);
    expect(seen).toMatchObject({
      byId: [],
      entities: [],
      inUnits: [],
      inGiaLai: [],
      byCase: [],
      supervisionsConducted: [],
      supervisionsReceived: [],
      caseSupervisions: [],
      frontActivities: [],
      seededRecommendations: null,
    });
    // Totals count what the viewer may see: one fewer in each unit than the Front's central committee, two fewer in the province.
    const front = await seenBy('FrontOrganization', 'VFF-VN');
    expect(seen.totals).toEqual([front.totals[0] - 1, front.totals[1] - 1, front.totals[2] - 2]);
  });
});

test("the commune's Front committee sees the one it conducted, not its province predecessor's", async () => {
  const seen = await seenBy('FrontOrganization', COMMUNE_FRONT);
  expect(seen).toMatchObject({
    byId: [recordedId],
    entities: [recordedId],
    inUnits: [recordedId],
    byCase: [],
    frontActivities: [recordedId],
  });
});

test("the commune's party committee sees the one in its commune, not the one in the former district", async () => {
  // Xã Chư Prông was formed from communes of Chư Prông district, not from the district itself.
  const seen = await seenBy('PartyCommittee', `PC-${COMMUNE.code}-2025`);
  expect(seen).toMatchObject({
    byId: [recordedId],
    entities: [recordedId],
    inUnits: [recordedId],
    inGiaLai: [recordedId],
    byCase: [],
    supervisionsReceived: [recordedId],
    frontActivities: [recordedId],
  });
});
