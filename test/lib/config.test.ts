import { setting } from '../../lib';
import { seededDatabase } from '../support/databases';

/** Each subgraph's connection pool is sized on its own (issue 11: pooled connections sized per subgraph). */
describe('<NAME>_DATABASE_POOL_SIZE', () => {
  it('is read with its rule: 10 when unset, 1 to 200 connections', () => {
    expect(setting('PARTY_DATABASE_POOL_SIZE', 10, {})).toBe(10);
    expect(setting('PARTY_DATABASE_POOL_SIZE', 10, { PARTY_DATABASE_POOL_SIZE: '25' })).toBe(25);
    expect(() => setting('FRONT_DATABASE_POOL_SIZE', 10, { FRONT_DATABASE_POOL_SIZE: '0' })).toThrow(
      'FRONT_DATABASE_POOL_SIZE: "0" is not a whole number of connections from 1 to 200',
    );
  });

  it("sizes the subgraph's pool", async () => {
    process.env.ARMED_FORCES_DATABASE_POOL_SIZE = '3';
    try {
      const db = await seededDatabase('armed-forces', 'pool_size');
      expect((db.driver as unknown as { master: { options: { max: number } } }).master.options.max).toBe(3);
      await db.destroy();
    } finally {
      delete process.env.ARMED_FORCES_DATABASE_POOL_SIZE;
    }
  });
});
