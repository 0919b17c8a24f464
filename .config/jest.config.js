// Jest runs TypeScript ESM through SWC (type-checking is `tsc -b`'s job, not the test runner's).
// Four projects, so suites can be run alone: `npm run test:unit|contract|integration|e2e`.
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
const project = (displayName, testMatch, extra = {}) => ({
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

export default {
  projects: [
    project('unit', [
      'web/**/*.test.ts',
      'extensions/**/*.test.ts',
      'extensions/**/*.test.tsx',
      'test/unit/**/*.test.ts',
    ]),
    // Real services and servers take longer than unit code, especially on a loaded 2-core CI machine.
    project('contract', ['test/contract/**/*.test.ts'], { globals: { TANDEM_TEST_TIMEOUT_MS: 30_000 } }),
    project('integration', ['test/integration/**/*.test.ts'], {
      globals: { TANDEM_TEST_TIMEOUT_MS: 120_000 },
    }),
    project('e2e', ['test/e2e/**/*.test.ts'], { globals: { TANDEM_TEST_TIMEOUT_MS: 300_000 } }),
  ],
};
