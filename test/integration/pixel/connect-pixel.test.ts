import { afterEach, describe, expect, it } from '@jest/globals';
import { createEmulator, type Emulator } from '@tandem/emulator';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { ADMIN_API_VERSION } from '@tandem/web/config';
import { connectPixel } from '@tandem/web/pixel/connect-pixel';
import { createAdminClient } from '@tandem/web/shopify/admin/client';
import { WebPixelDocument } from '@tandem/web/shopify/admin/generated/graphql';
import { emulatorFetch } from '@tandem/web/shopify/emulator-fetch';
import { migrateToLatest } from '@tandem/web/store/index';
import { startAppHarness, type AppHarness } from '../../support/app-harness.js';
import { readPixelFields } from '../../support/app-toml.js';
import { openTestDatabase, type TestDatabase } from '../../support/db.js';

// The pixel only runs once the app connects it (webPixelCreate) with the settings its extension declares; the
// emulated Shopify holds the app to the scopes and to those declared fields, as Shopify does.

const SEED = generateDemoShop({ seed: 12, products: 20, orders: 20, domain: 'pixel-test.myshopify.com' });
const SHOP = SEED.shop.domain;
const PIXEL_SCOPES = ['read_products', 'write_pixels', 'read_customer_events'];

let emulator: Emulator | undefined;
let harness: AppHarness | undefined;
let db: TestDatabase | undefined;
afterEach(async () => {
  await emulator?.close();
  await harness?.close();
  await db?.drop();
  emulator = harness = db = undefined;
});

async function clientFor(options: { scopes: string[]; withExtension?: boolean }) {
  emulator = await createEmulator({
    apps: [
      {
        clientId: 'pixel-client',
        clientSecret: 'pixel-secret',
        appId: '7000099',
        scopes: options.scopes,
        ...(options.withExtension !== false && { webPixelFields: readPixelFields() }),
      },
    ],
    shops: [SEED],
  });
  const { accessToken } = await emulator.control.installApp({ shop: SHOP, clientId: 'pixel-client' });
  return createAdminClient({
    shop: SHOP,
    accessToken,
    apiVersion: ADMIN_API_VERSION,
    fetch: emulatorFetch(emulator.url),
    log: () => undefined,
  });
}

describe('connecting the web pixel', () => {
  it('creates it on install, leaves it when unchanged and updates it when the backend URL changes', async () => {
    const client = await clientFor({ scopes: PIXEL_SCOPES });
    const created = await connectPixel(client, { backendUrl: 'https://tandem.example' });
    expect(created).toEqual({
      kind: 'created',
      id: expect.stringMatching(/^gid:\/\/shopify\/WebPixel\/\d+$/),
    });
    expect(await connectPixel(client, { backendUrl: 'https://tandem.example' })).toEqual({
      kind: 'unchanged',
      id: created.kind === 'created' ? created.id : '',
    });
    expect((await connectPixel(client, { backendUrl: 'https://tandem.example.org' })).kind).toBe('updated');
    const { data } = await client.request(WebPixelDocument, {});
    expect(JSON.parse(String(data.webPixel?.settings))).toEqual({ backendUrl: 'https://tandem.example.org' });
  });

  it('is refused without write_pixels or read_customer_events, and with settings the extension does not declare', async () => {
    const noPixelScope = await clientFor({ scopes: ['read_products', 'read_customer_events'] });
    expect(await connectPixel(noPixelScope, { backendUrl: 'https://tandem.example' })).toEqual({
      kind: 'refused',
      reason: expect.stringContaining('write_pixels'),
    });
    await emulator?.close();
    const noEvents = await clientFor({ scopes: ['read_products', 'write_pixels'] });
    expect(await connectPixel(noEvents, { backendUrl: 'https://tandem.example' })).toEqual({
      kind: 'refused',
      reason: expect.stringContaining('read_customer_events'),
    });
    await emulator?.close();
    const client = await clientFor({ scopes: PIXEL_SCOPES });
    // The extension declares backendUrl with at least 8 characters, and nothing else
    expect(await connectPixel(client, { backendUrl: 'http:/' })).toEqual({
      kind: 'refused',
      reason: expect.stringContaining('INVALID_SETTINGS'),
    });
    expect(
      await connectPixel(client, { backendUrl: 'https://tandem.example', extra: 'x' } as {
        backendUrl: string;
      }),
    ).toEqual({ kind: 'refused', reason: expect.stringContaining('extra is not a declared setting') });
    await emulator?.close();
    const noExtension = await clientFor({ scopes: PIXEL_SCOPES, withExtension: false });
    expect(await connectPixel(noExtension, { backendUrl: 'https://tandem.example' })).toEqual({
      kind: 'refused',
      reason: expect.stringContaining('NO_EXTENSION'),
    });
  });

  it('the installed app connects its pixel with its own URL, under the scopes shopify.app.toml grants', async () => {
    db = await openTestDatabase('sqlite');
    await migrateToLatest(db.database);
    const h = (harness = await startAppHarness({ seeds: [SEED], database: db.database }));
    await h.openAppAndSync(SHOP);
    const { data } = await (await h.app.adminClient(SHOP)).request(WebPixelDocument, {});
    expect(JSON.parse(String(data.webPixel?.settings))).toEqual({ backendUrl: h.url });
  });
});
