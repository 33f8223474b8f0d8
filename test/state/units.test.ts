import { GraphQLResponse } from '../support/services';
import { covers } from '../../lib';
import { demoUnits, officialName, THREE_LEVEL_PROVINCES, TWO_LEVEL_PROVINCES } from '../../seed/demo';
import { expectBadInput, SEEDING_TIMEOUT_MS, StateHarness, startState } from './support';

/** A day of each era of the demo (design section 10): three levels until 2025-06-30, two from 2025-07-01. */
const THREE_LEVELS = '2024-12-31';
const TWO_LEVELS = '2026-03-15';

describe('state subgraph: administrative units and state agencies', () => {
  let state: StateHarness;
  beforeAll(async () => {
    state = await startState();
  }, SEEDING_TIMEOUT_MS);
  afterAll(() => state.services.stop());

  const UNIT = `#graphql
    query ($code: ID!, $asOf: Date) {
      administrativeUnit(code: $code, asOf: $asOf) {
        code name unitType level
        parent { code }
        children { code level }
        stateAgencies { id kind }
        peoplesCommittee { id name head { name title } }
      }
    }`;

  it('returns a province with its districts, ordered by code', async () => {
    const { data, errors } = await state.query(UNIT, { code: '60' });
    expect(errors).toBeUndefined();
    const unit = data!.administrativeUnit;
    expect(unit).toMatchObject({ code: '60', name: 'Tỉnh Bình Thuận', unitType: 'Tỉnh', level: 'PROVINCIAL', parent: { code: 'VN' } });
    expect(unit.children).toHaveLength(10);
    expect(unit.children.every((c: any) => c.level === 'DISTRICT')).toBe(true);
    const codes = unit.children.map((c: any) => c.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toEqual(expect.arrayContaining(['593', '595', '596', '598']));
  });

  it.each([
    ['64', 17],
    ['30', 12],
    ['596', 18],
  ])('unit %s has %i children', async (code, count) => {
    const { data } = await state.query(UNIT, { code });
    expect(data!.administrativeUnit.children).toHaveLength(count);
  });

  it.each([
    // The provinces of the sources and those they merged with, until 2025-06-30.
    [THREE_LEVELS, [...THREE_LEVEL_PROVINCES].sort()],
    // The three provinces formed from them on 2025-07-01, and today.
    [TWO_LEVELS, [...TWO_LEVEL_PROVINCES].sort()],
    [undefined, [...TWO_LEVEL_PROVINCES].sort()],
  ])('returns the nation as of %s with the demo provinces and the central agencies', async (asOf, provinces) => {
    const { data, errors } = await state.query(UNIT, { code: 'VN', asOf });
    expect(errors).toBeUndefined();
    expect(data!.administrativeUnit).toMatchObject({
      code: 'VN',
      level: 'CENTRAL',
      parent: null,
      children: provinces.map((code) => ({ code, level: 'PROVINCIAL' })),
      stateAgencies: [
        { id: 'GOV-VN', kind: 'GOVERNMENT' },
        { id: 'MOT-VN', kind: 'MINISTRY' },
      ],
      peoplesCommittee: null,
    });
  });

  it('returns null for a unit outside the demo and for an unknown code', async () => {
    for (const code of ['01', 'XX']) {
      const { data, errors } = await state.query(UNIT, { code });
      expect(errors).toBeUndefined();
      expect(data!.administrativeUnit).toBeNull();
    }
  });

  it("lists a unit's agencies: People's Committee, People's Council, then the rest by id", async () => {
    const { data } = await state.query(UNIT, { code: '60' });
    expect(data!.administrativeUnit.stateAgencies).toEqual([
      { id: 'PCOM-60', kind: 'PEOPLES_COMMITTEE' },
      { id: 'PCOU-60', kind: 'PEOPLES_COUNCIL' },
      { id: 'DONRE-60', kind: 'DEPARTMENT' },
    ]);
    expect(data!.administrativeUnit.peoplesCommittee).toEqual({
      id: 'PCOM-60',
      name: 'Ủy ban nhân dân tỉnh Bình Thuận',
      head: { name: officialName('PCOM-60'), title: 'Chủ tịch' },
    });
  });

  it('names a commune, its parent and its organizations', async () => {
    const { data } = await state.query(UNIT, { code: '23035' });
    expect(data!.administrativeUnit).toEqual({
      code: '23035',
      name: 'Xã Phan Hòa',
      unitType: 'Xã',
      level: 'COMMUNE',
      parent: { code: '596' },
      children: [],
      stateAgencies: [
        { id: 'PCOM-23035', kind: 'PEOPLES_COMMITTEE' },
        { id: 'PCOU-23035', kind: 'PEOPLES_COUNCIL' },
      ],
      peoplesCommittee: {
        id: 'PCOM-23035',
        name: 'Ủy ban nhân dân xã Phan Hòa',
        head: { name: officialName('PCOM-23035'), title: 'Chủ tịch' },
      },
    });
  });

  const AGENCY = `#graphql
    query ($id: ID!) {
      stateAgency(id: $id) { id name kind level unit { code } head { name title } parentAgency { id } }
    }`;

  it('returns the central agencies and a department with their heads', async () => {
    const government = await state.query(AGENCY, { id: 'GOV-VN' });
    expect(government.data!.stateAgency).toEqual({
      id: 'GOV-VN',
      name: 'Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam',
      kind: 'GOVERNMENT',
      level: 'CENTRAL',
      unit: { code: 'VN' },
      head: { name: 'Phạm Minh Chính', title: 'Thủ tướng Chính phủ' },
      parentAgency: null,
    });
    const ministry = await state.query(AGENCY, { id: 'MOT-VN' });
    expect(ministry.data!.stateAgency).toMatchObject({ name: 'Bộ Giao thông vận tải', kind: 'MINISTRY', level: 'CENTRAL' });
    const department = await state.query(AGENCY, { id: 'DONRE-60' });
    expect(department.data!.stateAgency).toEqual({
      id: 'DONRE-60',
      name: 'Sở Tài nguyên và Môi trường tỉnh Bình Thuận',
      kind: 'DEPARTMENT',
      level: 'PROVINCIAL',
      unit: { code: '60' },
      head: { name: officialName('DONRE-60'), title: 'Giám đốc' },
      parentAgency: { id: 'PCOM-60' },
    });
    const council = await state.query(AGENCY, { id: 'PCOU-596' });
    expect(council.data!.stateAgency).toEqual({
      id: 'PCOU-596',
      name: 'Hội đồng nhân dân huyện Bắc Bình',
      kind: 'PEOPLES_COUNCIL',
      level: 'DISTRICT',
      unit: { code: '596' },
      head: { name: officialName('PCOU-596'), title: 'Chủ tịch' },
      parentAgency: null,
    });
    const unknown = await state.query(AGENCY, { id: 'PCOM-01' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.stateAgency).toBeNull();
  });

  const UNITS = `#graphql
    query ($filter: AdministrativeUnitFilter, $first: Int, $after: String) {
      administrativeUnits(filter: $filter, first: $first, after: $after) {
        nodes { code name }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }`;

  /** The demo's unit versions in force on `day`, by level, as the seed makes them (`demoUnits`). */
  function seededCounts(day: string): Record<string, number> {
    const counts: Record<string, number> = { CENTRAL: 0, PROVINCIAL: 0, DISTRICT: 0, COMMUNE: 0 };
    for (const u of demoUnits().filter((v) => covers(v, day))) counts[u.level] += 1;
    return counts;
  }

  it.each([
    // Seven provinces, 83 districts (Bình Thuận 10, Hải Dương 12, Gia Lai 17 among them) and 1,080 communes.
    [THREE_LEVELS, { CENTRAL: 1, PROVINCIAL: 7, DISTRICT: 83, COMMUNE: 1080 }],
    // Three provinces and their 373 communes; no district.
    [TWO_LEVELS, { CENTRAL: 1, PROVINCIAL: 3, DISTRICT: 0, COMMUNE: 373 }],
  ])('counts the seeded units in force on %s by level', async (asOf, expected) => {
    expect(seededCounts(asOf)).toEqual(expected);
    const counts: Record<string, number> = {};
    for (const level of ['CENTRAL', 'PROVINCIAL', 'DISTRICT', 'COMMUNE']) {
      const { data } = await state.query(UNITS, { filter: { level, asOf }, first: 1 });
      counts[level] = data!.administrativeUnits.totalCount;
    }
    expect(counts).toEqual(expected);
    const all = await state.query(UNITS, { filter: { asOf }, first: 1 });
    expect(all.data!.administrativeUnits.totalCount).toBe(Object.values(expected).reduce((a, b) => a + b));
    // Without asOf, the units in force today: the two-level era.
    const today = await state.query(UNITS, { first: 1 });
    expect(today.data!.administrativeUnits.totalCount).toBe(Object.values(seededCounts(TWO_LEVELS)).reduce((a, b) => a + b));
  });

  it('filters units by parent and by name, case-insensitively', async () => {
    const communes = await state.query(UNITS, { filter: { asOf: THREE_LEVELS, parentCode: '596', level: 'COMMUNE' }, first: 200 });
    expect(communes.data!.administrativeUnits.totalCount).toBe(18);
    expect(communes.data!.administrativeUnits.nodes[0]).toEqual({ code: '23005', name: 'Thị trấn Chợ Lầu' });
    // Bắc Bình district ended on 2025-06-30: nothing is below it today.
    const today = await state.query(UNITS, { filter: { parentCode: '596' } });
    expect(today.data!.administrativeUnits.totalCount).toBe(0);
    const named = await state.query(UNITS, { filter: { asOf: THREE_LEVELS, parentCode: '596', nameContains: 'PHAN H' } });
    expect(named.data!.administrativeUnits.nodes).toEqual([
      { code: '23035', name: 'Xã Phan Hòa' },
      { code: '23044', name: 'Xã Phan Hiệp' },
    ]);
    const percent = await state.query(UNITS, { filter: { nameContains: '%' } });
    expect(percent.data!.administrativeUnits.totalCount).toBe(0);
  });

  it('pages through units with cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { data, errors }: GraphQLResponse = await state.query(UNITS, {
        filter: { asOf: THREE_LEVELS, parentCode: '596' },
        first: 7,
        after,
      });
      expect(errors).toBeUndefined();
      const connection: any = data!.administrativeUnits;
      expect(connection.totalCount).toBe(18);
      seen.push(...connection.nodes.map((n: any) => n.code));
      pages += 1;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(18);
    expect(new Set(seen).size).toBe(18);
    expect(seen).toEqual([...seen].sort());
  });

  it('refuses bad page sizes, cursors and unit codes, naming the field', async () => {
    expectBadInput(await state.query(UNITS, { first: 0 }), 'first');
    expectBadInput(await state.query(UNITS, { first: 500 }), 'first');
    expectBadInput(await state.query(UNITS, { after: 'not-a-cursor' }), 'after');
    expectBadInput(await state.query(UNITS, { after: Buffer.from('[1, 2]').toString('base64url') }), 'after');
    expectBadInput(await state.query(UNITS, { filter: { parentCode: '99999' } }), 'filter.parentCode');
    expectBadInput(await state.query(UNITS, { filter: { nameContains: 'x'.repeat(101) } }), 'filter.nameContains');
  });

  const AGENCIES = `#graphql
    query ($filter: StateAgencyFilter, $first: Int, $after: String) {
      stateAgencies(filter: $filter, first: $first, after: $after) {
        nodes { id }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }`;

  it('counts the seeded agencies: a committee and a council per unit, plus the central ones and DONRE-60', async () => {
    const all = await state.query(AGENCIES, { first: 1 });
    // Every unit version below the nation in both eras (1,546) × 2, + GOV-VN, MOT-VN, DONRE-60.
    const versions = demoUnits().filter((u) => u.level !== 'CENTRAL').length;
    expect(versions).toBe(1546);
    expect(all.data!.stateAgencies.totalCount).toBe(2 * versions + 3);
    const binhThuan = await state.query(AGENCIES, { filter: { unitCode: '60', includeDescendants: true }, first: 1 });
    expect(binhThuan.data!.stateAgencies.totalCount).toBe(2 * 132 + 1);
    const province = await state.query(AGENCIES, { filter: { unitCode: '60' } });
    expect(province.data!.stateAgencies.nodes.map((n: any) => n.id)).toEqual(['DONRE-60', 'PCOM-60', 'PCOU-60']);
    const districtCommittees = await state.query(AGENCIES, {
      filter: { unitCode: '64', includeDescendants: true, kind: 'PEOPLES_COMMITTEE', level: 'DISTRICT' },
      first: 200,
    });
    expect(districtCommittees.data!.stateAgencies.totalCount).toBe(17);
    expect(districtCommittees.data!.stateAgencies.nodes.every((n: any) => n.id.startsWith('PCOM-6'))).toBe(true);
    const ministries = await state.query(AGENCIES, { filter: { kind: 'MINISTRY' } });
    expect(ministries.data!.stateAgencies.nodes).toEqual([{ id: 'MOT-VN' }]);
  });

  it('pages through agencies with cursors', async () => {
    const filter = { unitCode: '596', includeDescendants: true };
    const first = await state.query(AGENCIES, { filter, first: 30 });
    expect(first.data!.stateAgencies).toMatchObject({ totalCount: 38, pageInfo: { hasNextPage: true } });
    const second = await state.query(AGENCIES, { filter, first: 30, after: first.data!.stateAgencies.pageInfo.endCursor });
    expect(second.data!.stateAgencies.nodes).toHaveLength(8);
    expect(second.data!.stateAgencies.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.data!.stateAgencies.nodes, ...second.data!.stateAgencies.nodes].map((n: any) => n.id);
    expect(new Set(ids).size).toBe(38);
  });

  it('refuses an unknown unit code in the agency filter', async () => {
    expectBadInput(await state.query(AGENCIES, { filter: { unitCode: 'nowhere' } }), 'filter.unitCode');
    expectBadInput(await state.query(AGENCIES, { first: 201 }), 'first');
  });
});
