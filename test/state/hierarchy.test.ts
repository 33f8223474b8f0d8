import type { DataSource } from 'typeorm';
import { StateAgency } from '../../subgraphs/state/entities/StateAgency';
import { agenciesAbove, agenciesAtOrBelow } from '../../subgraphs/state/hierarchy';
import { seededDatabase } from '../support/databases';
import { eachOf, idsSelected } from '../support/hierarchy';

/**
 * The state's hierarchy is one rule written twice: "above" (`agenciesAbove`, who may
 * act for an agency) and "below" (`agenciesAtOrBelow`, whose RESTRICTED records an
 * agency reads). On the seeded demo data, for every agency X of Bình Thuận and the
 * central ones and every agency Y: X is above Y exactly when Y is at or below X (X ≠ Y).
 */
let db: DataSource;
let agencies: StateAgency[];

beforeAll(async () => {
  db = await seededDatabase('state');
  agencies = await db.getRepository(StateAgency).find({ order: { id: 'ASC' } });
});
afterAll(() => db?.destroy());

/** The ids `agenciesAtOrBelow(viewer)` selects. */
async function atOrBelow(viewer: StateAgency): Promise<Set<string>> {
  const { id, kind, level, unitCode, unitPath } = viewer;
  return new Set(
    await idsSelected(
      db,
      'state_agency',
      agenciesAtOrBelow({
        type: 'StateAgency',
        id,
        kind,
        level,
        unitCode,
        unitPath,
        unitPaths: [unitPath],
        validFrom: null,
        validTo: null,
        successorIds: [],
      }),
    ),
  );
}

it('puts X above Y exactly when it puts Y at or below X', async () => {
  // X: every agency of Bình Thuận and the central ones; Y: every agency.
  const sample = agencies.filter((a) => a.unitPath === '/VN/' || a.unitPath.startsWith('/VN/60/'));
  // "Above" turned around into the shape of "below": for each X, itself and the agencies it is above.
  const aboveTurned = new Map<string, Set<string>>(sample.map((x) => [x.id, new Set([x.id])]));
  await eachOf(agencies, async (y) => {
    for (const x of await agenciesAbove(db, y)) aboveTurned.get(x.id)?.add(y.id);
  });
  const below = new Map<string, Set<string>>();
  await eachOf(sample, async (x) => {
    below.set(x.id, await atOrBelow(x));
  });

  const disagreements = sample
    .filter((x) => !setsEqual(below.get(x.id)!, aboveTurned.get(x.id)!))
    .map((x) => ({
      agency: x.id,
      onlyBelow: difference(below.get(x.id)!, aboveTurned.get(x.id)!),
      onlyAbove: difference(aboveTurned.get(x.id)!, below.get(x.id)!),
    }));
  expect(disagreements).toEqual([]);

  // Not vacuous: every rule of the hierarchy is met on the way.
  expect(sample.map((x) => x.kind)).toEqual(
    expect.arrayContaining(['GOVERNMENT', 'MINISTRY', 'PEOPLES_COMMITTEE', 'PEOPLES_COUNCIL', 'DEPARTMENT']),
  );
  for (const x of ['PCOM-596', 'PCOM-60', 'GOV-VN']) expect(below.get(x)).toContain('PCOM-23035');
  expect(below.get('PCOM-60')).toContain('DONRE-60');
  expect(below.get('PCOM-596')).not.toContain('PCOM-598');
  expect(below.get('PCOU-596')).toEqual(new Set(['PCOU-596']));
  expect(below.get('GOV-VN')!.size).toBe(agencies.length);
});

function setsEqual(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}

/** At most a few ids of `a` not in `b`, enough to say what went wrong. */
function difference(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((id) => !b.has(id)).slice(0, 5);
}
