/**
 * `npm run tokens:rekey`: reseals every stored session (access and refresh tokens) under TOKEN_ENCRYPTION_KEY.
 * Key rotation, with the app running throughout:
 *   1. deploy with the new key as TOKEN_ENCRYPTION_KEY and the old one in TOKEN_ENCRYPTION_PREVIOUS_KEYS
 *      (every process can then read both and writes only under the new one);
 *   2. run this command once, with the same environment;
 *   3. drop the old key from TOKEN_ENCRYPTION_PREVIOUS_KEYS and deploy again.
 * Also seals rows written before tokens were encrypted.
 */
import { loadConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import { createDatabase, createStores, migrateToLatest } from './index.js';
import { createTokenCipher } from './shared/token-cipher.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = createDatabase(config.database);
  try {
    await migrateToLatest(database);
    const stores = createStores(database, { tokenCipher: createTokenCipher(config.tokenKeys) });
    const rewritten = await stores.sessions.rekey();
    process.stdout.write(
      `${rewritten} session${rewritten === 1 ? '' : 's'} resealed under the current key (${database.target}); ` +
        'every stored token now opens with TOKEN_ENCRYPTION_KEY alone\n',
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
