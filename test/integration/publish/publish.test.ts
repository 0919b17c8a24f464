import { afterEach, describe, expect, it } from '@jest/globals';
import { createEmulator, type Emulator } from '@tandem/emulator';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { serializeOfferList, type PublishedOffer } from '@tandem/offer-core';
import { ensureMetafieldDefinitions } from '@tandem/web/offers/definitions';
import { publishShopConfig } from '@tandem/web/offers/publish-config';
import { publishOfferLists } from '@tandem/web/offers/publish-offers';
import { toStoredList } from '@tandem/web/offers/stored-list';
import { createAdminClient } from '@tandem/web/shopify/admin/client';
import type { AdminLogEvent } from '@tandem/web/shopify/admin/types';
import { emulatorFetch } from '@tandem/web/shopify/emulator-fetch';
import { DEFAULT_SETTINGS } from '@tandem/web/domain/settings';
import { createMemoryStores } from '@tandem/web/store/index';
import { ADMIN_API_VERSION } from '@tandem/web/config';

const SEED = generateDemoShop({ seed: 3, products: 80, orders: 50, domain: 'publish-test.myshopify.com' });
const SHOP = SEED.shop.domain;
const APP = {
  clientId: 'publish-client',
  clientSecret: 'publish-secret',
  appId: '7000077',
  scopes: ['read_products', 'write_products'],
};

let emulator: Emulator | undefined;
afterEach(async () => emulator?.close());

async function setUp(shopSettings: { bucketSize?: number } = {}) {
  emulator = await createEmulator({ apps: [APP], shops: [SEED], shopSettings: { [SHOP]: shopSettings } });
  const { accessToken } = await emulator.control.installApp({ shop: SHOP, clientId: APP.clientId });
  const events: AdminLogEvent[] = [];
  const client = createAdminClient({
    shop: SHOP,
    accessToken,
    apiVersion: ADMIN_API_VERSION,
    fetch: emulatorFetch(emulator.url),
    log: (event) => events.push(event),
  });
  return { client, events, stores: createMemoryStores(), control: emulator.control };
}

const offersFor = (index: number, score = 0.5): PublishedOffer[] => {
  const target = SEED.products[(index + 1) % SEED.products.length];
  return [
    {
      variantId: target?.variants[0]?.id ?? '',
      productId: target?.id ?? '',
      score,
      reason: 'bought_together',
      kind: 'xsell',
      support: 12,
    },
  ];
};

describe('publishing offers to metafields', () => {
  it('writes changed lists only, 25 per call, skipping products deleted since mining', async () => {
    // Given 60 computed lists, one for a product deleted from the shop after mining
    const { client, stores, control } = await setUp();
    const products = SEED.products.slice(0, 60);
    await stores.offers.putLists(
      SHOP,
      products.map((product, i) => toStoredList(product.id, offersFor(i), {}, '2026-11-20T00:00:00.000Z')),
    );
    await control.deleteProduct({ shop: SHOP, productId: products[7]?.id ?? '' });

    // When they are published
    const first = await publishOfferLists({ client, offers: stores.offers, shop: SHOP });

    // Then 59 are live in 3 batches (+1 resend without the missing owner), each exactly as serialised
    expect(first).toMatchObject({ written: 59, skippedMissing: [products[7]?.id], calls: 4 });
    const live = await control.metafield({
      shop: SHOP,
      ownerId: products[0]?.id ?? '',
      namespace: '$app:tandem',
      key: 'offers',
    });
    expect(live).toEqual({ type: 'json', value: serializeOfferList(offersFor(0)) });

    // When nothing changed, nothing is written; when two lists change, only they are
    expect(await publishOfferLists({ client, offers: stores.offers, shop: SHOP })).toMatchObject({
      written: 0,
      calls: 0,
    });
    await stores.offers.putLists(
      SHOP,
      [0, 1].map((i) =>
        toStoredList(products[i]?.id ?? '', offersFor(i, 0.9), {}, '2026-11-21T00:00:00.000Z'),
      ),
    );
    expect(await publishOfferLists({ client, offers: stores.offers, shop: SHOP })).toMatchObject({
      written: 2,
      calls: 1,
    });
  });

  it('skips and drops a stored list that does not read as an offer list, publishing the rest', async () => {
    // Given two stored lists, one of them unreadable (an offer without ids)
    const { client, stores, control } = await setUp();
    const [good, bad] = SEED.products;
    await stores.offers.putLists(SHOP, [
      toStoredList(good?.id ?? '', offersFor(0), {}, '2026-11-20T00:00:00.000Z'),
      { productId: bad?.id ?? '', offers: [{ k: 'xsell' }], computedAt: '2026-11-20T00:00:00.000Z' },
    ]);

    // When they are published
    const report = await publishOfferLists({ client, offers: stores.offers, shop: SHOP });

    // Then the readable one is live, the other is named and gone from the store, not sent to Shopify
    expect(report).toMatchObject({ written: 1, skippedInvalid: [bad?.id], calls: 1 });
    expect(await stores.offers.getList(SHOP, bad?.id ?? '')).toBeUndefined();
    const live = (id: string) =>
      control.metafield({ shop: SHOP, ownerId: id, namespace: '$app:tandem', key: 'offers' });
    expect(await live(good?.id ?? '')).toEqual({ type: 'json', value: serializeOfferList(offersFor(0)) });
    expect(await live(bad?.id ?? '')).toBeFalsy();
  });

  it('paces itself on a small bucket instead of getting throttled', async () => {
    // Given a shop whose bucket holds only 25 points (each metafieldsSet costs 11: 10 and its metafields payload)
    const { client, stores, events } = await setUp({ bucketSize: 25 });
    await stores.offers.putLists(
      SHOP,
      SEED.products
        .slice(0, 75)
        .map((product, i) => toStoredList(product.id, offersFor(i), {}, '2026-11-20T00:00:00.000Z')),
    );
    // When publishing needs more than the bucket
    const report = await publishOfferLists({ client, offers: stores.offers, shop: SHOP });
    // Then everything is written and the client waited rather than being throttled
    expect(report.written).toBe(75);
    expect(events.some((event) => event.type === 'throttle-wait')).toBe(true);
    expect(events.filter((event) => event.type === 'retry')).toEqual([]);
  });

  it('creates the metafield definitions once and publishes the shop config', async () => {
    const { client, control } = await setUp();
    expect(await ensureMetafieldDefinitions(client)).toEqual({ created: 3 });
    expect(await ensureMetafieldDefinitions(client)).toEqual({ created: 0 });
    const { value } = await publishShopConfig(client, SHOP, { ...DEFAULT_SETTINGS, holdoutPct: 20 });
    const live = await control.metafield({
      shop: SHOP,
      ownerId: SEED.shop.id,
      namespace: '$app:tandem',
      key: 'config',
    });
    expect(live?.value).toBe(value);
    expect(JSON.parse(value)).toMatchObject({ holdoutShare: 0.2, salt: SHOP, maxOffers: 3 });
  });
});
