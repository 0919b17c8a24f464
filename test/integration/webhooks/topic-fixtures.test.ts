import { afterEach, describe, expect, it } from '@jest/globals';
import { armForCheckout } from '@tandem/offer-core';
import { hashCheckoutToken } from '@tandem/web/measurement/index';
import { createQueuedFetch, type QueuedFetch } from '../../support/queued-fetch.js';
import { buildWebhookHarness, payloadText, SHOP } from './harness.js';
import { adminResponse, send, type Harness } from './send.js';

// One test per subscribed topic, each sending Shopify's published payload shape (payloads/SOURCES.md) signed,
// as Shopify does. Ids above 2^53 must arrive in the store exact.

const PRODUCT = 'gid://shopify/Product/788032119674292922';
const STANDARD = 'gid://shopify/ProductVariant/642667041472713922';
const PRO = 'gid://shopify/ProductVariant/757650484644203962';
const ORDER = 'gid://shopify/Order/820982911946154508';

let harness: Harness | undefined;
let admin: QueuedFetch | undefined;
afterEach(async () => {
  await harness?.close();
  admin?.assertAllUsed();
  harness = admin = undefined;
});

async function start(responses: Parameters<typeof createQueuedFetch>[0] = []) {
  admin = createQueuedFetch(responses);
  harness = await buildWebhookHarness({ adminFetch: admin.fetch });
  return harness;
}

const soldOutPro = {
  operationName: 'InventoryItemVariant',
  variables: { id: 'gid://shopify/InventoryItem/271878346596884016' },
  body: adminResponse('inventory-item-pro-sold-out'),
};

describe('webhook payloads as Shopify sends them, one per subscribed topic', () => {
  it('orders/create: the order with exact ids, its lines and attribute, and no buyer PII', async () => {
    const h = await start();
    expect((await send(h, 'orders/create', payloadText('orders-create'))).status).toBe(200);
    await h.jobsFinished(1);
    const order = await h.stores.orders.getOrder(SHOP, ORDER);
    expect(order).toMatchObject({ totalMinor: 6235, subtotalMinor: 5740, cancelledAt: null });
    expect(order?.lines.map((line) => [line.lineId, line.variantId, line.productId]).sort()).toEqual([
      [
        'gid://shopify/LineItem/141249953214522974',
        'gid://shopify/ProductVariant/457924702',
        'gid://shopify/Product/921728736',
      ],
      ['gid://shopify/LineItem/866550311766439020', STANDARD, PRODUCT],
    ]);
    expect(JSON.stringify(order)).not.toMatch(/jon@example\.com|Jon/);
  });

  it('checkouts/create and checkouts/update: the checkout recorded once, arm from its token, nothing of the buyer', async () => {
    const h = await start();
    await h.stores.settings.put(SHOP, { holdoutPct: 50 });
    expect((await send(h, 'checkouts/create', payloadText('checkouts-create'))).status).toBe(200);
    expect((await send(h, 'checkouts/update', payloadText('checkouts-update'))).status).toBe(200);
    await h.jobsFinished(2);
    const [checkout, ...others] = await h.stores.measurement.getCheckouts(SHOP, [
      hashCheckoutToken('123123123'),
    ]);
    expect(others).toEqual([]);
    // No list of the grinder was published here, so the checkout is recorded but not eligible
    expect(checkout).toEqual({
      checkoutHash: hashCheckoutToken('123123123'),
      createdAt: '2026-11-20T08:55:00.000Z',
      arm: armForCheckout('123123123', { holdoutShare: 0.5, salt: SHOP }),
      eligible: false,
      source: 'checkout',
    });
    expect(JSON.stringify(checkout)).not.toMatch(/jon@example\.com|Jon|123123123/);
  });

  it('orders/updated: the later state of the order replaces the earlier', async () => {
    const h = await start();
    await send(h, 'orders/create', payloadText('orders-create'));
    await send(h, 'orders/updated', payloadText('orders-updated'));
    await h.jobsFinished(2);
    expect((await h.stores.orders.getOrder(SHOP, ORDER))?.cancelledAt).toBe('2026-11-21T07:00:00.000Z');
  });

  it('products/update: a sold-out variant with policy deny is not for sale (Shopify asked), ids exact', async () => {
    // Given the product as synced an hour earlier, with the Pro edition still in stock
    const h = await start([soldOutPro]);
    const earlier = payloadText('products-update')
      .replaceAll('"inventory_quantity": 0', '"inventory_quantity": 1')
      .replaceAll('2026-11-20T10:00:00+01:00', '2026-11-20T09:00:00+01:00');
    await send(h, 'products/create', earlier);
    // When the 2026-10 products/update arrives, whose variants no longer say whether inventory is tracked
    await send(h, 'products/update', payloadText('products-update'));
    await h.jobsFinished(2);
    // Then the in-stock variant is for sale from the payload, and the sold-out one as Shopify says: not
    const product = await h.stores.catalog.getProduct(SHOP, PRODUCT);
    expect(
      product?.variants.map((variant) => [variant.id, variant.inventoryQuantity, variant.availableForSale]),
    ).toEqual([
      [STANDARD, 12, true],
      [PRO, 0, false],
    ]);
    expect(admin?.requests).toHaveLength(1);
  });

  it('products/create: a sold-out variant whose inventory is not tracked stays for sale', async () => {
    const h = await start([
      {
        operationName: 'InventoryItemVariant',
        variables: { id: 'gid://shopify/InventoryItem/271878346596884026' },
        body: adminResponse('inventory-item-untracked'),
      },
    ]);
    await send(h, 'products/create', payloadText('products-create'));
    await h.jobsFinished(1);
    const product = await h.stores.catalog.getProduct(SHOP, 'gid://shopify/Product/788032119674292923');
    expect(product?.title).toBe('Paper filters');
    expect(product?.variants.map((variant) => variant.availableForSale)).toEqual([true, true]);
  });

  it('products/delete: the product named by an id above 2^53 is deleted', async () => {
    const h = await start([soldOutPro]);
    await send(h, 'products/create', payloadText('products-update'));
    await h.jobsFinished(1);
    await send(h, 'products/delete', payloadText('products-delete'));
    await h.jobsFinished(2);
    expect(await h.stores.catalog.getProduct(SHOP, PRODUCT)).toBeUndefined();
  });

  it('inventory_levels/update: the variant is read through its inventory item, id exact', async () => {
    const h = await start([soldOutPro, soldOutPro]);
    await send(h, 'products/create', payloadText('products-update'));
    await send(h, 'inventory_levels/update', payloadText('inventory-levels-update'));
    await h.jobsFinished(2);
    expect(admin?.requests.map((r) => r.variables['id'])).toEqual([
      'gid://shopify/InventoryItem/271878346596884016',
      'gid://shopify/InventoryItem/271878346596884016',
    ]);
    const pro = (await h.stores.catalog.getProduct(SHOP, PRODUCT))?.variants.find((v) => v.id === PRO);
    expect(pro?.availableForSale).toBe(false);
  });

  it('app/uninstalled: the shop is marked uninstalled and its tokens deleted', async () => {
    const h = await start();
    await send(h, 'app/uninstalled', payloadText('app-uninstalled'));
    await h.jobsFinished(1);
    expect((await h.stores.shops.get(SHOP))?.status).toBe('uninstalled');
    expect(await h.stores.sessions.findSessionsByShop(SHOP)).toEqual([]);
  });

  it('app_subscriptions/update: the subscription is read back from Shopify and kept as it is there', async () => {
    const h = await start([
      { operationName: 'AppBillingState', body: adminResponse('app-billing-state-active') },
    ]);
    expect((await send(h, 'app_subscriptions/update', payloadText('app-subscriptions-update'))).status).toBe(
      200,
    );
    await h.jobsFinished(1);
    expect(await h.stores.billing.subscriptions(SHOP)).toEqual([
      expect.objectContaining({
        id: 'gid://shopify/AppSubscription/1029266948',
        status: 'ACTIVE',
        recurringMinor: 2_900,
        cappedMinor: 10_000,
        balanceUsedMinor: 9_100,
        usageLineItemId: 'gid://shopify/AppSubscriptionLineItem/1029266948?v=1&index=1',
      }),
    ]);
  });

  it('app_subscriptions/approaching_capped_amount: the balance is read back, and the Plan page warns', async () => {
    const h = await start([
      { operationName: 'AppBillingState', body: adminResponse('app-billing-state-active') },
    ]);
    const body = payloadText('app-subscriptions-approaching-capped-amount');
    expect((await send(h, 'app_subscriptions/approaching_capped_amount', body)).status).toBe(200);
    await h.jobsFinished(1);
    const [subscription] = await h.stores.billing.subscriptions(SHOP);
    expect(subscription).toMatchObject({ balanceUsedMinor: 9_100, cappedMinor: 10_000 });
  });

  it("customers/data_request: the export lists that customer's order (customer id above 2^53)", async () => {
    const h = await start();
    await send(h, 'orders/create', payloadText('orders-create'));
    await send(h, 'customers/data_request', payloadText('customers-data-request'));
    await h.jobsFinished(2);
    const exported = JSON.stringify(
      await h.stores.dataRequests.exportOf(SHOP, '9999', new Date().toISOString()),
    );
    expect(exported).toContain(ORDER);
    expect(exported).toContain('"customerId":"115310627314723954"');
  });

  it("customers/redact: the customer's order, checkout events and raw payloads go", async () => {
    // Given Jon's order, the pixel events of its checkout, and the raw orders/create payload in the inbox
    const h = await start();
    await send(h, 'orders/create', payloadText('orders-create'), { webhookId: 'wh-order' });
    await h.jobsFinished(1);
    await h.stores.events.appendMany(SHOP, [
      {
        checkoutToken: 'b1946ac92492d2347c6235b4d2611184',
        offerId: 'o1',
        arm: 'treatment',
        type: 'impression',
        occurredAt: '2026-11-20T09:14:00.000Z',
      },
    ]);
    // When Shopify asks to redact him
    await send(h, 'customers/redact', payloadText('customers-redact'), { webhookId: 'wh-redact' });
    await h.jobsFinished(2);
    // Then nothing of his remains: order, events, and the payloads that named him (this one included)
    expect(await h.stores.orders.countOrders(SHOP)).toBe(0);
    expect(await h.stores.events.count(SHOP)).toBe(0);
    expect(await h.stores.inbox.get(SHOP, 'wh-order')).toBeUndefined();
    expect(await h.stores.inbox.get(SHOP, 'wh-redact')).toBeUndefined();
  });

  it('shop/redact: 48 hours after uninstall, nothing of the shop remains', async () => {
    const h = await start([soldOutPro]);
    await send(h, 'products/create', payloadText('products-update'));
    await send(h, 'app/uninstalled', payloadText('app-uninstalled'));
    await h.jobsFinished(2);
    await send(h, 'shop/redact', payloadText('shop-redact'));
    await h.jobsFinished(3);
    expect(await h.stores.catalog.countProducts(SHOP)).toBe(0);
    expect(await h.stores.shops.get(SHOP)).toBeUndefined();
  });
});
