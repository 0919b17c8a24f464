// The store contracts against the sqlite backend.
import { afterAll, beforeAll, jest } from '@jest/globals';
import { openStoreBackend, type StoreBackend } from '../../support/db.js';
import { describeAllStoreContracts } from './all-contracts.js';
import { describeDatabaseContract } from './database.contract.js';

// Real database round trips on a machine shared with other suites: allow more than jest's 5 s default.
jest.setTimeout(30_000);

let backend: StoreBackend | undefined;

beforeAll(async () => {
  backend = await openStoreBackend('sqlite');
});

afterAll(async () => {
  await backend?.close();
});

describeAllStoreContracts('sqlite', (options) => {
  if (backend === undefined) throw new Error('sqlite backend did not open');
  return backend.fixture(options);
});
describeDatabaseContract('sqlite');
