import { STORIES } from '../../seed/demo';
import type { Viewer } from '../../lib';
import { RESTRICTED_CHU_PRONG_DOCUMENT } from '../../seed/party/documents';
import { Services, tokenFor } from '../support/services';
import { unitRepresentation } from './support';

/**
 * RESTRICTED party documents and reports (design section 6): shown to the party
 * committees and commissions of the record's unit or a unit above it (a report's unit
 * is its submitter's), and a report to its submitter; filtered out, never an error,
 * for everyone else, on every path (by id, lists, nested fields, `_entities`):
 * other families, and party bodies of other units. Reporting compliance is the same
 * for every viewer: a report the viewer may not read still settles its obligation.
 * The file writes its own restricted reports, so it has databases of its own
 * (`*_restricted`); the other subgraphs run beside the party's, which places their
 * viewers and submitters through them.
 */
let services: Services;

type OrgType = Viewer['org']['type'];
const readerOf = (type: OrgType, id: string) => tokenFor({ org: { type, id }, roles: ['reader'] });
const editorOf = (type: OrgType, id: string) => tokenFor({ org: { type, id }, roles: ['editor'] });

const DOCUMENT = RESTRICTED_CHU_PRONG_DOCUMENT;
const CASE = STORIES.cases.restrictedChuProng;
const PERIOD = { year: 2025, frequency: 'QUARTERLY', index: 1 };

/** Ids of the records written in `beforeAll`. */
const ids = {
  /** Chư Prông's Fatherland Front committee's RESTRICTED Q1 2025 report to the district committee. */
  frontReport: '',
  /** Its PUBLIC correction. */
  correction: '',
  /** The district committee's RESTRICTED Q1 2025 report to Gia Lai's committee. */
  districtReport: '',
  /** A program of Gia Lai's commission based on the RESTRICTED conclusion. */
  program: '',
};

let keys = 0;
/** Runs a mutation, each call one logical request with an idempotency key of its own; gives the record's id. */
async function mutate(text: string, input: Record<string, unknown>, token: string): Promise<string> {
  const { data, errors } = await services.querySubgraph(
    'party',
    text,
    { input: { ...input, idempotencyKey: `restricted-${(keys += 1)}` } },
    token,
  );
  expect(errors).toBeUndefined();
  return (Object.values(data!)[0] as { id: string }).id;
}

const SUBMIT = `mutation ($input: SubmitReportInput!) { submitReport(input: $input) { id } }`;

beforeAll(async () => {
  services = await Services.start(undefined, { databaseSuffix: 'restricted' });
  const front = await editorOf('FrontOrganization', 'VFF-632');
  const report = {
    kind: 'PERIODIC',
    period: PERIOD,
    title: 'Báo cáo tình hình đồng bào dân tộc thiểu số quý I năm 2025',
    summary: 'Nắm tình hình tư tưởng, tâm trạng của đồng bào tại các xã biên giới.',
    classification: 'RESTRICTED',
  };
  ids.frontReport = await mutate(SUBMIT, { ...report, submitter: { type: 'FRONT_ORGANIZATION', id: 'VFF-632' }, unitCode: '632' }, front);
  ids.correction = await mutate(
    SUBMIT,
    {
      ...report,
      submitter: { type: 'FRONT_ORGANIZATION', id: 'VFF-632' },
      unitCode: '632',
      corrects: ids.frontReport,
      classification: 'PUBLIC',
      title: 'Báo cáo bổ sung',
    },
    front,
  );
  ids.districtReport = await mutate(
    SUBMIT,
    { ...report, submitter: { type: 'PARTY_COMMITTEE', id: 'PC-632' } },
    await editorOf('PartyCommittee', 'PC-632'),
  );
  ids.program = await mutate(
    `mutation ($input: CreateCoordinationProgramInput!) { createCoordinationProgram(input: $input) { id } }`,
    {
      title: 'Chương trình phối hợp vận động đồng bào Chư Prông',
      leadCommissionId: 'MMC-64',
      basedOnDocumentId: DOCUMENT,
      startsOn: '2024-04-01',
    },
    await editorOf('MassMobilizationCommission', 'MMC-64'),
  );
});

afterAll(async () => {
  await services?.stop();
});

/** Everything a viewer could reach the restricted records by, in one query. */
const EVERY_PATH = /* GraphQL */ `
  query ($document: ID!, $frontReport: ID!, $districtReport: ID!, $correction: ID!, $program: ID!, $representations: [_Any!]!) {
    document: partyDocument(id: $document) {
      id
      classification
    }
    documents: partyDocuments(filter: { issuerId: "PC-64" }, first: 200) {
      totalCount
      nodes {
        id
      }
    }
    issuer: partyCommittee(id: "PC-64") {
      documentsIssued {
        id
      }
      reportsReceived {
        id
      }
    }
    district: partyCommittee(id: "PC-632") {
      reportsReceived {
        id
      }
    }
    frontReport: report(id: $frontReport) {
      id
      classification
    }
    districtReport: report(id: $districtReport) {
      id
    }
    correction: report(id: $correction) {
      id
      corrects {
        id
      }
    }
    reports: reports(filter: { period: { year: 2025, frequency: QUARTERLY, index: 1 } }, first: 200) {
      totalCount
      nodes {
        id
      }
    }
    program: coordinationProgram(id: $program) {
      basedOn {
        id
      }
    }
    _entities(representations: $representations) {
      __typename
      ... on PartyDocument {
        id
      }
      ... on Report {
        id
      }
      ... on Case {
        directives {
          id
        }
      }
    }
  }
`;

async function everyPath(token: string) {
  const { data, errors } = await services.querySubgraph(
    'party',
    EVERY_PATH,
    {
      ...ids,
      document: DOCUMENT,
      representations: [
        { __typename: 'PartyDocument', id: DOCUMENT },
        { __typename: 'Report', id: ids.frontReport },
        { __typename: 'Report', id: ids.districtReport },
        { __typename: 'Case', id: CASE },
      ],
    },
    token,
  );
  expect(errors).toBeUndefined();
  const idsOf = (list: { id: string }[]) => list.map((x) => x.id);
  return {
    document: data!.document,
    documents: idsOf(data!.documents.nodes),
    documentCount: data!.documents.totalCount as number,
    documentsIssued: idsOf(data!.issuer.documentsIssued),
    reportsReceived: [...idsOf(data!.issuer.reportsReceived), ...idsOf(data!.district.reportsReceived)],
    frontReport: data!.frontReport,
    districtReport: data!.districtReport,
    correction: data!.correction,
    reports: idsOf(data!.reports.nodes),
    reportCount: data!.reports.totalCount as number,
    basedOn: data!.program.basedOn,
    entities: data!._entities,
  };
}

describe('for a viewer neither above the records in the party nor their submitter', () => {
  it.each([
    ["a People's Committee of another province", 'StateAgency', 'PCOM-60'],
    ['a Front committee of the same province, not the submitter', 'FrontOrganization', 'VFF-64'],
    ['the police of the same district', 'ArmedUnit', 'POL-632'],
    ['a committee of another province', 'PartyCommittee', 'PC-30'],
    ['a commission of another province', 'MassMobilizationCommission', 'MMC-60'],
    ['a commune committee of another province (Phan Hòa, Bình Thuận)', 'PartyCommittee', 'PC-23035'],
    ['a committee that does not exist', 'PartyCommittee', 'PC-FAKE'],
  ] as [string, OrgType, string][])('%s: filtered out by id, in lists, in nested fields and in _entities', async (_, type, id) => {
    const seen = await everyPath(await readerOf(type, id));
    const party = await everyPath(await readerOf('PartyCommittee', 'PC-64'));

    expect(seen.document).toBeNull();
    expect(seen.documents).not.toContain(DOCUMENT);
    expect(seen.documentCount).toBe(party.documentCount - 1);
    expect(seen.documentsIssued).not.toContain(DOCUMENT);
    expect(seen.basedOn).toBeNull();

    expect(seen.frontReport).toBeNull();
    expect(seen.districtReport).toBeNull();
    expect(seen.reportsReceived).not.toContain(ids.frontReport);
    expect(seen.reportsReceived).not.toContain(ids.districtReport);
    expect(seen.reports).not.toContain(ids.frontReport);
    expect(seen.reportCount).toBe(party.reportCount - 2);
    // The PUBLIC correction is shown; the RESTRICTED report it corrects is not.
    expect(seen.correction).toEqual({ id: ids.correction, corrects: null });

    expect(seen.entities).toEqual([null, null, null, { __typename: 'Case', directives: [] }]);
  });

  it('the submitter itself reads its own RESTRICTED report back, and still not the party document', async () => {
    const seen = await everyPath(await readerOf('FrontOrganization', 'VFF-632'));
    expect(seen.frontReport).toEqual({ id: ids.frontReport, classification: 'RESTRICTED' });
    expect(seen.correction).toEqual({ id: ids.correction, corrects: { id: ids.frontReport } });
    expect(seen.reportsReceived).toContain(ids.frontReport);
    expect(seen.districtReport).toBeNull();
    expect(seen.document).toBeNull();
  });
});

describe('for the party committees and commissions of the unit or above it', () => {
  it.each([
    ["the committee of the record's province", 'PartyCommittee', 'PC-64'],
    ['the Central Committee', 'PartyCommittee', 'PC-VN'],
    ["the province's commission", 'MassMobilizationCommission', 'MMC-64'],
    ['the Central Commission', 'MassMobilizationCommission', 'MMC-VN'],
  ] as [string, OrgType, string][])('%s sees them on every path', async (_, type, id) => {
    const seen = await everyPath(await readerOf(type, id));
    expect(seen.document).toEqual({ id: DOCUMENT, classification: 'RESTRICTED' });
    expect(seen.documents).toContain(DOCUMENT);
    expect(seen.documentsIssued).toContain(DOCUMENT);
    expect(seen.basedOn).toEqual({ id: DOCUMENT });
    expect(seen.frontReport).toEqual({ id: ids.frontReport, classification: 'RESTRICTED' });
    expect(seen.districtReport).toEqual({ id: ids.districtReport });
    expect(seen.reportsReceived).toEqual(expect.arrayContaining([ids.frontReport, ids.districtReport, ids.correction]));
    expect(seen.correction).toEqual({ id: ids.correction, corrects: { id: ids.frontReport } });
    expect(seen.entities).toEqual([
      { __typename: 'PartyDocument', id: DOCUMENT },
      { __typename: 'Report', id: ids.frontReport },
      { __typename: 'Report', id: ids.districtReport },
      { __typename: 'Case', directives: [{ id: DOCUMENT }] },
    ]);
  });
});

describe("for the district committee, below the document's issuer", () => {
  it("sees the district's reports, not the province's RESTRICTED conclusion", async () => {
    const seen = await everyPath(await readerOf('PartyCommittee', 'PC-632'));
    expect(seen.document).toBeNull();
    expect(seen.frontReport).toEqual({ id: ids.frontReport, classification: 'RESTRICTED' });
    expect(seen.districtReport).toEqual({ id: ids.districtReport });
    expect(seen.entities).toEqual([
      null,
      { __typename: 'Report', id: ids.frontReport },
      { __typename: 'Report', id: ids.districtReport },
      { __typename: 'Case', directives: [] },
    ]);
  });
});

describe('reporting compliance', () => {
  const COMPLIANCE = /* GraphQL */ `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on AdministrativeUnit {
          code
          reportingCompliance(period: { year: 2025, frequency: QUARTERLY, index: 1 }) {
            onTime
            late
            overdue
            notYetDue
            complianceRate
            obligations {
              status
              submitter {
                __typename
                ... on PartyCommittee {
                  id
                }
                ... on FrontOrganization {
                  id
                }
                ... on StateAgency {
                  id
                }
                ... on ArmedUnit {
                  id
                }
              }
              report {
                id
              }
            }
          }
        }
      }
    }
  `;

  async function compliance(token: string) {
    const { data, errors } = await services.querySubgraph(
      'party',
      COMPLIANCE,
      { representations: [unitRepresentation('632'), unitRepresentation('64')] },
      token,
    );
    expect(errors).toBeUndefined();
    return data!._entities as { code: string; reportingCompliance: Record<string, any> }[];
  }

  type Obligation = { status: string; submitter: { id: string }; report: { id: string } | null };
  const obligationOf = (unit: { reportingCompliance: Record<string, any> }, submitter: string): Obligation | undefined =>
    (unit.reportingCompliance.obligations as Obligation[]).find((o) => o.submitter.id === submitter);
  const withoutReports = (units: { reportingCompliance: Record<string, any> }[]) =>
    units.map(({ reportingCompliance: { obligations, ...totals } }) => ({
      totals,
      obligations: obligations.map(({ report: _report, ...rest }: Record<string, unknown>) => rest),
    }));

  it('counts a RESTRICTED report for every viewer, and shows it only to those who may read it', async () => {
    const hidden = await compliance(await readerOf('StateAgency', 'PCOM-60'));
    const party = await compliance(await readerOf('PartyCommittee', 'PC-64'));
    // The statuses and totals do not depend on who asks.
    expect(withoutReports(hidden)).toEqual(withoutReports(party));

    const [district, province] = party;
    // Submitted long after the due date (2025-04-10): late, and settled.
    expect(obligationOf(district, 'VFF-632')).toEqual(expect.objectContaining({ status: 'LATE', report: { id: ids.correction } }));
    expect(obligationOf(province, 'PC-632')).toEqual(expect.objectContaining({ status: 'LATE', report: { id: ids.districtReport } }));
    // The correction is PUBLIC: anyone reads it; the district's RESTRICTED report is withheld.
    expect(obligationOf(hidden[0], 'VFF-632')).toEqual(expect.objectContaining({ status: 'LATE', report: { id: ids.correction } }));
    expect(obligationOf(hidden[1], 'PC-632')).toEqual(expect.objectContaining({ status: 'LATE', report: null }));
  });
});
