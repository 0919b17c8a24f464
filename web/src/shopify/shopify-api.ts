// The node adapter wires shopify-api's runtime (crypto, fetch, request conversion) — Shopify's documented setup.
import '@shopify/shopify-api/adapters/node';
import { ApiVersion, LogSeverity, shopifyApi, type Shopify } from '@shopify/shopify-api';
import { setAbstractFetchFunc } from '@shopify/shopify-api/runtime';
import type { ShopifyConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { emulatorFetch } from './emulator-fetch.js';

const API_VERSIONS: Readonly<Record<ShopifyConfig['adminApiVersion'], ApiVersion>> = {
  '2026-10': ApiVersion.October26,
};

/**
 * The app's @shopify/shopify-api instance: OAuth and token exchange, session-token and webhook HMAC checks.
 * In emulator mode its fetch is routed to the emulator. shopify-api keeps that fetch in module state, so one
 * process talks to one emulator; production never sets it.
 */
export function createShopify(config: ShopifyConfig, logger: Logger): Shopify {
  if (config.mode === 'emulator') {
    if (!config.emulatorUrl)
      throw new Error('createShopify: emulator mode needs the emulator URL (start the emulator first)');
    setAbstractFetchFunc(emulatorFetch(config.emulatorUrl));
  }
  const appUrl = new URL(config.appUrl);
  const shopifyLog = logger.child({ component: 'shopify-api' });
  return shopifyApi({
    apiKey: config.apiKey,
    apiSecretKey: config.apiSecret,
    scopes: [...config.scopes],
    hostName: appUrl.host,
    hostScheme: appUrl.protocol === 'http:' ? 'http' : 'https',
    apiVersion: API_VERSIONS[config.adminApiVersion],
    isEmbeddedApp: true,
    logger: {
      level: LogSeverity.Warning,
      log: async (severity, message) => {
        if (severity <= LogSeverity.Error) shopifyLog.error(message);
        else shopifyLog.warn(message);
      },
    },
  });
}
