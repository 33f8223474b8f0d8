import {
  allUnitVersions,
  carriedOnBy,
  lineage,
  nearestUnit,
  notInForce,
  referenceUnit,
  requireUnitPath,
  TWO_LEVEL_FIRST_DAY,
  unitVersions,
  viewAt,
} from '../../lib';

/**
 * The official units over time (lib/units.ts, design section 10), from the three files
 * in `data/`: the lists before and after 2025-07-01 and the commune mapping. Figures
 * from `../shared/data/README.md`.
 */
describe('units over time', () => {
  it('holds every unit that ever existed: 63/696/10,047 until 2025-06-30, 34/3,321 from 2025-07-01', () => {
    const count = (day: string, level: string) =>
      allUnitVersions().filter((u) => u.level === level && referenceUnit(u.code, day) === u).length;
    expect([count('2025-06-30', 'PROVINCIAL'), count('2025-06-30', 'DISTRICT'), count('2025-06-30', 'COMMUNE')]).toEqual([63, 696, 10_047]);
    expect([count('2025-07-01', 'PROVINCIAL'), count('2025-07-01', 'DISTRICT'), count('2025-07-01', 'COMMUNE')]).toEqual([34, 0, 3_321]);
  });

  it('keeps one line of units under a code: 23005 was Chợ Lầu (Bắc Bình district) and is Xã Bắc Bình (Lâm Đồng)', () => {
    const [old, now] = unitVersions('23005');
    expect([old.name, old.parentCode, old.path, old.validFrom, old.validTo]).toEqual([
      'Thị trấn Chợ Lầu',
      '596',
      '/VN/60/596/23005/',
      null,
      '2025-06-30',
    ]);
    expect([now.name, now.parentCode, now.path, now.validFrom, now.validTo]).toEqual([
      'Xã Bắc Bình',
      '68',
      '/VN/68/23005/',
      '2025-07-01',
      null,
    ]);
    expect(referenceUnit('52', '2025-06-30')!.name).toBe('Tỉnh Bình Định');
    expect(referenceUnit('52', '2025-07-01')!.name).toBe('Tỉnh Gia Lai');
  });

  it('keeps a province that merged with none as one version: Hà Nội (01)', () => {
    expect(unitVersions('01').map((u) => [u.validFrom, u.validTo])).toEqual([[null, null]]);
    expect(referenceUnit('01', '2024-01-01')).toBe(referenceUnit('01', '2026-01-01'));
  });

  it('names successors and predecessors from the mapping, partial where a commune was divided', () => {
    const binhThuan = unitVersions('60')[0];
    expect(binhThuan.successors.map((s) => [s.unit.code, s.on, s.partial])).toEqual([['68', TWO_LEVEL_FIRST_DAY, false]]);
    const lamDong = referenceUnit('68', '2025-07-01')!;
    expect(lamDong.predecessors.map((p) => p.unit.code).sort()).toEqual(['60', '67', '68']);
    expect(unitVersions('23035')[0].successors.map((s) => s.unit.code)).toEqual(['23005']);
    const bacBinh = referenceUnit('23005', '2025-07-01')!;
    expect(bacBinh.predecessors.map((p) => p.unit.code)).toContain('23035');
    // A divided commune: every successor is partial, and names it as a partial predecessor.
    const divided = allUnitVersions().find((u) => u.successors.length > 1 && u.level === 'COMMUNE')!;
    expect(divided.successors.every((s) => s.partial)).toBe(true);
    expect(divided.successors[0].unit.predecessors.find((p) => p.unit === divided)!.partial).toBe(true);
    // A district ended into the communes that took over its communes, each partial.
    const district = unitVersions('596')[0];
    expect(district.successors.length).toBeGreaterThan(1);
    expect(district.successors.every((s) => s.partial && s.unit.parentCode === '68')).toBe(true);
  });

  it('says in one line why a unit cannot answer for a day', () => {
    expect(notInForce('60', '2025-09-30')).toBe('Bình Thuận (60) ended on 2025-06-30; it is part of Lâm Đồng (68)');
    expect(notInForce('596', '2026-03-31')).toBe('Bắc Bình (596) ended on 2025-06-30; it is part of Lâm Đồng (68)');
    expect(notInForce('68', '2026-03-31')).toBeNull();
    expect(() => requireUnitPath('input.unitCode', '596', '2026-01-01')).toThrow(/ended on 2025-06-30; it is part of Lâm Đồng \(68\)/);
  });

  it('views an ended unit on its last day and finds what carried it on', () => {
    expect(viewAt('60', '2026-12-02')).toEqual({ code: '60', asOf: '2025-06-30' });
    expect(viewAt('68', '2026-12-02')).toEqual({ code: '68', asOf: '2026-12-02' });
    expect(nearestUnit('23005', '2024-12-31')!.name).toBe('Thị trấn Chợ Lầu');
    expect(carriedOnBy('23035', '2026-12-02')!.name).toBe('Xã Bắc Bình');
    expect(carriedOnBy('596', '2026-12-02')!.code).toBe('68');
  });

  it("gives a unit's lineage over a range: its own subtree while in force, its predecessors' before", () => {
    const segments = lineage(referenceUnit('68', '2026-01-01')!, { from: '2025-01-01', to: '2025-12-31' });
    expect(segments).toEqual(
      expect.arrayContaining([
        { pattern: '/VN/68/%', from: '2025-07-01', to: '2025-12-31' },
        { pattern: '/VN/60/%', from: '2025-01-01', to: '2025-06-30' },
        { pattern: '/VN/67/%', from: '2025-01-01', to: '2025-06-30' },
        { pattern: '/VN/68/%', from: '2025-01-01', to: '2025-06-30' },
      ]),
    );
    expect(segments).toHaveLength(4);
    // A range after the change needs no predecessor.
    expect(lineage(referenceUnit('68', '2026-01-01')!, { from: '2026-01-01', to: '2026-03-31' })).toEqual([
      { pattern: '/VN/68/%', from: '2026-01-01', to: '2026-03-31' },
    ]);
  });
});
