import { STORIES } from '../../seed/demo';
import type { Viewer } from '../../lib';
import { tokenFor } from '../support/services';
import { StateHarness, startState } from './support';

/**
 * RESTRICTED cases and dialogues (design section 6): the seeded case `64-2024-005`
 * in Chư Prông (632), owned by the district's People's Committee, and a RESTRICTED
 * dialogue about it that the same committee hosted, read every way the graph offers
 * by viewers who may and may not see them: the owner and the agencies above it, and
 * the party committees and commissions of the district or above it, see them.
 * Hidden records are absent, never an error. Databases of this file's own
 * (`state_restricted`): it records the dialogue.
 */
let state: StateHarness;
const CASE_ID = STORIES.cases.restrictedChuProng;
let dialogueId: string;

beforeAll(async () => {
  state = await startState({ databaseSuffix: 'restricted' });
  const { data, errors } = await state.query(
    /* GraphQL */ `
      mutation ($input: RecordDialogueInput!) {
        recordDialogue(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        idempotencyKey: 'pcom-632/restricted-dialogue',
        title: 'Đối thoại với người có uy tín trong đồng bào dân tộc thiểu số huyện Chư Prông',
        heldOn: '2024-06-14',
        unitCode: '632',
        hostAgencyId: 'PCOM-632',
        participants: 45,
        issuesRaised: 6,
        issuesResolved: 4,
        caseId: CASE_ID,
        classification: 'RESTRICTED',
      },
    },
    await tokenFor({ org: { type: 'StateAgency', id: 'PCOM-632' }, roles: ['editor'] }),
  );
  expect(errors).toBeUndefined();
  dialogueId = data!.recordDialogue.id;
});
afterAll(() => state?.services.stop());

const EVERY_WAY = /* GraphQL */ `
  query ($caseId: ID!, $dialogueId: ID!, $reps: [_Any!]!) {
    case(id: $caseId) {
      id
      reference
      dialogues {
        id
      }
    }
    caseByReference(reference: "64-2024-005") {
      id
    }
    cases(filter: { unitCode: "64", includeDescendants: true }, first: 200) {
      nodes {
        id
      }
      totalCount
    }
    district: administrativeUnit(code: "632") {
      cases {
        id
      }
      dialogues {
        id
      }
    }
    province: administrativeUnit(code: "64") {
      cases(includeDescendants: true) {
        id
      }
      dialogues(includeDescendants: true) {
        id
      }
    }
    stateAgency(id: "PCOM-632") {
      casesResponsible {
        id
      }
      dialoguesHosted {
        id
      }
    }
    dialogue(id: $dialogueId) {
      id
      case {
        id
      }
    }
    dialogues(filter: { unitCode: "632" }, first: 200) {
      nodes {
        id
      }
      totalCount
    }
    _entities(representations: $reps) {
      ... on Case {
        id
        reference
      }
      ... on Dialogue {
        id
        title
      }
    }
  }
`;

async function readEveryWay(org: Viewer['org']) {
  const { data, errors } = await state.query(
    EVERY_WAY,
    {
      caseId: CASE_ID,
      dialogueId,
      reps: [
        { __typename: 'Case', id: CASE_ID },
        { __typename: 'Dialogue', id: dialogueId },
      ],
    },
    await tokenFor({ org }),
  );
  expect(errors).toBeUndefined();
  return data!;
}

const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('RESTRICTED cases and dialogues', () => {
  it.each([
    ['a Front organization of the province', { type: 'FrontOrganization', id: 'VFF-64' }],
    ['an armed unit of the district', { type: 'ArmedUnit', id: 'MC-632' }],
    ['a state agency of another province', { type: 'StateAgency', id: 'PCOM-60' }],
    ["the district's People's Council (not above its People's Committee)", { type: 'StateAgency', id: 'PCOU-632' }],
    ["a commune's People's Committee below the district", { type: 'StateAgency', id: 'PCOM-23887' }],
    ['the party committee of another province', { type: 'PartyCommittee', id: 'PC-60' }],
    ['the commission of another province', { type: 'MassMobilizationCommission', id: 'MMC-60' }],
    ['the party committee of a sibling district', { type: 'PartyCommittee', id: 'PC-631' }],
    ['the party committee of a commune below the district', { type: 'PartyCommittee', id: 'PC-23887' }],
    ['a party committee that does not exist', { type: 'PartyCommittee', id: 'PC-FAKE' }],
    ['a state agency that does not exist', { type: 'StateAgency', id: 'PCOM-FAKE' }],
  ] as const)('are absent for %s, every way they are read', async (_, org) => {
    const data = await readEveryWay(org);
    expect(data.case).toBeNull();
    expect(data.caseByReference).toBeNull();
    expect(ids(data.cases.nodes)).not.toContain(CASE_ID);
    expect(ids(data.district.cases)).not.toContain(CASE_ID);
    expect(ids(data.province.cases)).not.toContain(CASE_ID);
    expect(ids(data.stateAgency.casesResponsible)).not.toContain(CASE_ID);
    expect(data.dialogue).toBeNull();
    expect(ids(data.dialogues.nodes)).not.toContain(dialogueId);
    expect(ids(data.district.dialogues)).not.toContain(dialogueId);
    expect(ids(data.province.dialogues)).not.toContain(dialogueId);
    expect(ids(data.stateAgency.dialoguesHosted)).not.toContain(dialogueId);
    expect(data._entities).toEqual([null, null]);
    // Totals count only what the viewer sees.
    expect(data.cases.totalCount).toBe(data.cases.nodes.length);
    expect(data.dialogues.totalCount).toBe(data.dialogues.nodes.length);
  });

  it.each([
    ["the responsible agency, the district's People's Committee", { type: 'StateAgency', id: 'PCOM-632' }],
    ["the province's People's Committee, above it", { type: 'StateAgency', id: 'PCOM-64' }],
    ['the Government, above every agency', { type: 'StateAgency', id: 'GOV-VN' }],
    ['the party committee of the district', { type: 'PartyCommittee', id: 'PC-632' }],
    ['the commission of the district', { type: 'MassMobilizationCommission', id: 'MMC-632' }],
    ['the party committee of the province', { type: 'PartyCommittee', id: 'PC-64' }],
    ['the commission of the province', { type: 'MassMobilizationCommission', id: 'MMC-64' }],
    ['the Party Central Committee', { type: 'PartyCommittee', id: 'PC-VN' }],
    ['the Central Commission', { type: 'MassMobilizationCommission', id: 'MMC-VN' }],
  ] as const)('are shown to %s, every way they are read', async (_, org) => {
    const data = await readEveryWay(org);
    expect(data.case).toEqual({ id: CASE_ID, reference: '64-2024-005', dialogues: [{ id: dialogueId }] });
    expect(data.caseByReference).toEqual({ id: CASE_ID });
    expect(ids(data.cases.nodes)).toContain(CASE_ID);
    expect(ids(data.district.cases)).toContain(CASE_ID);
    expect(ids(data.province.cases)).toContain(CASE_ID);
    expect(ids(data.stateAgency.casesResponsible)).toContain(CASE_ID);
    expect(data.dialogue).toEqual({ id: dialogueId, case: { id: CASE_ID } });
    expect(ids(data.dialogues.nodes)).toContain(dialogueId);
    expect(ids(data.district.dialogues)).toContain(dialogueId);
    expect(ids(data.province.dialogues)).toContain(dialogueId);
    expect(ids(data.stateAgency.dialoguesHosted)).toContain(dialogueId);
    expect(data._entities).toEqual([
      { id: CASE_ID, reference: '64-2024-005' },
      { id: dialogueId, title: expect.stringContaining('Chư Prông') },
    ]);
  });

  it('differ between a hidden and an entitled viewer by exactly the RESTRICTED records', async () => {
    const hidden = await readEveryWay({ type: 'FrontOrganization', id: 'VFF-64' });
    const shown = await readEveryWay({ type: 'PartyCommittee', id: 'PC-64' });
    expect(shown.cases.totalCount).toBe(hidden.cases.totalCount + 1);
    expect(shown.dialogues.totalCount).toBe(hidden.dialogues.totalCount + 1);
  });

  it('treat a RESTRICTED case named in a filter like a case that does not exist', async () => {
    const { errors } = await state.query(
      /* GraphQL */ `
        query ($caseId: ID!) {
          dialogues(filter: { caseId: $caseId }) {
            totalCount
          }
        }
      `,
      { caseId: CASE_ID },
      await tokenFor({ org: { type: 'FrontOrganization', id: 'VFF-64' } }),
    );
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain('filter.caseId');
  });
});
