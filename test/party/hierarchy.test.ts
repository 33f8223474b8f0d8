import { partyBodyAbove, type CountedDataSource, type OrganizationRef, type PlacedOrganization } from '../../lib';
import { commissionRows, committeeRows } from '../../seed/party/organizations';
import { aboveCommission, aboveUnitCommittee, committeesAbove, committeesFrom, placeOrganization } from '../../subgraphs/party/hierarchy';
import { seededDatabase } from '../support/databases';
import { eachOf } from '../support/hierarchy';

/**
 * The party's hierarchy read both ways (subgraphs/party/hierarchy.ts). For writes, the
 * owner of a record and the bodies above it (`aboveUnitCommittee` for a committee's
 * records, `aboveCommission` for a commission's) may change it; for RESTRICTED reads the
 * party has no "below" rule of its own: the library's rule (b) lets the party bodies of
 * the record's unit or of a unit above it see it. The two must say the same thing, or
 * a body could write what it may not read, or read a record of a body it has no say
 * over. So, for every pair of party bodies X and Y of the demo data (each of the 632
 * placed and its superiors read, a few seconds):
 *
 * - X is Y or above Y for writes exactly when X sees, by rule (b), a RESTRICTED record
 *   placed at Y's unit (Y's documents and reports);
 * - who may submit a report in Y's name (`committeesAbove` for a committee,
 *   `committeesFrom` for a commission, beside Y itself) is narrower by design: the
 *   committees among those bodies, and no other commission, since a report speaks for
 *   its committee and commissions only receive copies.
 */
let db: CountedDataSource;

beforeAll(async () => {
  db = await seededDatabase('party');
});

afterAll(async () => {
  await db?.destroy();
});

/** A party body of the demo data, with its unit and, for a commission, its committee. */
interface Body extends OrganizationRef {
  unitPath: string;
  partyCommitteeId: string | null;
}

const key = (organization: OrganizationRef) => `${organization.type}:${organization.id}`;

test('on every party body of the demo data, the write rule and rule (b) of visibility agree', async () => {
  const bodies: Body[] = [
    ...committeeRows().map((row) => ({ type: 'PartyCommittee' as const, id: row.id, unitPath: row.unitPath, partyCommitteeId: null })),
    ...commissionRows().map((row) => ({
      type: 'MassMobilizationCommission' as const,
      id: row.id,
      unitPath: row.unitPath,
      partyCommitteeId: row.partyCommitteeId,
    })),
  ];
  // Each viewer as the subgraph places it from its own records.
  const viewers = await eachOf(bodies, async (body) => ({
    placed: (await placeOrganization(db, body.type, body.id)) as PlacedOrganization,
  }));
  expect(viewers.filter((viewer) => !viewer.placed)).toEqual([]);

  /** The bodies that see, by rule (b), a RESTRICTED record placed at `body`'s unit. */
  const readers = (body: Body) =>
    bodies.filter((other, i) => partyBodyAbove({ sub: 'test', org: other, roles: ['reader'], placed: viewers[i].placed }, body.unitPath));
  const committeesOnly = (organizations: readonly OrganizationRef[]) => organizations.filter((o) => o.type === 'PartyCommittee');
  const sorted = (organizations: readonly OrganizationRef[]) => organizations.map(key).sort();

  const mismatches: { body: string; writers: string[]; readers: string[] }[] = [];
  const reportMismatches: { body: string; submitters: string[]; expected: string[] }[] = [];
  const aboveItself: string[] = [];
  await eachOf(bodies, async (body) => {
    const [above, reportAbove] =
      body.type === 'PartyCommittee'
        ? await Promise.all([aboveUnitCommittee(db.manager, body.id), committeesAbove(db.manager, body.id)])
        : await Promise.all([aboveCommission(db.manager, body.partyCommitteeId!), committeesFrom(db.manager, body.partyCommitteeId!)]);
    if ([...above, ...reportAbove].some((o) => key(o) === key(body))) aboveItself.push(key(body));
    const writers = sorted([body, ...above]);
    const seeing = readers(body);
    if (writers.join() !== sorted(seeing).join()) mismatches.push({ body: key(body), writers, readers: sorted(seeing) });
    const submitters = sorted([body, ...reportAbove]);
    const expected = sorted([body, ...committeesOnly(seeing).filter((o) => key(o) !== key(body))]);
    if (submitters.join() !== expected.join()) reportMismatches.push({ body: key(body), submitters, expected });
  });

  // Not vacuous: the whole demo, 589 committees and 43 commissions.
  expect(bodies.length).toBe(632);
  expect({ mismatches, reportMismatches, aboveItself }).toEqual({ mismatches: [], reportMismatches: [], aboveItself: [] });
});

test('lists the bodies above one nearest first, commission before committee at each unit, and none for an unknown committee', async () => {
  // Phan Hòa commune (23035) in Bắc Bình district (596), Bình Thuận (60): a commune committee has no commission.
  const refs = (...ids: string[]) =>
    ids.map((id) => ({ type: id.startsWith('PC-') ? 'PartyCommittee' : 'MassMobilizationCommission', id }));
  expect(await aboveUnitCommittee(db.manager, 'PC-23035')).toEqual(refs('MMC-596', 'PC-596', 'MMC-60', 'PC-60', 'MMC-VN', 'PC-VN'));
  expect(await aboveCommission(db.manager, 'PC-596')).toEqual(refs('PC-596', 'MMC-60', 'PC-60', 'MMC-VN', 'PC-VN'));
  expect(await committeesAbove(db.manager, 'PC-596')).toEqual(refs('PC-60', 'PC-VN'));
  expect(await committeesFrom(db.manager, 'PC-596')).toEqual(refs('PC-596', 'PC-60', 'PC-VN'));
  expect(await aboveUnitCommittee(db.manager, 'PC-VN')).toEqual(refs('MMC-VN'));
  expect(await aboveUnitCommittee(db.manager, 'PC-NOWHERE')).toEqual([]);
});
