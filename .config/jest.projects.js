// What every jest project shares; jest.config.js (`npm test`) and jest.datasets.config.js (`npm run
// test:datasets`) list the projects. Jest runs TypeScript ESM through SWC (type-checking is `tsc -b`'s job).
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
];

/** @param {string} displayName @param {string[]} testMatch @param {Record<string, unknown>} [extra] */
export const project = (displayName, testMatch, extra = {}) => ({
  displayName,
  rootDir,
  testMatch: testMatch.map((glob) => `<rootDir>/${glob}`),
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.tsx?$': swc },
  // Sources import siblings as './x.js' (NodeNext); jest must find the .ts file.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // Workspace packages export their TypeScript sources under this condition.
  testEnvironmentOptions: { customExportConditions: ['tandem-source', 'node', 'node-addons'] },
  setupFilesAfterEnv: ['<rootDir>/test/support/block-network.ts', '<rootDir>/test/support/timeout.ts'],
  ...extra,
});

// PostgreSQL and Redis found or started once per run (jest runs a hook path shared by projects once), only when a
// project that needs them has tests selected: `npm run test:unit` starts nothing.
export const withServices = {
  globalSetup: '<rootDir>/.config/jest-services-setup.js',
  globalTeardown: '<rootDir>/.config/jest-services-teardown.js',
};

// Every core (jest's default leaves one idle: half of a 2-core CI machine). Files are isolated by random schemas,
// prefixes and ports. Capped because each worker's files start app processes and Postgres pools.
export const maxWorkers = Math.min(4, os.availableParallelism());
