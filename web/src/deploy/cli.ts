/**
 * `npm run app:config`: writes shopify.app.live.toml (gitignored) at the repository root for `shopify app deploy
 * --config live` and `shopify app build --config live`, from shopify.app.toml, SHOPIFY_API_KEY and SHOPIFY_APP_URL.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDeployConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import { LIVE_TOML_FILE, liveAppToml } from './live-app-toml.js';

async function main(): Promise<void> {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const app = loadDeployConfig();
  const committed = await readFile(path.join(root, 'shopify.app.toml'), 'utf8');
  await writeFile(path.join(root, LIVE_TOML_FILE), liveAppToml(committed, app));
  process.stdout.write(`wrote ${LIVE_TOML_FILE} for client ${app.clientId} at ${app.appUrl}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
