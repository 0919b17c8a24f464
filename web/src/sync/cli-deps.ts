import { createApp } from '../app.js';
import type { AppConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import { emulatorFetch } from '../shopify/emulator-fetch.js';
import type { SyncDeps, SyncOptions } from './types.js';

export interface SyncCliDeps {
  /** Everything runSync needs for one installed shop (its token comes from the app's session store). */
  forShop(
    shop: string,
    extra: Pick<SyncDeps, 'log' | 'signal'> & { readonly options: Omit<SyncOptions, 'customerHashKey'> },
  ): Promise<SyncDeps>;
  close(): Promise<void>;
}

/**
 * Builds the CLI's dependencies through the app's composition root, so the CLI writes the same database with the
 * same customer-hash key and Shopify access as the running app.
 */
export async function createSyncCliDeps(
  config: AppConfig,
  logDestination: NodeJS.WritableStream = process.stderr,
): Promise<SyncCliDeps> {
  const emulatorUrl = config.shopify.emulatorUrl;
  if (config.shopify.mode === 'emulator' && emulatorUrl === undefined) {
    throw new ConfigError(
      'SHOPIFY_EMULATOR_URL: required for `npm run sync` in emulator mode (the URL `npm run emulator` prints)',
    );
  }
  const app = await createApp(config, { role: 'web', logDestination });
  const shopifyFetch = emulatorUrl === undefined ? fetch : emulatorFetch(emulatorUrl);
  return {
    async forShop(shop, extra) {
      return {
        client: await app.adminClient(shop),
        stores: app.stores,
        shop,
        now: () => new Date(),
        fetch: shopifyFetch,
        ...(extra.log ? { log: extra.log } : {}),
        ...(extra.signal ? { signal: extra.signal } : {}),
        options: { ...extra.options, customerHashKey: config.shopify.apiSecret },
      };
    },
    close: () => app.close(),
  };
}
