import type { CountedDataSource, PlacedOrganization } from '../../lib';
import { demoArmedUnits } from '../../seed/armed-forces';
import { commandChain, unitsAtOrBelow } from '../../subgraphs/armed-forces/hierarchy';
import { seededDatabase } from '../support/databases';
import { eachOf, idsSelected } from '../support/hierarchy';

/**
 * The chain of command read both ways (subgraphs/armed-forces/hierarchy.ts): "above"
 * (`commandChain`) decides who may write for a unit, "below" (`unitsAtOrBelow`)
 * whose RESTRICTED records a unit reads. They are two queries of one rule, so X is
 * above Y exactly when Y is below X. Checked on every armed unit of the demo data.
 */
let db: CountedDataSource;

beforeAll(async () => {
  db = await seededDatabase('armed-forces');
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

const atOrBelow = (viewer: PlacedOrganization) => idsSelected(db, 'armed_unit', unitsAtOrBelow(viewer));

test('on every armed unit of the demo, X is above Y exactly when Y is below X', async () => {
  const rows: Row[] = await db.query(`SELECT id, kind, level, unit_code, unit_path FROM armed_unit ORDER BY id`);
  expect(rows.map((row) => row.id)).toEqual(
    demoArmedUnits()
      .map((unit) => unit.id)
      .sort(),
  );

  const above = new Set<string>();
  const missing: string[] = [];
  for (const [i, chain] of (await eachOf(rows, (row) => commandChain(db, row.id))).entries()) {
    if (chain?.unit.id !== rows[i].id) missing.push(rows[i].id);
    for (const superior of chain?.above ?? []) above.add(`${superior.id} > ${rows[i].id}`);
  }
  const below = new Set<string>();
  const notAtOrBelowItself: string[] = [];
  const viewers = rows.map((row): PlacedOrganization => ({
    type: 'ArmedUnit',
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
    for (const id of ids) if (id !== viewer) below.add(`${viewer} > ${id}`);
  }

  // Not vacuous: every unit below a province has at least two above it (its province's command and further up).
  expect(above.size).toBeGreaterThan(rows.filter((row) => row.level === 'DISTRICT' || row.level === 'COMMUNE').length * 2);
  expect({
    missing,
    aboveNotBelow: [...above].filter((pair) => !below.has(pair)),
    belowNotAbove: [...below].filter((pair) => !above.has(pair)),
    notAtOrBelowItself,
  }).toEqual({ missing: [], aboveNotBelow: [], belowNotAbove: [], notAtOrBelowItself: [] });
});

test('gives a unit where it is stationed and the units above it, nearest first; nothing for an unknown id', async () => {
  // Phan Hòa commune (23035) in Bắc Bình district (596), Bình Thuận (60).
  expect(await commandChain(db, 'POL-23035')).toEqual({
    unit: { id: 'POL-23035', unitCode: '23035', unitPath: '/VN/60/596/23035/' },
    // Since 2025-07-01 carried on by Xã Bắc Bình's police and Lâm Đồng's: a parent before a successor at the same step.
    above: ['POL-596', 'POL-23005-2025', 'POL-60', 'POL-68-2025', 'POL-VN'].map((id) => ({ type: 'ArmedUnit', id })),
  });
  expect(await commandChain(db, 'MC-23035')).toEqual({
    unit: { id: 'MC-23035', unitCode: '23035', unitPath: '/VN/60/596/23035/' },
    // The regional defense command that took over Bắc Bình's command (RDC-68-2025-2) is above Xã Bắc Bình's.
    above: ['MC-596', 'MC-23005-2025', 'MC-60', 'RDC-68-2025-2', 'MC-68-2025', 'MR-7'].map((id) => ({ type: 'ArmedUnit', id })),
  });
  // The Border Guard High Command above a province's border guard is not in the demo world; Lâm Đồng's carried Bình Thuận's on.
  expect(await commandChain(db, 'BG-60')).toEqual({
    unit: { id: 'BG-60', unitCode: '60', unitPath: '/VN/60/' },
    above: [{ type: 'ArmedUnit', id: 'BG-68-2025' }],
  });
  expect(await commandChain(db, 'BG-68-2025')).toEqual({ unit: { id: 'BG-68-2025', unitCode: '68', unitPath: '/VN/68/' }, above: [] });
  expect(await commandChain(db, 'GDP-VN')).toEqual({ unit: { id: 'GDP-VN', unitCode: 'VN', unitPath: '/VN/' }, above: [] });
  expect(await commandChain(db, 'MC-NOWHERE')).toBeNull();
});
