// @shopify/shopify-api configured for the test app, with its fetch routed to the emulator.
import '@shopify/shopify-api/adapters/node';
import { ApiVersion, shopifyApi, type Shopify } from '@shopify/shopify-api';
import { setAbstractFetchFunc } from '@shopify/shopify-api/runtime';
import type { Emulator } from '@tandem/emulator';
import { emulatorFetch } from '@tandem/web/shopify/emulator-fetch';
import { TEST_APP } from './harness.js';

/**
 * The app's own fetch adapter (the URL-scheme contract under test): shopify-api always calls https://{shop}/…; the emulator serves that at `${url}/shops/{shop}/…`.
 * Its fetch is module-global, so each test points it at its own emulator (none needed to validate webhooks).
 */
export function shopifyFor(emulator?: Emulator): Shopify {
  if (emulator) setAbstractFetchFunc(emulatorFetch(emulator.url));
  return shopifyApi({
    apiKey: TEST_APP.clientId,
    apiSecretKey: TEST_APP.clientSecret,
    scopes: [...TEST_APP.scopes],
    hostName: 'tandem-app.example',
    hostScheme: 'https',
    apiVersion: ApiVersion.October26,
    isEmbeddedApp: true,
    logger: { level: 0 },
  });
}
