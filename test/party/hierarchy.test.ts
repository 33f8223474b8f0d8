import {
  inForceOn,
  partyBodyAbove,
  vietnamDate,
  type CountedDataSource,
  type OrganizationRef,
  type PlacedOrganization,
  type Validity,
} from '../../lib';
import { demoUnits } from '../../seed/demo';
import { commissionRows, committeeRows } from '../../seed/party/organizations';
import { aboveCommission, aboveUnitCommittee, committeesAbove, committeesFrom, placeOrganization } from '../../subgraphs/party/hierarchy';
import { seededDatabase } from '../support/databases';
import { eachOf } from '../support/hierarchy';
import { SEEDING_TIMEOUT_MS } from './support';

/**
 * The party's hierarchy read both ways (subgraphs/party/hierarchy.ts). For writes, the
 * owner of a record and the bodies above it (`aboveUnitCommittee` for a committee's
 * records, `aboveCommission` for a commission's) may change it; for RESTRICTED reads the
 * party has no "below" rule of its own: the library's rule (b) lets the party bodies of
 * the record's unit or of a unit above it see it, a body standing over its unit's
 * lineage (design section 10: Lâm Đồng's committee formed on 2025-07-01 sees what Bình
 * Thuận's did). The two must say the same thing, or a body could write what it may not
 * read, or read a record of a body it has no say over. A body not in force today reads
 * nothing RESTRICTED and writes nothing (lib/organizations.ts), so the bodies that act
 * are those in force today. So, for every party body Y of the demo data, of both eras,
 * and every body X in force today (each of the 1,641 placed and its superiors read,
 * some seconds):
 *
 * - X is Y or above Y for writes (an organization that carried Y on stands above it,
 *   lib/hierarchy.ts) exactly when X sees, by rule (b), a RESTRICTED record placed at
 *   Y's unit (Y's documents and reports); no body is listed twice above another;
 * - for Y in force today (no one reports in the name of a body that has ended: it is
 *   refused, test/party/submitReport.test.ts), who may submit a report in Y's name
 *   (`committeesAbove` for a committee, `committeesFrom` for a commission, beside Y
 *   itself) is narrower by design: the committees among those bodies, and no other
 *   commission, since a report speaks for its committee and commissions only receive
 *   copies.
 */
let db: CountedDataSource;

beforeAll(async () => {
  db = await seededDatabase('party');
}, SEEDING_TIMEOUT_MS);

afterAll(async () => {
  await db?.destroy();
});

/** A party body of the demo data, with its unit, its validity and, for a commission, its committee. */
interface Body extends OrganizationRef, Validity {
  unitPath: string;
  partyCommitteeId: string | null;
}

const key = (organization: OrganizationRef) => `${organization.type}:${organization.id}`;

test('on every party body of the demo data, the write rule and rule (b) of visibility agree', async () => {
  const bodies: Body[] = [
    ...committeeRows().map((row) => ({
      type: 'PartyCommittee' as const,
      id: row.id,
      unitPath: row.unitPath,
      validFrom: row.validFrom,
      validTo: row.validTo,
      partyCommitteeId: null,
    })),
    ...commissionRows().map((row) => ({
      type: 'MassMobilizationCommission' as const,
      id: row.id,
      unitPath: row.unitPath,
      validFrom: row.validFrom,
      validTo: row.validTo,
      partyCommitteeId: row.partyCommitteeId,
    })),
  ];
  // Each viewer as the subgraph places it from its own records.
  const viewers = await eachOf(bodies, async (body) => ({
    placed: (await placeOrganization(db, body.type, body.id)) as PlacedOrganization,
  }));
  expect(viewers.filter((viewer) => !viewer.placed)).toEqual([]);
  const today = vietnamDate(new Date());
  const acting = bodies.map((body) => inForceOn(body, today));

  /** The bodies in force today that see, by rule (b), a RESTRICTED record placed at `body`'s unit. */
  const readers = (body: Body) =>
    bodies.filter(
      (other, i) => acting[i] && partyBodyAbove({ sub: 'test', org: other, roles: ['reader'], placed: viewers[i].placed }, body.unitPath),
    );
  const actingKeys = new Set(bodies.filter((_, i) => acting[i]).map(key));
  const committeesOnly = (organizations: readonly OrganizationRef[]) => organizations.filter((o) => o.type === 'PartyCommittee');
  const sorted = (organizations: readonly OrganizationRef[]) => organizations.map(key).sort();
  const minus = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x));

  const mismatches: { body: string; writersOnly: string[]; readersOnly: string[] }[] = [];
  const reportMismatches: { body: string; submitters: string[]; expected: string[] }[] = [];
  const aboveItself: string[] = [];
  const listedTwice: string[] = [];
  await eachOf(bodies, async (body) => {
    const [above, reportAbove] =
      body.type === 'PartyCommittee'
        ? await Promise.all([aboveUnitCommittee(db.manager, body.id), committeesAbove(db.manager, body.id)])
        : await Promise.all([aboveCommission(db.manager, body.partyCommitteeId!), committeesFrom(db.manager, body.partyCommitteeId!)]);
    if ([...above, ...reportAbove].some((o) => key(o) === key(body))) aboveItself.push(key(body));
    for (const list of [above, reportAbove]) if (new Set(list.map(key)).size !== list.length) listedTwice.push(key(body));
    const writers = [...new Set(sorted([body, ...above]))].filter((k) => actingKeys.has(k));
    const seeing = readers(body);
    if (writers.join() !== sorted(seeing).join()) {
      mismatches.push({ body: key(body), writersOnly: minus(writers, sorted(seeing)), readersOnly: minus(sorted(seeing), writers) });
    }
    if (!actingKeys.has(key(body))) return;
    const submitters = [...new Set(sorted([body, ...reportAbove]))];
    const expected = sorted([body, ...committeesOnly(seeing).filter((o) => key(o) !== key(body))]);
    if (submitters.join() !== expected.join()) reportMismatches.push({ body: key(body), submitters, expected });
  });

  // Not vacuous: the whole demo, a committee for each of its 1,547 unit versions and a
  // commission for each of the 94 above commune level (seed/demo.ts `demoUnits`); the
  // ones in force today are the two-level era's and the Central ones.
  const units = demoUnits();
  expect(bodies.length).toBe(units.length + units.filter((unit) => unit.level !== 'COMMUNE').length);
  expect(bodies.length).toBe(1641);
  expect(acting.filter(Boolean).length).toBeGreaterThan(300);
  // How many disagree, and the first few of them (the whole list runs to thousands of lines).
  expect({
    disagreeing: mismatches.length,
    first: mismatches.slice(0, 5),
    reportMismatches,
    aboveItself,
    listedTwice: listedTwice.length,
    firstListedTwice: listedTwice.slice(0, 5),
  }).toEqual({ disagreeing: 0, first: [], reportMismatches: [], aboveItself: [], listedTwice: 0, firstListedTwice: [] });
});

test('lists the bodies above one nearest first, commission before committee at each unit, each once, and none for an unknown committee', async () => {
  // Phan Hòa commune (23035) in Bắc Bình district (596), Bình Thuận (60): a commune committee has no commission.
  // They ended on 2025-06-30; the bodies that carry them on stand above them too (design section 10):
  // Xã Bắc Bình's committee (PC-23005-2025, formed from Phan Hòa's) and Lâm Đồng's (formed from Bình Thuận's).
  // Bắc Bình district's committee has no successor: no district organization was formed on 2025-07-01.
  const refs = (...ids: string[]) =>
    ids.map((id) => ({ type: id.startsWith('PC-') ? 'PartyCommittee' : 'MassMobilizationCommission', id }));
  expect(await aboveUnitCommittee(db.manager, 'PC-23035')).toEqual(
    refs('MMC-596', 'PC-596', 'PC-23005-2025', 'MMC-60', 'PC-60', 'MMC-68-2025', 'PC-68-2025', 'MMC-VN', 'PC-VN'),
  );
  // Nearest first by steps, a parent before a successor at the same step (lib/hierarchy.ts):
  // Bình Thuận's committee, then the Central Committee above it, then Lâm Đồng's, which carried it on.
  expect(await aboveCommission(db.manager, 'PC-596')).toEqual(
    refs('PC-596', 'MMC-60', 'PC-60', 'MMC-VN', 'PC-VN', 'MMC-68-2025', 'PC-68-2025'),
  );
  expect(await committeesAbove(db.manager, 'PC-596')).toEqual(refs('PC-60', 'PC-VN', 'PC-68-2025'));
  expect(await committeesFrom(db.manager, 'PC-596')).toEqual(refs('PC-596', 'PC-60', 'PC-VN', 'PC-68-2025'));
  // Xã Bắc Bình (23005) since 2025-07-01: directly under Lâm Đồng (68), two levels.
  expect(await aboveUnitCommittee(db.manager, 'PC-23005-2025')).toEqual(refs('MMC-68-2025', 'PC-68-2025', 'MMC-VN', 'PC-VN'));
  expect(await committeesAbove(db.manager, 'PC-23005-2025')).toEqual(refs('PC-68-2025', 'PC-VN'));
  expect(await aboveUnitCommittee(db.manager, 'PC-VN')).toEqual(refs('MMC-VN'));
  expect(await aboveUnitCommittee(db.manager, 'PC-NOWHERE')).toEqual([]);
});
