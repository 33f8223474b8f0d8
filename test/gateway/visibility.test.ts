import { importJWK, SignJWT } from 'jose';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STORIES } from '../../seed/demo';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '../../lib';
import { RESTRICTED_CHU_PRONG_DOCUMENT } from '../../seed/party/documents';
import { Services, tokenFor } from '../support/services';

/**
 * Design section 6 through the gateway (issue 7, items 6 and 7): an organization is
 * placed from its owner's records, never from a claim; RESTRICTED records are seen by
 * their owner and its superiors and by the party committees and commissions of their
 * unit or above, by every path; an organization that does not exist reads nothing
 * RESTRICTED and writes nothing. Databases of this file's own: it links a PUBLIC
 * document to the RESTRICTED case.
 *
 * The RESTRICTED case lies in Chư Prông (632), a district of the old Gia Lai (64), which
 * ended on 2025-06-30 with all its organizations (design section 10): the new Gia Lai's
 * (52) committee and commission stand over it, and the old ones read nothing RESTRICTED.
 */
let services: Services;
const CASE = STORIES.cases.restrictedChuProng;
const CONCLUSION = RESTRICTED_CHU_PRONG_DOCUMENT;
const PUBLIC_DOCUMENT = STORIES.documents.regulation23;

beforeAll(async () => {
  services = await Services.start(undefined, { databaseSuffix: 'visibility' });
  // A PUBLIC document that names the RESTRICTED case (and a PUBLIC one).
  await services.subgraphs.party!.db.query(
    `INSERT INTO party_document_case (document_id, case_id) VALUES ($1, $2), ($1, $3) ON CONFLICT DO NOTHING`,
    [PUBLIC_DOCUMENT, CASE, STORIES.cases.waterPhanHoa],
  );
});

afterAll(async () => {
  await services?.stop();
});

/** Signs claims with the development key as they are given: extra claims, no expiry, no roles. */
async function rawToken(claims: Record<string, unknown>, { expires = '10m' as string | null } = {}): Promise<string> {
  const { privateJwk } = JSON.parse(readFileSync(join(process.env.JWT_KEY_DIR!, 'development-key.json'), 'utf8'));
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid })
    .setSubject('someone')
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt();
  if (expires) jwt.setExpirationTime(expires);
  return jwt.sign(await importJWK(privateJwk, 'ES256'));
}

const EVERY_PATH = /* GraphQL */ `
  query ($case: ID!, $conclusion: ID!, $document: ID!) {
    case(id: $case) {
      id
    }
    province: administrativeUnit(code: "64") {
      cases(includeDescendants: true) {
        id
      }
    }
    conclusion: partyDocument(id: $conclusion) {
      id
    }
    document: partyDocument(id: $document) {
      number
      cases {
        id
        title
      }
    }
    supervisions(filter: { caseId: $case }) {
      nodes {
        id
      }
    }
  }
`;

async function everyPath(token: string) {
  const { data, errors, status } = await services.queryGateway(
    EVERY_PATH,
    { case: CASE, conclusion: CONCLUSION, document: PUBLIC_DOCUMENT },
    token,
  );
  expect([status, errors]).toEqual([200, undefined]);
  return {
    case: data!.case?.id ?? null,
    inProvince: data!.province.cases.some((c: { id: string }) => c.id === CASE),
    conclusion: data!.conclusion?.id ?? null,
    documentCases: (data!.document.cases as { id: string }[]).map((c) => c.id).sort(),
    supervisions: data!.supervisions.nodes.length,
  };
}

const SEEN = {
  case: CASE,
  inProvince: true,
  conclusion: CONCLUSION,
  documentCases: [CASE, STORIES.cases.waterPhanHoa].sort(),
  supervisions: 1,
};
const HIDDEN = { case: null, inProvince: false, conclusion: null, documentCases: [STORIES.cases.waterPhanHoa], supervisions: 0 };

describe('an organization is placed from its owner, never from a claim', () => {
  it('a commune committee claiming the nation as its unit reads nothing of Gia Lai', async () => {
    const forged = await rawToken({ org: { type: 'PartyCommittee', id: 'PC-23005-2025', unit: 'VN' }, roles: ['reader'] });
    expect(await everyPath(forged)).toEqual(HIDDEN);
  });

  it('a committee that does not exist, claiming Gia Lai, reads nothing RESTRICTED and writes nothing', async () => {
    const ghost = await rawToken({ org: { type: 'PartyCommittee', id: 'PC-FAKE', unit: '52' }, roles: ['editor'] });
    expect(await everyPath(ghost)).toEqual(HIDDEN);
    const { errors } = await services.queryGateway(
      `mutation ($input: RegisterMobilizationModelInput!) { registerMobilizationModel(input: $input) { id } }`,
      {
        input: {
          name: 'Mô hình không có thật',
          kind: 'COLLECTIVE',
          field: 'ECONOMIC',
          year: 2026,
          unitCode: '52',
          owner: { type: 'PARTY_COMMITTEE', id: 'PC-52-2025' },
          idempotencyKey: 'ghost-model',
        },
      },
      ghost,
    );
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(errors?.[0].message).toMatch(/PartyCommittee PC-FAKE, does not exist/);
  });

  it('refuses a token without an expiry (401) and answers a token without a role with 403', async () => {
    const endless = await rawToken({ org: { type: 'PartyCommittee', id: 'PC-64' }, roles: ['reader'] }, { expires: null });
    const noExpiry = await services.queryGateway('{ __typename }', {}, endless);
    expect([noExpiry.status, noExpiry.errors?.[0].extensions?.code, noExpiry.errors?.[0].message]).toEqual([
      401,
      'UNAUTHENTICATED',
      'Authorization: the token has no expiry (exp)',
    ]);
    const roleless = await rawToken({ org: { type: 'PartyCommittee', id: 'PC-64' }, roles: [] });
    const noRole = await services.queryGateway('{ __typename }', {}, roleless);
    expect([noRole.status, noRole.errors?.[0].extensions?.code]).toEqual([403, 'FORBIDDEN']);
    expect(noRole.data).toBeUndefined();
    // The same at a subgraph called directly.
    const direct = await services.querySubgraph('state', '{ __typename }', {}, roleless);
    expect([direct.status, direct.errors?.[0].extensions?.code]).toEqual([403, 'FORBIDDEN']);
  });
});

describe('RESTRICTED records through the gateway', () => {
  it.each([
    ["Gia Lai's commission (formed on 2025-07-01, over the old Gia Lai's records)", 'MassMobilizationCommission', 'MMC-52-2025'],
    ["Gia Lai's committee (formed on 2025-07-01)", 'PartyCommittee', 'PC-52-2025'],
    ['the Central Commission', 'MassMobilizationCommission', 'MMC-VN'],
  ] as const)('are seen by %s on every path', async (_, type, id) => {
    expect(await everyPath(await tokenFor({ org: { type, id } }))).toEqual(SEEN);
  });

  it.each([
    ['the Xã Bắc Bình commune committee (Lâm Đồng)', 'PartyCommittee', 'PC-23005-2025'],
    ["Lâm Đồng's commission", 'MassMobilizationCommission', 'MMC-68-2025'],
    ["a People's Committee of another province", 'StateAgency', 'PCOM-68-2025'],
    ['an armed unit of Gia Lai', 'ArmedUnit', 'MC-52-2025'],
    ["the old Gia Lai's commission, which ended on 2025-06-30", 'MassMobilizationCommission', 'MMC-64'],
    ["the old Gia Lai's committee, which ended on 2025-06-30", 'PartyCommittee', 'PC-64'],
  ] as const)('are hidden from %s on every path, without an error', async (_, type, id) => {
    expect(await everyPath(await tokenFor({ org: { type, id } }))).toEqual(HIDDEN);
  });

  it("a document's cases leave out those the viewer may not see, and asking for their titles is no error", async () => {
    const { data, errors } = await services.queryGateway(
      `query ($id: ID!) { partyDocument(id: $id) { number cases { id title } } }`,
      { id: PUBLIC_DOCUMENT },
      await tokenFor({ org: { type: 'ArmedUnit', id: 'MC-68-2025' } }),
    );
    expect(errors).toBeUndefined();
    expect(data!.partyDocument).toEqual({
      number: '23-QĐ/TW',
      cases: [{ id: STORIES.cases.waterPhanHoa, title: expect.stringContaining('Phan Hòa') }],
    });
  });
});

describe('statistics', () => {
  const STATISTICS = /* GraphQL */ `
    query ($code: ID!) {
      administrativeUnit(code: $code) {
        statistics(from: "2024-01-01", to: "2024-12-31") {
          casesByCategory {
            category
            cases
          }
        }
      }
    }
  `;
  const ethnic = async (code: string) => {
    const { data, errors } = await services.queryGateway(
      STATISTICS,
      { code },
      await tokenFor({ org: { type: 'PartyCommittee', id: 'PC-VN' } }),
    );
    expect(errors).toBeUndefined();
    return (
      data!.administrativeUnit.statistics.casesByCategory.find((c: { category: string }) => c.category === 'ETHNIC_RELIGIOUS_AFFAIRS')
        ?.cases ?? 0
    );
  };

  it('count a RESTRICTED case over its province, never in a breakdown of its district, whoever asks', async () => {
    const [{ n: restrictedIn2024 }] = await services.subgraphs.state!.db.query(
      `SELECT count(*)::int AS n FROM citizen_case WHERE id = $1 AND opened_on BETWEEN '2024-01-01' AND '2024-12-31'`,
      [CASE],
    );
    expect(restrictedIn2024).toBe(1);
    const [{ n: publicInDistrict }] = await services.subgraphs.state!.db.query(
      `SELECT count(*)::int AS n FROM citizen_case
        WHERE unit_path LIKE '/VN/64/632/%' AND category = 'ETHNIC_RELIGIOUS_AFFAIRS' AND classification = 'PUBLIC'
          AND opened_on BETWEEN '2024-01-01' AND '2024-12-31'`,
    );
    expect(await ethnic('632')).toBe(publicInDistrict);
    expect(await ethnic('64')).toBeGreaterThanOrEqual(publicInDistrict + 1);
  });
});
