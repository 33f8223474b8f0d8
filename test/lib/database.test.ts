import { arrayLiteral, CountedDataSource } from '../../lib';
import { seededDatabase } from '../support/databases';

/**
 * What PostgreSQL makes of the values a subgraph sends and reads back, on a real server:
 * an array literal written the fast way reads back as the same array, whatever the text;
 * a `date` comes back as the text PostgreSQL wrote (no JavaScript Date in between).
 */
let db: CountedDataSource;

beforeAll(async () => {
  db = await seededDatabase('party');
});

afterAll(async () => {
  await db?.destroy();
});

describe('arrayLiteral', () => {
  const roundTrip = async (values: string[]) =>
    ((await db.query('SELECT $1::text[] AS a', [arrayLiteral(values)])) as { a: string[] }[])[0].a;

  it('reads back as the same text array, quotes, backslashes, separators and Vietnamese included', async () => {
    const values = ['PCOM-00001', 'a "quoted" name', 'back\\slash', 'x,y', '{braces}', ' padded ', '', 'NULL', 'Tỉnh Lâm Đồng'];
    expect(await roundTrip(values)).toEqual(values);
  });

  it('reads back control characters too (written element by element)', async () => {
    const values = ['line\nbreak', 'tab\there', 'back\\n not a newline'];
    // JSON would have escaped the newline as \n, which the literal reads as "n".
    expect(arrayLiteral(values)).toContain('\n');
    expect(await roundTrip(values)).toEqual(values);
  });

  it('writes numbers for integer arrays and an empty array', async () => {
    const [row] = (await db.query('SELECT $1::int[] AS n, $2::text[] AS e', [arrayLiteral([3, 1, 2]), arrayLiteral([])])) as {
      n: number[];
      e: string[];
    }[];
    expect(row).toEqual({ n: [3, 1, 2], e: [] });
  });
});

describe('dates', () => {
  it('come back as the YYYY-MM-DD text PostgreSQL wrote, infinity included', async () => {
    const [row] = (await db.query(`SELECT DATE '2025-06-30' AS day, 'infinity'::date AS open_end, ARRAY[DATE '2025-07-01'] AS days`)) as {
      day: unknown;
      open_end: unknown;
      days: unknown;
    }[];
    expect(row).toEqual({ day: '2025-06-30', open_end: 'infinity', days: ['2025-07-01'] });
  });
});
