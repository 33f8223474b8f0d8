/**
 * The project's library: what the gateway, every subgraph, the report command and the
 * scripts do the same way (configuration, database, tokens and who may read and write,
 * errors, the GraphQL server, loaders, pagination, the official units, periods). This
 * index is its public API: nothing outside `lib/` imports a module of it directly.
 */
export * from './audit';
export * from './auditLog';
export * from './auth';
export * from './authorization';
export * from './config';
export * from './database';
export * from './developerPage';
export * from './errors';
export * from './filters';
export * from './formatError';
export * from './graphqlServer';
export * from './hierarchy';
export * from './httpSemantics';
export * from './loaders';
export * from './logger';
export * from './mutations';
export * from './operationLimits';
export * from './organizationColumns';
export * from './organizations';
export * from './pagination';
export * from './paths';
export * from './peers';
export * from './periods';
export * from './promises';
export * from './records';
export * from './references';
export * from './run';
export * from './scalars';
export * from './seeding';
export * from './server';
export * from './shutdown';
export * from './statistics';
export * from './subgraph';
export * from './textInput';
export * from './units';
export * from './lineage';
export * from './validity';
export * from './validation';
export * from './visibility';
export * from './metrics';
