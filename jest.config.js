/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/subgraphs', '<rootDir>/gateway'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // One embedded PostgreSQL for the whole run; each test file migrates and seeds
  // what it needs under an advisory lock (test/support/databases.ts).
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
  // A worker that ran many files holds their module registries: without a limit the two
  // workers grew to 2.1 GB of heap each over the run, and one of them often took longer than
  // jest allows to exit at the end ("a worker process has failed to exit gracefully", three
  // runs out of three). Recycled above 1 GB: at most 1.05 GB, the same time, no such warning.
  workerIdleMemoryLimit: '1GB',
  reporters: ['default', '<rootDir>/test/support/summaryReporter.js'],
};
