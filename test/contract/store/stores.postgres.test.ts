// The store contracts against the postgres backend.
import { afterAll, beforeAll, jest } from '@jest/globals';
import { openStoreBackend, type StoreBackend } from '../../support/db.js';
import { describeAllStoreContracts } from './all-contracts.js';
import { describeDatabaseContract } from './database.contract.js';

// Real database round trips on a machine shared with other suites: allow more than jest's 5 s default.
jest.setTimeout(30_000);

let backend: StoreBackend | undefined;

beforeAll(async () => {
  backend = await openStoreBackend('postgres');
});

afterAll(async () => {
  await backend?.close();
});

describeAllStoreContracts('postgres', (options) => {
  if (backend === undefined) throw new Error('postgres backend did not open');
  return backend.fixture(options);
});
describeDatabaseContract('postgres');
