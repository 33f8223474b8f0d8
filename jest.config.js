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
  // workers grew to 2.1 GB of heap each over the run. Recycled above 1 GB: at most 1.05 GB,
  // the same time. (Jest's "a worker process has failed to exit gracefully" at the end came
  // in three runs out of three without it and in one of three with it: not a leak of ours,
  // since no file leaves a handle or listener behind, but not explained either.)
  workerIdleMemoryLimit: '1GB',
  reporters: ['default', '<rootDir>/test/support/summaryReporter.js'],
};
