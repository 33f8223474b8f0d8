import { Client } from 'pg';
import { ancestorsCte, descendantsQuery, MAX_HIERARCHY_DEPTH } from '../../lib';

/**
 * The hierarchy queries every family uses, on a table of their shape in the tests'
 * PostgreSQL: a tree, and a cycle that must not run away.
 */
let client: Client;
const TABLE = { table: 'org_tree', parentColumn: 'parent_id' };

beforeAll(async () => {
  client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`CREATE TEMPORARY TABLE org_tree (id text PRIMARY KEY, parent_id text)`);
  // VN ← 60 ← 596 ← 23035, 60 ← 598; and a cycle X → Y → X.
  await client.query(
    `INSERT INTO org_tree VALUES ('VN', NULL), ('60', 'VN'), ('596', '60'), ('23035', '596'), ('598', '60'), ('X', 'Y'), ('Y', 'X')`,
  );
});

afterAll(() => client?.end());

const ancestors = async (id: string) =>
  (await client.query(`WITH RECURSIVE ${ancestorsCte(TABLE, '$1')} SELECT id FROM ancestors ORDER BY depth`, [id])).rows.map((r) => r.id);
const descendants = async (id: string) => (await client.query(descendantsQuery(TABLE, '$1'), [id])).rows.map((r) => r.id).sort();

it('lists an organization and those above it, nearest first', async () => {
  expect(await ancestors('23035')).toEqual(['23035', '596', '60', 'VN']);
  expect(await ancestors('VN')).toEqual(['VN']);
  expect(await ancestors('nowhere')).toEqual([]);
});

it('lists an organization and every one below it', async () => {
  expect(await descendants('60')).toEqual(['23035', '596', '598', '60']);
  expect(await descendants('23035')).toEqual(['23035']);
});

it('stops at the depth guard on a cycle', async () => {
  expect(await ancestors('X')).toHaveLength(MAX_HIERARCHY_DEPTH + 1);
  expect(await descendants('X')).toEqual(expect.arrayContaining(['X', 'Y']));
});
