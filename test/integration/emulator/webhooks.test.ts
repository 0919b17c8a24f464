// Webhook delivery over real HTTP: HMAC verified by @shopify/shopify-api, Shopify's headers, payloads and retries.
import { describe, expect, it, jest } from '@jest/globals';
import type { DeliveryView } from '@tandem/emulator';
import { adminQuery, offlineToken, SHOP, startEmulator, TEST_APP, type Json } from './support/harness.js';
import { startReceiver } from './support/receiver.js';
import { shopifyFor } from './support/shopify.js';
import { startWebhookApp } from './support/webhook-app.js';
import { ADMIN_API_VERSION } from '@tandem/web/config';

// The engine builds the Admin schema (~10 MB) on first use in each test file: allow for that cold start.
jest.setTimeout(30_000);

const VARIANT = 'gid://shopify/ProductVariant/10010';
const PRODUCT = 'gid://shopify/Product/101';
const settled = (deliveries: DeliveryView[]) =>
  deliveries.length > 0 && deliveries.every((d) => d.state === 'delivered' || d.state === 'failed');

describe('webhook delivery', () => {
  it('signs orders/create so shopify-api validates it, with every X-Shopify header', async () => {
    // Given an app endpoint that validates deliveries with shopify-api
    const webhookApp = await startWebhookApp(shopifyFor());
    const emulator = await startEmulator({ apps: [{ ...TEST_APP, webhookUri: webhookApp.url }] });
    try {
      // When an order with a Tandem line attribute is placed
      const order = await emulator.control.createOrder({
        shop: SHOP,
        lines: [
          {
            variantId: VARIANT,
            quantity: 2,
            customAttributes: [{ key: '_tandem', value: 'offer-1:treatment' }],
          },
        ],
        customerId: 'gid://shopify/Customer/70001',
        checkoutToken: 'chk-1',
      });
      const [delivery] = await emulator.control.waitForDeliveries({ topic: 'orders/create' }, settled);
      // Then the app received it, and shopify-api found the HMAC and headers valid
      expect(delivery?.state).toBe('delivered');
      const received = webhookApp.received.find((r) => r.webhookId === delivery?.webhookId);
      expect(received?.validation).toMatchObject({
        valid: true,
        topic: 'ORDERS_CREATE',
        domain: SHOP,
        apiVersion: ADMIN_API_VERSION,
        webhookId: delivery?.webhookId,
        eventId: delivery?.eventId,
      });
      expect(received?.validation.valid && received.validation.triggeredAt).toBe(delivery?.triggeredAt);
      // And the payload is Shopify's REST order with the line attribute as a property
      const payload = JSON.parse(received?.rawBody ?? '{}') as Json;
      expect(payload.admin_graphql_api_id).toBe(order.id);
      expect(payload.checkout_token).toBe('chk-1');
      expect(payload.line_items[0]).toMatchObject({
        variant_id: 10010,
        quantity: 2,
        properties: [{ name: '_tandem', value: 'offer-1:treatment' }],
      });
      // And the inventory change the order made is its own delivery of the same event (one X-Shopify-Event-Id)
      const [stock] = await emulator.control.waitForDeliveries({ topic: 'inventory_levels/update' }, settled);
      expect(stock?.eventId).toBe(delivery?.eventId);
      expect(stock?.webhookId).not.toBe(delivery?.webhookId);
    } finally {
      await Promise.all([emulator.close(), webhookApp.close()]);
    }
  });

  it('retries a failing endpoint with backoff, keeping the webhook id, event id and body, until it accepts', async () => {
    // Given an endpoint that fails twice (500, then no answer within the timeout) and then accepts
    const receiver = await startReceiver(
      (n) => [{ status: 500 }, { status: 200, delayMs: 3_000 }][n] ?? { status: 200 },
    );
    const emulator = await startEmulator({
      apps: [{ ...TEST_APP, webhookUri: receiver.url }],
      // A timeout a loaded 2-core machine still answers within; the slow reply is far past it.
      webhookRetry: { baseDelayMs: 20, timeoutMs: 1_000 },
    });
    try {
      // When a product changes
      await emulator.control.updateProduct({ shop: SHOP, productId: PRODUCT, patch: { title: 'Renamed' } });
      const [delivery] = await emulator.control.waitForDeliveries({ topic: 'products/update' }, settled);
      // Then it took three attempts and the same delivery identity each time
      expect(delivery?.state).toBe('delivered');
      expect(delivery?.attempts.map((a) => a.status)).toEqual([500, null, 200]);
      expect(delivery?.attempts[1]?.error).toContain('no response within 1000 ms');
      expect(receiver.requests).toHaveLength(3);
      const ids = receiver.requests.map(
        (r) => `${String(r.headers['x-shopify-webhook-id'])}|${String(r.headers['x-shopify-event-id'])}`,
      );
      expect(new Set(ids).size).toBe(1);
      expect(new Set(receiver.requests.map((r) => r.rawBody)).size).toBe(1);
      expect(JSON.parse(receiver.requests[0]?.rawBody ?? '{}')).toMatchObject({ title: 'Renamed' });
    } finally {
      await Promise.all([emulator.close(), receiver.close()]);
    }
  });

  it('gives up after the configured retries and marks the delivery failed', async () => {
    const receiver = await startReceiver(() => ({ status: 503 }));
    const emulator = await startEmulator({
      apps: [{ ...TEST_APP, webhookUri: receiver.url }],
      webhookRetry: { retries: 2, baseDelayMs: 5 },
    });
    try {
      await emulator.control.setInventory({ shop: SHOP, variantId: VARIANT, quantity: 0 });
      const [delivery] = await emulator.control.waitForDeliveries(
        { topic: 'inventory_levels/update' },
        settled,
      );
      expect(delivery?.state).toBe('failed');
      expect(delivery?.attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
      expect(receiver.requests).toHaveLength(3);
    } finally {
      await Promise.all([emulator.close(), receiver.close()]);
    }
  });

  it('delivers to a subscription registered with webhookSubscriptionCreate instead of the default URI', async () => {
    // Given an app with a default URI that registers another endpoint for orders/create
    const fallback = await startReceiver();
    const subscribed = await startReceiver();
    const emulator = await startEmulator({ apps: [{ ...TEST_APP, webhookUri: fallback.url }] });
    try {
      const token = await offlineToken(emulator);
      const created = await adminQuery(
        emulator,
        token,
        `mutation($uri: String!) { webhookSubscriptionCreate(topic: ORDERS_CREATE, webhookSubscription: {uri: $uri}) {
           webhookSubscription { id } userErrors { message } } }`,
        { uri: subscribed.url },
      );
      expect(created.body.data.webhookSubscriptionCreate.userErrors).toEqual([]);
      // When an order is placed and a product deleted
      await emulator.control.createOrder({ shop: SHOP, lines: [{ variantId: VARIANT, quantity: 1 }] });
      await emulator.control.deleteProduct({ shop: SHOP, productId: 'gid://shopify/Product/103' });
      await emulator.control.waitForDeliveries({}, (all) => all.length === 3 && settled(all));
      // Then orders/create went to the subscription, the rest (inventory, deletion) to the default URI
      expect(subscribed.requests.map((r) => r.headers['x-shopify-topic'])).toEqual(['orders/create']);
      expect(fallback.requests.map((r) => r.headers['x-shopify-topic'])).toEqual([
        'inventory_levels/update',
        'products/delete',
      ]);
      expect(JSON.parse(fallback.requests[1]?.rawBody ?? '{}')).toEqual({ id: 103 });
    } finally {
      await Promise.all([emulator.close(), fallback.close(), subscribed.close()]);
    }
  });

  it('sends the configured URI only the topics the app config subscribes', async () => {
    // Given an app whose config subscribes orders/create only
    const receiver = await startReceiver();
    const emulator = await startEmulator({
      apps: [{ ...TEST_APP, webhookUri: receiver.url, webhookTopics: ['orders/create'] }],
    });
    try {
      // When an order is placed (which also updates inventory)
      await emulator.control.createOrder({ shop: SHOP, lines: [{ variantId: VARIANT, quantity: 1 }] });
      const log = await emulator.control.waitForDeliveries({}, (all) => all.length === 1 && settled(all));
      // Then only orders/create is delivered
      expect(log.map((d) => d.topic)).toEqual(['orders/create']);
    } finally {
      await Promise.all([emulator.close(), receiver.close()]);
    }
  });

  it('sends nothing to an app that is not installed', async () => {
    const receiver = await startReceiver();
    const emulator = await startEmulator({
      apps: [{ ...TEST_APP, webhookUri: receiver.url }],
      preinstall: false,
    });
    try {
      await emulator.control.createOrder({ shop: SHOP, lines: [{ variantId: VARIANT, quantity: 1 }] });
      expect(await emulator.control.deliveries()).toEqual([]);
    } finally {
      await Promise.all([emulator.close(), receiver.close()]);
    }
  });
});

describe('app/uninstalled and compliance webhooks', () => {
  it('sends app/uninstalled with the shop after revoking the app', async () => {
    const receiver = await startReceiver();
    const emulator = await startEmulator({ apps: [{ ...TEST_APP, webhookUri: receiver.url }] });
    try {
      await emulator.control.uninstallApp({ shop: SHOP, clientId: TEST_APP.clientId });
      const [delivery] = await emulator.control.waitForDeliveries({ topic: 'app/uninstalled' }, settled);
      expect(delivery?.payload).toMatchObject({
        id: 1,
        myshopify_domain: SHOP,
        name: 'Test Shop',
        currency: 'EUR',
      });
      expect(receiver.requests).toHaveLength(1);
    } finally {
      await Promise.all([emulator.close(), receiver.close()]);
    }
  });

  it('sends customers/redact, customers/data_request and shop/redact shaped as Shopify documents them', async () => {
    const receiver = await startReceiver();
    const emulator = await startEmulator({ apps: [{ ...TEST_APP, webhookUri: receiver.url }] });
    try {
      // Given customer 70001 with seed order 50001 and one more order placed now
      const placed = await emulator.control.createOrder({
        shop: SHOP,
        lines: [{ variantId: VARIANT, quantity: 1 }],
        customerId: 'gid://shopify/Customer/70001',
      });
      const placedId = Number(placed.id.split('/').pop());
      // When the three compliance requests arrive
      const customerId = 'gid://shopify/Customer/70001';
      await emulator.control.triggerPrivacy({ topic: 'customers/redact', shop: SHOP, customerId });
      await emulator.control.triggerPrivacy({ topic: 'customers/data_request', shop: SHOP, customerId });
      await emulator.control.triggerPrivacy({ topic: 'shop/redact', shop: SHOP });
      const log = (
        await emulator.control.waitForDeliveries({}, (all) => all.length === 5 && settled(all))
      ).filter((d) => d.topic.includes('redact') || d.topic.includes('data_request'));
      expect(log).toHaveLength(3);
      const payloadOf = (topic: string) => log.find((d) => d.topic === topic)?.payload;
      // Then each carries the documented fields
      expect(payloadOf('customers/redact')).toEqual({
        shop_id: 1,
        shop_domain: SHOP,
        customer: { id: 70001, email: 'buyer1@example.com', phone: null },
        orders_to_redact: [50001, placedId],
      });
      expect(payloadOf('customers/data_request')).toMatchObject({
        shop_id: 1,
        shop_domain: SHOP,
        orders_requested: [50001, placedId],
        customer: { id: 70001 },
        data_request: { id: expect.any(Number) },
      });
      expect(payloadOf('shop/redact')).toEqual({ shop_id: 1, shop_domain: SHOP });
    } finally {
      await Promise.all([emulator.close(), receiver.close()]);
    }
  });

  it('rejects a privacy request for an unknown customer naming it', async () => {
    const emulator = await startEmulator();
    try {
      await expect(
        emulator.control.triggerPrivacy({
          topic: 'customers/redact',
          shop: SHOP,
          customerId: 'gid://shopify/Customer/9',
        }),
      ).rejects.toMatchObject({
        status: 404,
        body: { message: `Unknown customer gid://shopify/Customer/9 in ${SHOP}` },
      });
    } finally {
      await emulator.close();
    }
  });
});
