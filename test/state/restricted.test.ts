import { STORIES } from '../../seed/demo';
import type { Viewer } from '../../lib';
import { tokenFor } from '../support/services';
import { SEEDING_TIMEOUT_MS, StateHarness, startState } from './support';

/**
 * RESTRICTED cases and dialogues (design sections 6 and 10): the seeded case
 * `64-2024-005` in Chư Prông district (632) of the old Gia Lai, carried on since
 * 2025-07-01 by the new Gia Lai's People's Committee (PCOM-52-2025), and a RESTRICTED
 * dialogue about it that this committee held in its province, read every way the
 * graph offers by viewers who may and may not see them: the owner and the agencies
 * above it, and the party committees and commissions of the record's unit or above it
 * in force today (the new Gia Lai's stand over the old Gia Lai's records), see them; an
 * organization that ended on 2025-06-30 reads nothing RESTRICTED. Hidden records are
 * absent, never an error. Databases of this file's own (`state_restricted`): it
 * records the dialogue.
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
        idempotencyKey: 'pcom-52-2025/restricted-dialogue',
        title: 'Đối thoại với người có uy tín trong đồng bào dân tộc thiểu số khu vực Chư Prông',
        heldOn: '2026-03-15',
        unitCode: '52',
        hostAgencyId: 'PCOM-52-2025',
        participants: 45,
        issuesRaised: 6,
        issuesResolved: 4,
        caseId: CASE_ID,
        classification: 'RESTRICTED',
      },
    },
    await tokenFor({ org: { type: 'StateAgency', id: 'PCOM-52-2025' }, roles: ['editor'] }),
  );
  expect(errors).toBeUndefined();
  dialogueId = data!.recordDialogue.id;
}, SEEDING_TIMEOUT_MS);
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
    cases(filter: { unitCode: "52", includeDescendants: true }, first: 200) {
      nodes {
        id
      }
      totalCount
    }
    caseUnit: administrativeUnit(code: "632") {
      cases {
        id
      }
    }
    oldProvince: administrativeUnit(code: "64") {
      cases(includeDescendants: true) {
        id
      }
    }
    province: administrativeUnit(code: "52") {
      cases(includeDescendants: true) {
        id
      }
      dialogues {
        id
      }
      all: dialogues(includeDescendants: true) {
        id
      }
    }
    stateAgency(id: "PCOM-52-2025") {
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
    dialogues(filter: { unitCode: "52" }, first: 200) {
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
    ['a Front organization of the province', { type: 'FrontOrganization', id: 'VFF-52-2025' }],
    ["an armed unit of the province (its military command's regional defense command)", { type: 'ArmedUnit', id: 'RDC-52-2025-1' }],
    ['a state agency of another province', { type: 'StateAgency', id: 'PCOM-68-2025' }],
    ["the province's People's Council (not above its People's Committee)", { type: 'StateAgency', id: 'PCOU-52-2025' }],
    [
      "the People's Committee of a commune formed from Chư Prông's communes, below the province",
      { type: 'StateAgency', id: 'PCOM-23887-2025' },
    ],
    ['the party committee of another province', { type: 'PartyCommittee', id: 'PC-68-2025' }],
    ['the commission of another province', { type: 'MassMobilizationCommission', id: 'MMC-68-2025' }],
    ["the party committee of a commune formed from Chư Prông's communes", { type: 'PartyCommittee', id: 'PC-23887-2025' }],
    ['a party committee that does not exist', { type: 'PartyCommittee', id: 'PC-FAKE' }],
    ['a state agency that does not exist', { type: 'StateAgency', id: 'PCOM-FAKE' }],
    // In force no more (ended on 2025-06-30): they read nothing RESTRICTED, their own former records included.
    ["the district's People's Committee, responsible for the case until it ended", { type: 'StateAgency', id: 'PCOM-632' }],
    ["the old province's People's Committee", { type: 'StateAgency', id: 'PCOM-64' }],
    ['the party committee of the district', { type: 'PartyCommittee', id: 'PC-632' }],
    ['the commission of the district', { type: 'MassMobilizationCommission', id: 'MMC-632' }],
    ['the party committee of the old province', { type: 'PartyCommittee', id: 'PC-64' }],
    ['the commission of the old province', { type: 'MassMobilizationCommission', id: 'MMC-64' }],
  ] as const)('are absent for %s, every way they are read', async (_, org) => {
    const data = await readEveryWay(org);
    expect(data.case).toBeNull();
    expect(data.caseByReference).toBeNull();
    expect(ids(data.cases.nodes)).not.toContain(CASE_ID);
    expect(ids(data.caseUnit.cases)).not.toContain(CASE_ID);
    expect(ids(data.oldProvince.cases)).not.toContain(CASE_ID);
    expect(ids(data.province.cases)).not.toContain(CASE_ID);
    expect(ids(data.stateAgency.casesResponsible)).not.toContain(CASE_ID);
    expect(data.dialogue).toBeNull();
    expect(ids(data.dialogues.nodes)).not.toContain(dialogueId);
    expect(ids(data.province.dialogues)).not.toContain(dialogueId);
    expect(ids(data.province.all)).not.toContain(dialogueId);
    expect(ids(data.stateAgency.dialoguesHosted)).not.toContain(dialogueId);
    expect(data._entities).toEqual([null, null]);
    // Totals count only what the viewer sees.
    expect(data.cases.totalCount).toBe(data.cases.nodes.length);
    expect(data.dialogues.totalCount).toBe(data.dialogues.nodes.length);
  });

  it.each([
    [
      "the responsible agency, the new province's People's Committee, which carried the case on",
      { type: 'StateAgency', id: 'PCOM-52-2025' },
    ],
    ['the Government, above every agency', { type: 'StateAgency', id: 'GOV-VN' }],
    ["the party committee of the new province, over the old Gia Lai's records", { type: 'PartyCommittee', id: 'PC-52-2025' }],
    ["the commission of the new province, over the old Gia Lai's records", { type: 'MassMobilizationCommission', id: 'MMC-52-2025' }],
    ['the Party Central Committee', { type: 'PartyCommittee', id: 'PC-VN' }],
    ['the Central Commission', { type: 'MassMobilizationCommission', id: 'MMC-VN' }],
  ] as const)('are shown to %s, every way they are read', async (_, org) => {
    const data = await readEveryWay(org);
    expect(data.case).toEqual({ id: CASE_ID, reference: '64-2024-005', dialogues: [{ id: dialogueId }] });
    expect(data.caseByReference).toEqual({ id: CASE_ID });
    expect(ids(data.cases.nodes)).toContain(CASE_ID);
    expect(ids(data.caseUnit.cases)).toContain(CASE_ID);
    expect(ids(data.oldProvince.cases)).toContain(CASE_ID);
    expect(ids(data.province.cases)).toContain(CASE_ID);
    expect(ids(data.stateAgency.casesResponsible)).toContain(CASE_ID);
    expect(data.dialogue).toEqual({ id: dialogueId, case: { id: CASE_ID } });
    expect(ids(data.dialogues.nodes)).toContain(dialogueId);
    expect(ids(data.province.dialogues)).toContain(dialogueId);
    expect(ids(data.province.all)).toContain(dialogueId);
    expect(ids(data.stateAgency.dialoguesHosted)).toContain(dialogueId);
    expect(data._entities).toEqual([
      { id: CASE_ID, reference: '64-2024-005' },
      { id: dialogueId, title: expect.stringContaining('Chư Prông') },
    ]);
  });

  it('differ between a hidden and an entitled viewer by exactly the RESTRICTED records', async () => {
    const hidden = await readEveryWay({ type: 'FrontOrganization', id: 'VFF-52-2025' });
    const shown = await readEveryWay({ type: 'PartyCommittee', id: 'PC-52-2025' });
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
      await tokenFor({ org: { type: 'FrontOrganization', id: 'VFF-52-2025' } }),
    );
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain('filter.caseId');
  });
});
