// `npm test`'s jest projects, each runnable alone: `npm run test:unit|contract|integration|e2e`. They use files in
// the repo only; the evaluations on ../shared/datasets are jest.datasets.config.js's (`npm run test:datasets`).
import { maxWorkers, project, withServices } from './jest.projects.js';

export default {
  maxWorkers,
  projects: [
    project('unit', [
      'web/**/*.test.ts',
      'extensions/**/*.test.ts',
      'extensions/**/*.test.tsx',
      'test/unit/**/*.test.ts',
    ]),
    // Real services and servers take longer than unit code, especially on a loaded 2-core CI machine.
    project('contract', ['test/contract/**/*.test.ts'], {
      ...withServices,
      globals: { TANDEM_TEST_TIMEOUT_MS: 30_000 },
    }),
    project('integration', ['test/integration/**/*.test.ts'], {
      ...withServices,
      globals: { TANDEM_TEST_TIMEOUT_MS: 120_000 },
    }),
    project('e2e', ['test/e2e/**/*.test.ts'], {
      ...withServices,
      globals: { TANDEM_TEST_TIMEOUT_MS: 300_000 },
    }),
  ],
};
