import { Client } from 'pg';
import { ancestorsCte, descendantsQuery } from '../../lib';

/**
 * The hierarchy queries every family uses, on a table of their shape in the tests'
 * PostgreSQL: a tree, successions (design section 10), and a cycle that must not run away.
 */
let client: Client;
const TABLE = { table: 'org_tree', parentColumn: 'parent_id' };

beforeAll(async () => {
  client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`CREATE TEMPORARY TABLE org_tree (id text PRIMARY KEY, parent_id text, predecessor_ids text[] NOT NULL DEFAULT '{}')`);
  // VN ← 60 ← 596 ← 23035, 60 ← 598; and a cycle X → Y → X.
  await client.query(
    `INSERT INTO org_tree VALUES ('VN', NULL), ('60', 'VN'), ('596', '60'), ('23035', '596'), ('598', '60'), ('X', 'Y'), ('Y', 'X')`,
  );
  // 68-2025 carried 60 on (VN ← 68-2025 ← 23005-2025, which carried 23035 on).
  await client.query(`INSERT INTO org_tree VALUES ('68-2025', 'VN', '{60}'), ('23005-2025', '68-2025', '{23035}')`);
});

afterAll(() => client?.end());

const ancestors = async (id: string) =>
  (await client.query(`WITH RECURSIVE ${ancestorsCte(TABLE, '$1')} SELECT id FROM ancestors ORDER BY rank, id`, [id])).rows.map(
    (r) => r.id,
  );
const descendants = async (id: string) => (await client.query(descendantsQuery(TABLE, '$1'), [id])).rows.map((r) => r.id).sort();

it('lists an organization and those above it, nearest first', async () => {
  expect((await ancestors('598')).slice(0, 2)).toEqual(['598', '60']);
  expect(await ancestors('VN')).toEqual(['VN']);
  expect(await ancestors('nowhere')).toEqual([]);
});

it('lists an organization and every one below it', async () => {
  expect(await descendants('60')).toEqual(['23035', '596', '598', '60']);
  expect(await descendants('23035')).toEqual(['23035']);
});

it('puts a successor above what it carried on: it reads and acts for its predecessors’ records', async () => {
  // Nearest first, each once, a parent before a successor at the same step.
  expect(await ancestors('23035')).toEqual(['23035', '596', '23005-2025', '60', '68-2025', 'VN']);
  expect(await descendants('68-2025')).toEqual(['23005-2025', '23035', '23035', '596', '598', '60', '68-2025'].sort());
  expect(await descendants('23005-2025')).toEqual(['23005-2025', '23035']);
});

it('stops at the depth guard on a cycle', async () => {
  expect(await ancestors('X')).toEqual(['X', 'Y']);
  expect(await descendants('X')).toEqual(expect.arrayContaining(['X', 'Y']));
});
