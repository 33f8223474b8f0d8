import { inWaves, listLoader, recordLoader } from '../../lib';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A record loader whose batches are recorded, answering after `delayMs`. */
function recordingLoader(delayMs: number, batches: string[][]) {
  return recordLoader(
    async (ids) => {
      batches.push([...ids]);
      await sleep(delayMs);
      return ids.map((id) => ({ id }));
    },
    (row) => row.id,
  );
}

describe('loaders created in waves', () => {
  it('batch the loads that two branches make after batches of different speed into one statement', async () => {
    const batches: string[][] = [];
    const { fast, slow, agency } = inWaves(() => ({
      fast: recordingLoader(1, []),
      slow: recordingLoader(30, []),
      agency: recordingLoader(1, batches),
    }));
    // Two branches: each first loads its list, then the agency of what it got.
    await Promise.all([fast.load('case').then(() => agency.load('PCOM-598')), slow.load('dialogue').then(() => agency.load('PCOM-596'))]);
    expect(batches).toEqual([['PCOM-598', 'PCOM-596']]);
  });

  it('answers in key order with null for a missing record, and lists per parent', async () => {
    const { byId, byParent } = inWaves(() => ({
      byId: recordLoader(
        async () => [{ id: 'b' }, { id: 'a' }],
        (row) => row.id,
      ),
      byParent: listLoader(
        async () => [
          { id: 'x', parent: 'p1' },
          { id: 'y', parent: 'p1' },
          { id: 'z', parent: 'p2' },
        ],
        (row) => row.parent,
      ),
    }));
    expect(await byId.loadMany(['a', 'missing', 'b'])).toEqual([{ id: 'a' }, null, { id: 'b' }]);
    expect((await byParent.loadMany(['p1', 'p2', 'p3'])).map((rows) => (rows as { id: string }[]).map((r) => r.id))).toEqual([
      ['x', 'y'],
      ['z'],
      [],
    ]);
  });

  it('without waves (DataLoader default) may take two batches for the same two branches', async () => {
    const batches: string[][] = [];
    const fast = recordingLoader(1, []);
    const slow = recordingLoader(30, []);
    const agency = recordingLoader(1, batches);
    await Promise.all([fast.load('case').then(() => agency.load('PCOM-598')), slow.load('dialogue').then(() => agency.load('PCOM-596'))]);
    expect(batches).toEqual([['PCOM-598'], ['PCOM-596']]);
  });
});
