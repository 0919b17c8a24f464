import { afterEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { signedWebhookHeaders } from '../../support/webhooks.js';
import { createQueuedFetch } from '../../support/queued-fetch.js';
import { sweepWebhookOutbox } from '@tandem/web/webhooks/outbox-sweep';
import { buildWebhookHarness, payloadText, SHOP } from './harness.js';
import { adminResponse, send as post, type Harness } from './send.js';

let harness: Harness | undefined;
afterEach(async () => harness?.close());

describe('POST /webhooks', () => {
  it('persists a signed orders/create, acknowledges it and stores the order from the queue', async () => {
    // Given the app and a signed orders/create delivery
    harness = await buildWebhookHarness();
    const body = payloadText('orders-create');
    // When Shopify delivers it
    const response = await post(harness, 'orders/create', body, { webhookId: 'evt-1' });
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
      ['gid://shopify/ProductVariant/642667041472713922', 1, 4995, 4995, null],
      ['gid://shopify/ProductVariant/457924702', 2, 495, 940, 'o1.t.x'],
    ]);
    expect(JSON.stringify(order)).not.toContain('jon@example.com');
    expect(order?.customerHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await harness.stores.inbox.get(SHOP, 'evt-1'))?.processedAt).not.toBeNull();
  });

  it('answers 401 to a bad, missing or stale signature and stores nothing', async () => {
    harness = await buildWebhookHarness();
    const body = payloadText('orders-create');
    // wrong secret
    expect(
      (await post(harness, 'orders/create', body, { secret: 'not-the-secret', webhookId: 'e1' })).status,
    ).toBe(401);
    // missing HMAC header
    expect(
      (
        await post(harness, 'orders/create', body, {
          webhookId: 'e2',
          headers: { 'X-Shopify-Hmac-Sha256': '' },
        })
      ).status,
    ).toBe(401);
    // body changed after signing
    const signed = signedWebhookHeaders(body, { topic: 'orders/create', shop: SHOP, webhookId: 'e3' });
    const tampered = await request(harness.server)
      .post('/webhooks')
      .set(signed)
      .send(body.replace('62.35', '0.01'));
    expect(tampered.status).toBe(401);
    for (const eventId of ['e1', 'e2', 'e3'])
      expect(await harness.stores.inbox.get(SHOP, eventId)).toBeUndefined();
  });

  it('processes a redelivered delivery (same X-Shopify-Webhook-Id) once', async () => {
    harness = await buildWebhookHarness();
    const body = payloadText('orders-create');
    const first = await post(harness, 'orders/create', body, { webhookId: 'evt-dup' });
    const second = await post(harness, 'orders/create', body, { webhookId: 'evt-dup' });
    await harness.jobsFinished(1);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body).toEqual({ received: true, duplicate: true });
    expect(await harness.stores.orders.countOrders(SHOP)).toBe(1);
    expect((await harness.queue.stats()).completed).toBe(1);
  });

  it('answers 404 for a topic it does not handle and 400 for malformed JSON, storing nothing', async () => {
    harness = await buildWebhookHarness();
    expect((await post(harness, 'carts/update', '{}', { webhookId: 'c1' })).status).toBe(404);
    const malformed = await post(harness, 'orders/create', '{"id": 1,', { webhookId: 'bad-json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toContain('not valid JSON');
    expect(await harness.stores.inbox.get(SHOP, 'bad-json')).toBeUndefined();
  });

  it('ignores a product update older than the stored copy', async () => {
    const soldOut = {
      operationName: 'InventoryItemVariant',
      body: adminResponse('inventory-item-pro-sold-out'),
    };
    const admin = createQueuedFetch([soldOut, soldOut]);
    harness = await buildWebhookHarness({ adminFetch: admin.fetch });
    const fresh = payloadText('products-update');
    const stale = fresh
      .replace('"title": "Hand grinder"', '"title": "Old title"')
      .replace('"updated_at": "2026-11-20T10:00:00+01:00"', '"updated_at": "2026-11-19T09:00:00Z"');
    await post(harness, 'products/create', fresh, { webhookId: 'p-new' });
    await post(harness, 'products/update', stale, { webhookId: 'p-old' });
    await harness.jobsFinished(2);
    admin.assertAllUsed();
    const product = await harness.stores.catalog.getProduct(SHOP, 'gid://shopify/Product/788032119674292922');
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

  it('does not bring back a deleted product when an older products/update arrives after products/delete', async () => {
    // Given a product created, then deleted; Shopify no longer has it
    const admin = createQueuedFetch([{ operationName: 'Product', body: adminResponse('product-gone') }]);
    harness = await buildWebhookHarness({ adminFetch: admin.fetch });
    const created = payloadText('products-update').replaceAll(
      '"inventory_quantity": 0',
      '"inventory_quantity": 2',
    );
    await post(harness, 'products/create', created, { webhookId: 'c' });
    await post(harness, 'products/delete', payloadText('products-delete'), { webhookId: 'd' });
    // When a retry of an update made before the deletion arrives last
    await post(harness, 'products/update', created, { webhookId: 'late' });
    await harness.jobsFinished(3);
    // Then Shopify was asked, and the product stays deleted
    admin.assertAllUsed();
    expect(
      await harness.stores.catalog.getProduct(SHOP, 'gid://shopify/Product/788032119674292922'),
    ).toBeUndefined();
  });

  it('on app/uninstalled marks the shop uninstalled and deletes its tokens', async () => {
    harness = await buildWebhookHarness();
    await post(harness, 'app/uninstalled', payloadText('app-uninstalled'), { webhookId: 'u1' });
    await harness.jobsFinished(1);
    expect((await harness.stores.shops.get(SHOP))?.status).toBe('uninstalled');
    expect(await harness.stores.sessions.findSessionsByShop(SHOP)).toEqual([]);
  });

  it('processes each topic of one merchant action: deliveries sharing X-Shopify-Event-Id are not duplicates', async () => {
    // Given an order placed and edited in one action: two deliveries, one Event-Id, two Webhook-Ids
    harness = await buildWebhookHarness();
    await post(harness, 'orders/create', payloadText('orders-create'), { eventId: 'evt-1', webhookId: 'w1' });
    const second = await post(harness, 'orders/updated', payloadText('orders-updated'), {
      eventId: 'evt-1',
      webhookId: 'w2',
    });
    await harness.jobsFinished(2);
    // Then the second is processed too
    expect(second.body).toEqual({ received: true, duplicate: false });
    const order = await harness.stores.orders.getOrder(SHOP, 'gid://shopify/Order/820982911946154508');
    expect(order?.cancelledAt).toBe('2026-11-21T07:00:00.000Z');
  });

  it('reads an order back from Shopify when two updates tie on updated_at with different content', async () => {
    // Given the order as last edited, and Shopify answering with that state
    const admin = createQueuedFetch([
      { operationName: 'Order', body: adminResponse('order-now') },
      { operationName: 'OrderLinesPage', body: adminResponse('order-lines-now') },
    ]);
    harness = await buildWebhookHarness({ adminFetch: admin.fetch });
    const final = payloadText('orders-create');
    await post(harness, 'orders/updated', final, { webhookId: 'final' });
    // When a retry of an earlier edit within the same second arrives last (one filter fewer, same updated_at)
    const earlier = final.replace('"quantity": 2', '"quantity": 1');
    await post(harness, 'orders/updated', earlier, { webhookId: 'earlier' });
    // And a tie with the same content (no read: the queued fetch fails on any request it did not expect)
    await post(harness, 'orders/updated', final, { webhookId: 'same' });
    await harness.jobsFinished(3);
    // Then the store holds Shopify's current order, read back once
    admin.assertAllUsed();
    const order = await harness.stores.orders.getOrder(SHOP, 'gid://shopify/Order/820982911946154508');
    expect(order?.lines.map((line) => line.quantity).sort()).toEqual([1, 2]);
    expect(order?.lines.find((line) => line.tandemAttribute === 'o1.t.x')?.quantity).toBe(2);
  });

  it('stores nothing for a shop that never installed the app, or after it uninstalled', async () => {
    harness = await buildWebhookHarness();
    // A stranger's orders/create, validly signed: acknowledged, not kept
    const stranger = await post(harness, 'orders/create', payloadText('orders-create'), {
      shop: 'stranger.myshopify.com',
      webhookId: 's1',
    });
    expect(stranger.body).toEqual({ received: true, stored: false });
    expect(await harness.stores.inbox.get('stranger.myshopify.com', 's1')).toBeUndefined();
    // After app/uninstalled, shop data is no longer kept; the privacy topics still are
    await post(harness, 'app/uninstalled', payloadText('app-uninstalled'), { webhookId: 'u1' });
    await harness.jobsFinished(1);
    await post(harness, 'orders/create', payloadText('orders-create'), { webhookId: 'late' });
    expect(await harness.stores.inbox.get(SHOP, 'late')).toBeUndefined();
    expect(await harness.stores.orders.countOrders(SHOP)).toBe(0);
    await post(harness, 'customers/data_request', payloadText('customers-data-request'), { webhookId: 'dr' });
    await harness.jobsFinished(2);
    expect((await harness.stores.inbox.get(SHOP, 'dr'))?.processedAt).not.toBeNull();
  });

  it('refuses privacy and uninstall bodies that name another shop id than the one the sync recorded', async () => {
    // Given Jon's order in a shop whose id (548380009) the first sync recorded
    harness = await buildWebhookHarness();
    await post(harness, 'orders/create', payloadText('orders-create'), { webhookId: 'o1' });
    await harness.jobsFinished(1);
    // When another shop's customers/redact and app/uninstalled bodies arrive under this shop's domain
    const elsewhere = (name: string) => payloadText(name).replace('548380009', '548380010');
    await post(harness, 'customers/redact', elsewhere('customers-redact'), { webhookId: 'cr' });
    await post(harness, 'app/uninstalled', elsewhere('app-uninstalled'), { webhookId: 'u1' });
    await harness.jobsFinished(3);
    // Then nothing is deleted, and the shop is still installed
    expect(await harness.stores.orders.countOrders(SHOP)).toBe(1);
    expect((await harness.stores.shops.get(SHOP))?.status).toBe('installed');
    expect(harness.logs.filter((line) => line.includes('webhook refused'))).toHaveLength(2);
  });

  it('still acknowledges when the queue is down, and the outbox sweep processes the delivery later', async () => {
    // Given a queue that refuses work (Redis down) behind the route
    harness = await buildWebhookHarness({
      routeQueue: { enqueue: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379')) },
    });
    // When a webhook arrives, it is persisted and acknowledged anyway
    const response = await post(harness, 'orders/create', payloadText('orders-create'), {
      webhookId: 'outbox-1',
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
