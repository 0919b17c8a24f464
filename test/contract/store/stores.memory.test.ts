// The store contracts against the memory backend.
import { afterAll, beforeAll } from '@jest/globals';
import { openStoreBackend, type StoreBackend } from '../../support/db.js';
import { describeAllStoreContracts } from './all-contracts.js';

let backend: StoreBackend | undefined;

beforeAll(async () => {
  backend = await openStoreBackend('memory');
});

afterAll(async () => {
  await backend?.close();
});

describeAllStoreContracts('memory', (options) => {
  if (backend === undefined) throw new Error('memory backend did not open');
  return backend.fixture(options);
});
