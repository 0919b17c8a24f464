// Jest globalSetup for the projects that talk to PostgreSQL and Redis: finds or starts them before any worker
// starts (workers inherit the TEST_* variables it sets). Plain JS loading the TypeScript through tsx, because
// jest loads global hooks as CommonJS, where the sources' NodeNext './x.js' specifiers do not resolve.
import { tsImport } from 'tsx/esm/api';

export default async function setup() {
  /** @type {typeof import('../test/support/services/index.ts')} */
  const services = await tsImport('../test/support/services/index.ts', import.meta.url);
  const provided = await services.provideTestServices();
  // Read back by jest-services-teardown.js, which jest runs in this same process.
  globalThis.tandemTestServices = provided;
  console.log(`\n${provided.summary.map((line) => `test services: ${line}`).join('\n')}`);
}
