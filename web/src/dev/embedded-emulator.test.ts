// The demo's embedded emulator grants the app what it asks for: a scope the app requests but the emulated app lacks
// makes Shopify refuse those writes (the demo's buyer profiles failed on write_customers before).
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { createEmulator, DEMO_APP, type Emulator } from '@tandem/emulator';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { loadConfig } from '../config.js';
import { emulatedApp } from './embedded-emulator.js';

describe('the embedded emulator', () => {
  jest.setTimeout(30_000);
  let emulator: Emulator | undefined;
  afterEach(async () => {
    await emulator?.close();
  });

  it('grants the demo app every scope the app requests, so it may write buyer profiles', async () => {
    // Given the app's configuration in emulator mode (its default scopes)
    const config = loadConfig({});
    const seed = generateDemoShop({ seed: 3, products: 5, orders: 5, domain: 'scopes-test.myshopify.com' });
    emulator = await createEmulator({ apps: [emulatedApp(DEMO_APP, config)], shops: [seed] });

    // When the merchant installs it
    const { scope } = await emulator.control.installApp({
      shop: seed.shop.domain,
      clientId: config.shopify.apiKey,
    });

    // Then the token carries every requested scope, customer metafields included
    expect(scope.split(',').sort()).toEqual([...config.shopify.scopes].sort());
    expect(scope.split(',')).toContain('write_customers');
  });
});
