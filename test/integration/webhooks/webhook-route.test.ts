import { afterEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { signedWebhookHeaders } from '../../support/webhooks.js';
import { sweepWebhookOutbox } from '@tandem/web/webhooks/outbox-sweep';
import { buildWebhookHarness, payload, SHOP } from './harness.js';

type Harness = Awaited<ReturnType<typeof buildWebhookHarness>>;
let harness: Harness | undefined;
afterEach(async () => harness?.close());

async function post(
  h: Harness,
  topic: string,
  body: string,
  options: { eventId?: string; secret?: string; headers?: Record<string, string> } = {},
) {
  const headers = { ...signedWebhookHeaders(body, { topic, shop: SHOP, ...options }), ...options.headers };
  return request(h.server).post('/webhooks').set(headers).send(body);
}

describe('POST /webhooks', () => {
  it('persists a signed orders/create, acknowledges it and stores the order from the queue', async () => {
    // Given the app and a signed orders/create delivery
    harness = await buildWebhookHarness();
    const body = JSON.stringify(payload('orders-create'));
    // When Shopify delivers it
    const response = await post(harness, 'orders/create', body, { eventId: 'evt-1' });
    await harness.jobsFinished(1);
    // Then it is acknowledged, and the order with its lines (no PII, tandem attribute kept) is stored
    expect(response.status).toBe(200);
    const order = await harness.stores.orders.getOrder(SHOP, 'gid://shopify/Order/820982911946154508');
    expect(order).toMatchObject({
      currency: 'EUR',
      totalMinor: 6235,
      subtotalMinor: 5740,
      checkoutToken: 'b1946ac92492d2347c6235b4d2611184',
    });
    const lines = order?.lines.map((line) => [
      line.variantId,
      line.quantity,
      line.unitPriceMinor,
      line.discountedTotalMinor,
      line.tandemAttribute,
    ]);
    expect(lines?.sort((a, b) => String(b[0]).localeCompare(String(a[0])))).toEqual([
      ['gid://shopify/ProductVariant/808950810', 1, 4995, 4995, null],
      ['gid://shopify/ProductVariant/457924702', 2, 495, 940, 'o1.t.x'],
    ]);
    expect(JSON.stringify(order)).not.toContain('jon@example.com');
    expect(order?.customerHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await harness.stores.inbox.get(SHOP, 'evt-1'))?.processedAt).not.toBeNull();
  });

  it('answers 401 to a bad, missing or stale signature and stores nothing', async () => {
    harness = await buildWebhookHarness();
    const body = JSON.stringify(payload('orders-create'));
    // wrong secret
    expect(
      (await post(harness, 'orders/create', body, { secret: 'not-the-secret', eventId: 'e1' })).status,
    ).toBe(401);
    // missing HMAC header
    expect(
      (
        await post(harness, 'orders/create', body, {
          eventId: 'e2',
          headers: { 'X-Shopify-Hmac-Sha256': '' },
        })
      ).status,
    ).toBe(401);
    // body changed after signing
    const signed = signedWebhookHeaders(body, { topic: 'orders/create', shop: SHOP, eventId: 'e3' });
    const tampered = await request(harness.server)
      .post('/webhooks')
      .set(signed)
      .send(body.replace('62.35', '0.01'));
    expect(tampered.status).toBe(401);
    for (const eventId of ['e1', 'e2', 'e3'])
      expect(await harness.stores.inbox.get(SHOP, eventId)).toBeUndefined();
  });

  it('processes a redelivered event once', async () => {
    harness = await buildWebhookHarness();
    const body = JSON.stringify(payload('orders-create'));
    const first = await post(harness, 'orders/create', body, { eventId: 'evt-dup' });
    const second = await post(harness, 'orders/create', body, { eventId: 'evt-dup' });
    await harness.jobsFinished(1);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body).toEqual({ received: true, duplicate: true });
    expect(await harness.stores.orders.countOrders(SHOP)).toBe(1);
    expect((await harness.queue.stats()).completed).toBe(1);
  });

  it('answers 404 for a topic it does not handle and 400 for malformed JSON, storing nothing', async () => {
    harness = await buildWebhookHarness();
    expect((await post(harness, 'carts/update', '{}', { eventId: 'c1' })).status).toBe(404);
    const malformed = await post(harness, 'orders/create', '{"id": 1,', { eventId: 'bad-json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toContain('not valid JSON');
    expect(await harness.stores.inbox.get(SHOP, 'bad-json')).toBeUndefined();
  });

  it('ignores a product update older than the stored copy', async () => {
    harness = await buildWebhookHarness();
    const fresh = payload('products-update');
    const stale = { ...fresh, title: 'Old title', updated_at: '2026-11-19T09:00:00Z' };
    await post(harness, 'products/update', JSON.stringify(fresh), { eventId: 'p-new' });
    await post(harness, 'products/update', JSON.stringify(stale), { eventId: 'p-old' });
    await harness.jobsFinished(2);
    const product = await harness.stores.catalog.getProduct(SHOP, 'gid://shopify/Product/632910392');
    expect(product?.title).toBe('Hand grinder');
    expect(
      product?.variants.map((variant) => [
        variant.priceMinor,
        variant.compareAtPriceMinor,
        variant.availableForSale,
      ]),
    ).toEqual([
      [4995, null, true],
      [6495, 7495, false],
    ]);
  });

  it('on app/uninstalled marks the shop uninstalled and deletes its tokens', async () => {
    harness = await buildWebhookHarness();
    await post(harness, 'app/uninstalled', JSON.stringify({ id: 1, domain: SHOP }), { eventId: 'u1' });
    await harness.jobsFinished(1);
    expect((await harness.stores.shops.get(SHOP))?.status).toBe('uninstalled');
    expect(await harness.stores.sessions.findSessionsByShop(SHOP)).toEqual([]);
  });

  it('honours the three privacy topics', async () => {
    harness = await buildWebhookHarness();
    await post(harness, 'orders/create', JSON.stringify(payload('orders-create')), { eventId: 'o1' });
    await harness.jobsFinished(1);
    // The order's own customer: Shopify's ids exceed 2^53, and both sides parse them the same way.
    const { customer } = payload('orders-create') as { customer: { id: number; email: string } };
    // data_request: the export is recorded for the merchant
    await post(
      harness,
      'customers/data_request',
      JSON.stringify({ shop_domain: SHOP, customer, data_request: { id: 9999 } }),
      { eventId: 'dr' },
    );
    await harness.jobsFinished(2);
    expect(harness.logs.join('')).toContain('customer data export');
    // customers/redact: that customer's orders go
    await post(
      harness,
      'customers/redact',
      JSON.stringify({ shop_domain: SHOP, customer, orders_to_redact: [] }),
      { eventId: 'cr' },
    );
    await harness.jobsFinished(3);
    expect(await harness.stores.orders.countOrders(SHOP)).toBe(0);
    // shop/redact: nothing of the shop remains
    await post(harness, 'products/update', JSON.stringify(payload('products-update')), { eventId: 'p1' });
    await harness.jobsFinished(4);
    await post(harness, 'shop/redact', JSON.stringify({ shop_id: 1, shop_domain: SHOP }), { eventId: 'sr' });
    await harness.jobsFinished(5);
    expect(await harness.stores.catalog.countProducts(SHOP)).toBe(0);
    expect(await harness.stores.shops.get(SHOP)).toBeUndefined();
  });

  it('still acknowledges when the queue is down, and the outbox sweep processes the delivery later', async () => {
    // Given a queue that refuses work (Redis down) behind the route
    harness = await buildWebhookHarness({
      routeQueue: { enqueue: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379')) },
    });
    // When a webhook arrives, it is persisted and acknowledged anyway
    const response = await post(harness, 'orders/create', JSON.stringify(payload('orders-create')), {
      eventId: 'outbox-1',
    });
    expect(response.status).toBe(200);
    expect(await harness.stores.orders.countOrders(SHOP)).toBe(0);
    // Then, once the queue is back, the sweep enqueues it and it is processed once
    const swept = await sweepWebhookOutbox({
      inbox: harness.stores.inbox,
      queue: harness.queue,
      logger: harness.logger,
      olderThan: new Date(Date.now() + 1_000),
    });
    await harness.jobsFinished(1);
    expect(swept).toBe(1);
    expect(await harness.stores.orders.countOrders(SHOP)).toBe(1);
    expect(
      await sweepWebhookOutbox({
        inbox: harness.stores.inbox,
        queue: harness.queue,
        logger: harness.logger,
        olderThan: new Date(Date.now() + 1_000),
      }),
    ).toBe(0);
  });
});
