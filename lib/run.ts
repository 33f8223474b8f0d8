import { prepareTokenVerification } from './auth';
import { databaseReadUrlsFor, databaseUrlFor, envPrefix, keyDirFromDataDir, portFor, setting } from './config';
import { createDataSource, CountedDataSource } from './database';
import { logger } from './logger';
import { startSubgraphServer } from './server';
import { stopOnShutdown, whenStopping } from './shutdown';
import { SubgraphDefinition } from './subgraph';

/**
 * Opens the subgraph's database; with `migrate`, brings its schema up to date first.
 * `readUrls` are its read replicas (`<NAME>_DATABASE_READ_URLS` for a serving
 * subgraph): the scripts that migrate and seed need only the primary.
 */
export async function openDatabase<L>(
  definition: SubgraphDefinition<L>,
  url: string,
  { migrate, readUrls }: { migrate: boolean; readUrls?: readonly string[] },
): Promise<CountedDataSource> {
  // Each subgraph's pool sized on its own (`<NAME>_DATABASE_POOL_SIZE`): the party's compliance queries are not the Front's lists.
  const poolSize = setting(`${envPrefix(definition.name)}_DATABASE_POOL_SIZE`, 10);
  const dataSource = createDataSource({ url, readUrls, entities: definition.entities, migrations: definition.migrations, poolSize });
  await dataSource.initialize();
  if (migrate) await runPendingMigrations(dataSource);
  return dataSource;
}

/**
 * Runs the migrations not yet applied, each in its own transaction, and returns
 * their names (none when the schema is up to date). One way for the subgraphs at
 * start-up, `npm start` and `npm run migrate`.
 */
export async function runPendingMigrations(dataSource: CountedDataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}

/**
 * The entry point of one subgraph process (`npm run start:<name>`): how an
 * organization runs its own subgraph against its own database.
 */
export async function runSubgraph<L>(definition: SubgraphDefinition<L>): Promise<void> {
  stopOnShutdown();
  keyDirFromDataDir();
  const url = databaseUrlFor(definition.name);
  if (!url) {
    logger.error(
      `set ${envPrefix(definition.name)}_DATABASE_URL or DATABASE_URL to run the ${definition.name} subgraph alone, or use npm start`,
    );
    process.exit(1);
  }
  await prepareTokenVerification();
  // Migrations run at start-up unless the deployment runs them as a separate step.
  const dataSource = await openDatabase(definition, url, {
    migrate: setting('MIGRATE_ON_START', true),
    readUrls: databaseReadUrlsFor(definition.name),
  });
  whenStopping(() => dataSource.destroy());
  const server = await startSubgraphServer(definition, dataSource, portFor(definition.name));
  whenStopping(() => server.stop());
  logger.info({ url: server.url }, `${definition.name} subgraph ready`);
}

/** True when none of the subgraph's tables holds a row: a new database, to be seeded. */
export async function isEmpty(dataSource: CountedDataSource): Promise<boolean> {
  const tables = dataSource.entityMetadatas.map((m) => `SELECT 1 FROM "${m.tableName}"`);
  const [{ populated }] = await dataSource.query(`SELECT ${tables.map((t) => `EXISTS (${t})`).join(' OR ')} AS populated`);
  return !populated;
}
