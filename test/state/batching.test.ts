import { seedDemo } from '../../seed';
import { agencyRows } from '../../seed/state/agencies';
import { caseRows } from '../../seed/state/cases';
import { dialogueRows } from '../../seed/state/dialogues';
import { unitRows } from '../../seed/state/units';
import { SEEDING_TIMEOUT_MS, StateHarness, startState } from './support';

/** Nested lists cost a fixed number of statements however many parents they hang off. */
describe('state subgraph: batching and seeding', () => {
  let state: StateHarness;
  beforeAll(async () => {
    state = await startState();
  }, SEEDING_TIMEOUT_MS);
  afterAll(() => state.services.stop());

  // Each loader is reached from one branch only, so how batches form cannot depend on
  // which of two parallel statements answers first.
  const OVERVIEW = `#graphql
    query ($code: ID!) {
      administrativeUnit(code: $code) {
        name
        peoplesCommittee { name head { name } }
        children {
          code name
          parent { code }
          peoplesCommittee { id head { name title } }
          stateAgencies { id kind unit { code } }
          children { code }
          openCases: cases(includeDescendants: true, open: true) { reference responsibleAgency { name } dialogues { heldOn } }
          landCases: cases(includeDescendants: true, category: LAND_ACQUISITION_RESETTLEMENT) { reference }
          ownCases: cases { reference }
          dialogues(includeDescendants: true, from: "2023-01-01", to: "2024-12-31") { heldOn level case { reference } }
        }
      }
    }`;

  it('costs the same statements for a province of 10 districts and one of 17', async () => {
    const run = (code: string) =>
      state.services.countStatements(async () => {
        const { data, errors } = await state.query(OVERVIEW, { code });
        expect(errors).toBeUndefined();
        expect(data!.administrativeUnit.children.length).toBe(code === '60' ? 10 : 17);
      });
    const binhThuan = await run('60');
    const giaLai = await run('64');
    expect(binhThuan.state).toBe(giaLai.state);
    // One statement per list and entity at each depth: 16 here, whatever the number of districts
    // (among them the open cases' transfers, which say who is responsible today, and the
    // province's versions read again for the districts' `parent`, viewed on their last day).
    expect(binhThuan.state).toBe(16);
  });

  it('costs the same statements for nested lists under pages of different sizes', async () => {
    const query = `#graphql
      query ($first: Int) {
        cases(first: $first) {
          nodes { reference unit { code } responsibleAgency { id } dialogues { heldOn } }
        }
      }`;
    const small = await state.services.countStatements(() => state.query(query, { first: 3 }));
    const large = await state.services.countStatements(() => state.query(query, { first: 20 }));
    // The page, its count, then one statement each for units, transfers (who is responsible today), agencies and dialogues.
    expect(small.state).toBe(6);
    expect(large.state).toBe(small.state);
  });

  it('seeds idempotently: a second run adds and changes nothing', async () => {
    const db = state.services.subgraphs.state!.db;
    const snapshot = () =>
      db.query(`
        SELECT (SELECT count(*) FROM administrative_unit) AS units,
               (SELECT count(*) FROM state_agency) AS agencies,
               (SELECT count(*) FROM citizen_case) AS cases,
               (SELECT count(*) FROM dialogue) AS dialogues,
               (SELECT count(*) FROM case_transfer) AS transfers,
               (SELECT count(*) FROM audit_entry) AS audits,
               (SELECT max(updated_at) FROM citizen_case) AS last_update`);
    const before = await snapshot();
    await seedDemo('state', db);
    expect(await snapshot()).toEqual(before);
    // Every row the seed makes, both eras (1,547 unit versions, 3,095 agencies, 23 cases, 958 dialogues).
    expect(before[0]).toMatchObject({
      units: String(unitRows().length),
      agencies: String(agencyRows().length),
      cases: String(caseRows().length),
      dialogues: String(dialogueRows().length),
    });
    // The cases still open on 2025-06-30 whose agency ended were carried on, each by one audited transfer, once.
    expect(Number(before[0].transfers)).toBeGreaterThan(0);
    expect(before[0].audits).toBe(before[0].transfers);
  });
});
