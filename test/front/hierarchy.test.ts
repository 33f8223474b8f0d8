import type { CountedDataSource, PlacedOrganization } from '../../lib';
import { demoOrganizations } from '../../seed/front/organizations';
import { organizationsAtOrBelow, superiorsOf } from '../../subgraphs/front/hierarchy';
import { seededDatabase } from '../support/databases';
import { eachOf, idsSelected } from '../support/hierarchy';

/**
 * The Front's hierarchy read both ways (subgraphs/front/hierarchy.ts): "above"
 * (`superiorsOf`) decides who may write for an organization, "below"
 * (`organizationsAtOrBelow`) whose RESTRICTED records an organization reads. They are
 * two queries of one rule, so X is above Y exactly when Y is below X. Checked on
 * every organization of one province and of the centre: the whole demo (about 3,000
 * organizations, two queries each) takes over 10 s on a shared machine, and the other
 * provinces' organizations are made by the same seeder (seed/front/organizations.ts).
 */
let db: CountedDataSource;

/** Bình Thuận (its 10 districts and their communes), and the centre above it. */
const PROVINCE_PATH = '/VN/60/';
const inScope = (o: { unitCode: string; unitPath: string }) => o.unitPath.startsWith(PROVINCE_PATH) || o.unitCode === 'VN';

beforeAll(async () => {
  db = await seededDatabase('front');
});

afterAll(async () => {
  await db?.destroy();
});

interface Row {
  id: string;
  kind: string;
  level: PlacedOrganization['level'];
  unit_code: string;
  unit_path: string;
}

const atOrBelow = (viewer: PlacedOrganization) => idsSelected(db, 'front_organization', organizationsAtOrBelow(viewer));

test('on every organization of Bình Thuận and the centre, X is above Y exactly when Y is below X', async () => {
  const rows: Row[] = await db.query(
    `SELECT id, kind, level, unit_code, unit_path FROM front_organization WHERE unit_path LIKE $1 || '%' OR unit_code = 'VN' ORDER BY id`,
    [PROVINCE_PATH],
  );
  expect(rows.map((row) => row.id)).toEqual(
    demoOrganizations()
      .filter(inScope)
      .map((o) => o.id)
      .sort(),
  );
  const scope = new Set(rows.map((row) => row.id));

  const above = new Set<string>();
  for (const [i, superiors] of (await eachOf(rows, (row) => superiorsOf(db.manager, row.id))).entries()) {
    // Only this province's and the centre's (a successor formed on 2025-07-01 is above its predecessors, elsewhere).
    for (const superior of superiors) if (scope.has(superior.id)) above.add(`${superior.id} > ${rows[i].id}`);
  }
  const below = new Set<string>();
  const notAtOrBelowItself: string[] = [];
  const viewers = rows.map((row): PlacedOrganization => ({
    type: 'FrontOrganization',
    id: row.id,
    kind: row.kind,
    level: row.level,
    unitCode: row.unit_code,
    unitPath: row.unit_path,
    unitPaths: [row.unit_path],
    validFrom: null,
    validTo: null,
    successorIds: [],
  }));
  for (const [i, ids] of (await eachOf(viewers, atOrBelow)).entries()) {
    const viewer = viewers[i].id;
    if (!ids.includes(viewer)) notAtOrBelowItself.push(viewer);
    // The central organizations are above those of every province: only this province's are compared.
    for (const id of ids) if (id !== viewer && scope.has(id)) below.add(`${viewer} > ${id}`);
  }

  // Not vacuous: every organization but the central ones has at least one above it.
  expect(above.size).toBeGreaterThan(rows.filter((row) => row.level !== 'CENTRAL').length);
  expect({
    aboveNotBelow: [...above].filter((pair) => !below.has(pair)),
    belowNotAbove: [...below].filter((pair) => !above.has(pair)),
    notAtOrBelowItself,
  }).toEqual({ aboveNotBelow: [], belowNotAbove: [], notAtOrBelowItself: [] });
});

test('lists the organizations above one nearest first, and none above the centre', async () => {
  // Phan Hòa commune (23035) in Bắc Bình district (596), Bình Thuận (60); since 2025-07-01 carried on by
  // Xã Bắc Bình (23005) in Lâm Đồng (68): a parent before a successor at the same step (lib/hierarchy.ts).
  expect(await superiorsOf(db.manager, 'WU-23035')).toEqual(
    ['WU-596', 'WU-23005-2025', 'WU-60', 'WU-68-2025', 'WU-VN'].map((id) => ({ type: 'FrontOrganization', id })),
  );
  expect(await superiorsOf(db.manager, 'WU-VN')).toEqual([]);
  expect(await superiorsOf(db.manager, 'WU-NOWHERE')).toEqual([]);
});
