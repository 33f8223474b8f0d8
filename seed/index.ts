import type { DataSource } from 'typeorm';
import type { SubgraphName } from '../lib';

/**
 * The demo data (design section 8), kept apart from the product: each family's
 * seeder lives in `seed/<family>/` beside the shared world (`demo.ts`), and nothing a
 * subgraph runs in production imports it. `npm start`, `npm run seed` and the tests
 * seed through this function; seeding is idempotent (deterministic ids, ON CONFLICT DO
 * NOTHING).
 */
export function seedDemo(name: SubgraphName, db: DataSource): Promise<void> {
  /* eslint-disable @typescript-eslint/no-require-imports -- on demand: one family's seeder, not four */
  const seeders: Record<SubgraphName, () => { seedDemo(db: DataSource): Promise<void> }> = {
    party: () => require('./party'),
    state: () => require('./state'),
    front: () => require('./front'),
    'armed-forces': () => require('./armed-forces'),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return seeders[name]().seedDemo(db);
}
