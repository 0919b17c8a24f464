// The preview's server side against a real emulator over HTTP (Shopify faked only at its boundary: the emulator).
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { createEmulator, DEMO_APP, type EmulatedOrder, type Emulator } from '@tandem/emulator';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import {
  dayNumber,
  OFFER_VARIANTS_QUERY,
  offerVariantsVariables,
  serializeProfile,
} from '@tandem/offer-core';
import express from 'express';
import request from 'supertest';
import { ADMIN_API_VERSION } from '../../config.js';
import { DEFAULT_SETTINGS } from '../../domain/settings.js';
import { errorMiddleware } from '../../http/error-middleware.js';
import { createLogger } from '../../logger.js';
import { profileInput } from '../../profiles/publish-profiles.js';
import { ensureMetafieldDefinitions } from '../../offers/definitions.js';
import { publishShopConfig } from '../../offers/publish-config.js';
import { publishOfferLists } from '../../offers/publish-offers.js';
import { setMetafieldsSkippingMissingOwners } from '../../offers/set-metafields.js';
import { createAdminClient } from '../../shopify/admin/client.js';
import { emulatorFetch } from '../../shopify/emulator-fetch.js';
import { createMemoryStores } from '../../store/index.js';
import { runSync } from '../../sync/run-sync.js';
import { previewRoutes } from './index.js';

const SEED = generateDemoShop({ seed: 5, products: 12, orders: 30, domain: 'preview-test.myshopify.com' });
const SHOP = SEED.shop.domain;

async function previewApp(emulator: Emulator) {
  const { accessToken } = await emulator.control.installApp({ shop: SHOP, clientId: DEMO_APP.clientId });
  const client = createAdminClient({
    shop: SHOP,
    accessToken,
    apiVersion: ADMIN_API_VERSION,
    fetch: emulatorFetch(emulator.url),
  });
  const stores = createMemoryStores();
  const placed: EmulatedOrder[] = [];
  const logger = createLogger({ logLevel: 'silent' });
  const app = express()
    .use(express.json())
    .use(
      previewRoutes({
        emulatorUrl: emulator.url,
        stores,
        adminClient: async () => client,
        logger,
        onOrder: async (_shop, order) => void placed.push(order),
      }),
    )
    .use(errorMiddleware(logger));
  return { app, stores, client, placed };
}

const live = SEED.products.filter((product) => product.status === 'ACTIVE' && product.publishedAt !== null);

describe('the checkout preview server', () => {
  // The first test builds the emulator's Admin and Storefront schemas (seconds of CPU), past the unit project's
  // 5 s default when both jest workers share a loaded 2-core machine; it timed out there before and after 2 workers.
  jest.setTimeout(30_000);
  let emulator: Emulator | undefined;
  afterEach(async () => {
    await emulator?.close();
  });

  it("answers checkout's questions from the emulated shop: Storefront prices in the buyer's currency and the published metafields", async () => {
    // Given the demo app installed in a shop with one published offer list and the shop config
    emulator = await createEmulator({ apps: [DEMO_APP], shops: [SEED] });
    const { app, stores, client } = await previewApp(emulator);
    const [anchor, offered] = live;
    if (!anchor?.variants[0] || !offered?.variants[0]) throw new Error('the seed has too few live products');
    const offer = { v: offered.variants[0].id, p: offered.id, s: 1, r: 'bought_together', k: 'xsell', n: 4 };
    await stores.offers.putLists(SHOP, [
      { productId: anchor.id, offers: [offer], computedAt: '2026-11-23T10:00:00.000Z' },
    ]);
    await publishOfferLists({ client, offers: stores.offers, shop: SHOP });
    await publishShopConfig(client, SHOP, DEFAULT_SETTINGS);

    // When the preview asks for the shop, a Norwegian buyer's prices and the cart product's metafields
    const context = await request(app).get('/preview/api/context');
    const prices = await request(app)
      .post('/preview/api/storefront')
      .send({
        query: OFFER_VARIANTS_QUERY,
        variables: offerVariantsVariables([offered.variants[0].id], 'NO', 'nb-NO'),
      });
    const metafields = await request(app)
      .post('/preview/api/metafields')
      .send({ productIds: [anchor.id] });

    // Then each comes from the emulator as checkout would see it
    expect(context.body).toMatchObject({
      shop: { domain: SHOP, name: SEED.shop.name, currencyCode: 'EUR', id: SEED.shop.id },
    });
    expect(prices.body.data.nodes[0]).toMatchObject({
      id: offered.variants[0].id,
      price: { currencyCode: 'NOK' },
    });
    expect(metafields.body.entries).toEqual([
      {
        target: { type: 'product', id: anchor.id },
        metafield: {
          namespace: '$app:tandem',
          key: 'offers',
          type: 'json',
          valueType: 'json_string',
          value: JSON.stringify({ ver: 1, o: [offer] }),
        },
      },
      {
        target: { type: 'shop', id: SEED.shop.id },
        metafield: expect.objectContaining({
          key: 'config',
          value: expect.stringContaining('"holdoutShare":0.1'),
        }),
      },
    ]);
  });

  it('places the order in the shop with the checkout token and every line attribute, and reports it', async () => {
    // Given the preview and a cart line an offer added
    emulator = await createEmulator({ apps: [DEMO_APP], shops: [SEED] });
    const { app, placed } = await previewApp(emulator);
    const variantId =
      live.flatMap((product) => product.variants).find((variant) => variant.inventoryQuantity > 2)?.id ?? '';
    const attributes = [{ key: '_tandem', value: '1:xsell:treatment:1-2' }];

    // When the buyer pays
    const response = await request(app)
      .post('/preview/api/orders')
      .send({ checkoutToken: 'preview-token-123', lines: [{ variantId, quantity: 2, attributes }] });

    // Then the emulator holds the order as placed, and the demo's journal got it
    expect(response.status).toBe(200);
    expect(response.body.order).toMatchObject({
      id: expect.stringMatching(/^gid:\/\/shopify\/Order\/\d+$/),
      currencyCode: 'EUR',
    });
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({
      id: response.body.order.id,
      checkoutToken: 'preview-token-123',
      lineItems: [{ variantId, quantity: 2, customAttributes: attributes }],
    });
    expect((await emulator.control.snapshot(SHOP)).orders).toBe(SEED.orders.length + 1);
  });

  it('reports the checkout the buyer opened to the shop, which sends checkouts/create', async () => {
    // Given the preview, and the app's webhook address (nothing listens there: the delivery log is what is read)
    emulator = await createEmulator({
      apps: [{ ...DEMO_APP, webhookUri: 'http://127.0.0.1:9/webhooks' }],
      shops: [SEED],
      webhookRetry: { retries: 0 },
    });
    const { app } = await previewApp(emulator);
    const variantId = live[0]?.variants[0]?.id ?? '';
    // When the buyer reaches checkout with one line
    const response = await request(app)
      .post('/preview/api/checkouts')
      .send({ checkoutToken: 'preview-token-456', lines: [{ variantId, quantity: 1 }] });
    // Then the shop queued a checkouts/create for the app carrying the token, and the answer says what the shop's
    // automatic discounts take off (nothing here)
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      reported: true,
      discounts: { lines: [{ variantId, discounts: [] }] },
    });
    const deliveries = await emulator.control.deliveries({ shop: SHOP, topic: 'checkouts/create' });
    expect(deliveries.map((delivery) => (delivery.payload as { token?: string }).token)).toEqual([
      'preview-token-456',
    ]);
    // And an empty cart is refused, as there is no checkout without lines
    const empty = await request(app)
      .post('/preview/api/checkouts')
      .send({ checkoutToken: 'preview-token-456', lines: [] });
    expect(empty.status).toBe(400);
  });

  it('refuses bad input with the field that was wrong, and orders the shop cannot fill with its reason', async () => {
    // Given the preview
    emulator = await createEmulator({ apps: [DEMO_APP], shops: [SEED] });
    const { app, placed } = await previewApp(emulator);

    // When the cart is empty, a product id is not a GID, or the variant does not exist
    const empty = await request(app)
      .post('/preview/api/orders')
      .send({ checkoutToken: 'preview-token-123', lines: [] });
    const badId = await request(app)
      .post('/preview/api/metafields')
      .send({ productIds: ['123'] });
    const unknown = await request(app)
      .post('/preview/api/orders')
      .send({
        checkoutToken: 'preview-token-123',
        lines: [{ variantId: 'gid://shopify/ProductVariant/1', quantity: 1, attributes: [] }],
      });

    // Then each is a 400 that says what was wrong, and nothing was placed
    expect([empty.status, badId.status, unknown.status]).toEqual([400, 400, 400]);
    expect(empty.body.error.message).toMatch(/lines: the cart is empty/);
    expect(badId.body.error.message).toMatch(/productIds\.0: must be a Product GID/);
    expect(unknown.body.error.message).toMatch(
      /The shop refused the order: .*gid:\/\/shopify\/ProductVariant\/1 does not exist/,
    );
    expect(placed).toEqual([]);
  });

  it('serves the pages and bundles the browser client', async () => {
    // Given the preview
    emulator = await createEmulator({ apps: [DEMO_APP], shops: [SEED] });
    const { app } = await previewApp(emulator);

    // When the checkout page and its script are requested
    const page = await request(app).get('/preview/checkout');
    const script = await request(app).get('/preview/assets/checkout.js');
    const missing = await request(app).get('/preview/assets/nope.js');

    // Then the page loads its bundle, the bundle is built from the client sources, and unknown assets are 404
    expect(page.text).toContain('<script type="module" src="/preview/assets/checkout.js">');
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.text).toContain('TandemOfferVariants');
    expect(missing.status).toBe(404);
  });

  it("lists returning customers for the buyer switch and hands the signed-in buyer's profile to checkout", async () => {
    // Given three remembered customers: one whose profile holds a repeat purchase, one whose profile holds none,
    // and one with no profile published (the app may write customer metafields, as shopify.app.toml asks)
    const app = { ...DEMO_APP, scopes: [...DEMO_APP.scopes, 'write_customers'] };
    emulator = await createEmulator({ apps: [app], shops: [SEED] });
    const preview = await previewApp(emulator);
    const { stores, client } = preview;
    const [regular, once, unpublished] = SEED.customers;
    const [bought] = live;
    if (!regular || !once || !unpublished || !bought?.variants[0]) throw new Error('the seed is too small');
    const number = (id: string) => Number(id.split('/').pop());
    const profileOf = (interval: number) =>
      serializeProfile({
        ver: 1,
        shop: SHOP,
        at: dayNumber(Date.now()),
        n: 3,
        i: [[number(bought.id), number(bought.variants[0]?.id ?? ''), 20, 2, interval]],
        h: [],
      });
    await ensureMetafieldDefinitions(client);
    await setMetafieldsSkippingMissingOwners(client, [
      profileInput(regular.id, JSON.parse(profileOf(14))),
      profileInput(once.id, JSON.parse(profileOf(0))),
    ]);
    const customers = [regular, once, unpublished].map((customer, at) => ({
      customerId: customer.id,
      customerHash: String(at).repeat(64),
    }));
    await stores.profiles.remember(SHOP, customers);
    await stores.profiles.markPublished(SHOP, [
      { customerId: regular.id, contentHash: 'a'.repeat(32) },
      { customerId: once.id, contentHash: 'b'.repeat(32) },
    ]);

    // When the preview lists customers, then asks for the metafields as that customer and as a guest
    const listed = await request(preview.app).get('/preview/api/customers');
    const signedIn = await request(preview.app)
      .post('/preview/api/metafields')
      .send({ productIds: [], customerId: regular.id });
    const guest = await request(preview.app).post('/preview/api/metafields').send({ productIds: [] });
    const bad = await request(preview.app)
      .post('/preview/api/metafields')
      .send({ productIds: [], customerId: 'customer 7' });

    // Then only the customer with a repeat purchase is offered, and only their checkout gets their profile
    expect(listed.body.customers).toEqual([
      expect.objectContaining({ id: regular.id, orders: 3, repeatProducts: 1 }),
    ]);
    expect(signedIn.body.entries).toContainEqual({
      target: { type: 'customer', id: regular.id },
      metafield: {
        namespace: '$app:tandem',
        key: 'profile',
        type: 'json',
        valueType: 'json_string',
        value: profileOf(14),
      },
    });
    expect(guest.body.entries.map((entry: { target: { type: string } }) => entry.target.type)).not.toContain(
      'customer',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('customerId: must be a Customer GID');
  });

  it("suggests a one-line cart on which the returning customer's due repeat purchase shows, within the price cap", async () => {
    // Given a synced shop with its config published and a customer who re-buys its cheapest product every 14 days
    const app = { ...DEMO_APP, scopes: [...DEMO_APP.scopes, 'write_customers'] };
    emulator = await createEmulator({ apps: [app], shops: [SEED] });
    const preview = await previewApp(emulator);
    const { stores, client } = preview;
    await runSync({
      client,
      stores,
      shop: SHOP,
      now: () => new Date(),
      options: { customerHashKey: DEMO_APP.clientSecret },
      fetch: emulatorFetch(emulator.url),
    });
    await ensureMetafieldDefinitions(client);
    await publishShopConfig(client, SHOP, DEFAULT_SETTINGS);
    const catalog = (await request(preview.app).get('/preview/api/catalog')).body as {
      products: { id: string; variants: { id: string; price: number; available: boolean }[] }[];
    };
    const priced = catalog.products.flatMap((product) =>
      product.variants.filter((variant) => variant.available).map((variant) => ({ product, variant })),
    );
    const cheapest = priced.reduce((low, entry) => (entry.variant.price < low.variant.price ? entry : low));
    const [customer] = SEED.customers;
    if (!customer) throw new Error('the seed has no customer');
    const number = (id: string) => Number(id.split('/').pop());
    await setMetafieldsSkippingMissingOwners(client, [
      profileInput(customer.id, {
        ver: 1,
        shop: SHOP,
        at: dayNumber(Date.now()),
        n: 3,
        i: [[number(cheapest.product.id), number(cheapest.variant.id), 20, 3, 14]],
        h: [],
      }),
    ]);
    await stores.profiles.remember(SHOP, [{ customerId: customer.id, customerHash: '1'.repeat(64) }]);
    await stores.profiles.markPublished(SHOP, [{ customerId: customer.id, contentHash: 'a'.repeat(32) }]);

    // When the preview lists customers for the buyer switch
    const listed = (await request(preview.app).get('/preview/api/customers')).body as {
      customers: { id: string; cart?: { productId: string; variantId: string } }[];
    };

    // Then the customer comes with a cart of another product, dear enough for the repeat purchase to pass the cap
    const cart = listed.customers[0]?.cart;
    if (!cart) throw new Error(`no cart suggested: ${JSON.stringify(listed)}`);
    const cartVariant = priced.find((entry) => entry.variant.id === cart.variantId);
    expect(cart.productId).not.toBe(cheapest.product.id);
    expect(cartVariant?.product.id).toBe(cart.productId);
    expect(cheapest.variant.price).toBeLessThanOrEqual(
      ((cartVariant?.variant.price ?? 0) * DEFAULT_SETTINGS.priceCapPct) / 100,
    );
  });
});
