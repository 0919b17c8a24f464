// Per-project test timeout (jest reads testTimeout only globally): the project passes TANDEM_TEST_TIMEOUT_MS
// through its globals.
import { jest } from '@jest/globals';

const timeout = (globalThis as { TANDEM_TEST_TIMEOUT_MS?: number }).TANDEM_TEST_TIMEOUT_MS;
if (timeout) jest.setTimeout(timeout);
