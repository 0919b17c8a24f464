// `npm run test:datasets`: offline evaluations on the public datasets beside the clone (../shared/datasets, see
// test/datasets/shared-datasets.ts). Not part of `npm test`: the data is not in the repo. CI runs both.
import { maxWorkers, project } from './jest.projects.js';

export default {
  maxWorkers,
  projects: [
    project('datasets', ['test/datasets/**/*.test.ts'], { globals: { TANDEM_TEST_TIMEOUT_MS: 300_000 } }),
  ],
};
