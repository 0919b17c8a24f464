// Fault injection over real HTTP: every fault kind, as the reliability suites will use them.
import { describe, expect, it, jest } from '@jest/globals';
import type { DeliveryView } from '@tandem/emulator';
import { adminQuery, offlineToken, SHOP, startEmulator, TEST_APP } from './support/harness.js';
import { startReceiver } from './support/receiver.js';

// The engine builds the Admin schema (~10 MB) on first use in each test file: allow for that cold start.
jest.setTimeout(30_000);

const QUERY = '{ shop { name } }';
const VARIANT = 'gid://shopify/ProductVariant/10010';
const settled = (deliveries: DeliveryView[]) =>
  deliveries.every((d) => d.state === 'delivered' || d.state === 'failed' || d.state === 'dropped');

describe('request faults', () => {
  it('answers the next N admin requests with the injected 5xx, then recovers', async () => {
    const emulator = await startEmulator();
    try {
      const token = await offlineToken(emulator);
      // Given two injected 503s for the Admin API
      await emulator.control.injectFault({ kind: 'http-error', status: 503, target: 'admin', count: 2 });
      // When three requests are made
      const results = [];
      for (let i = 0; i < 3; i++) results.push(await adminQuery(emulator, token, QUERY));
      // Then the first two fail with a Shopify-style body and the third succeeds
      expect(results.map((r) => r.status)).toEqual([503, 503, 200]);
      expect(results[0]?.body).toEqual({ errors: 'Service Unavailable' });
      expect(await emulator.control.faults()).toEqual([]);
    } finally {
      await emulator.close();
    }
  });

  it('fails a seeded share of requests, the same ones in every run', async () => {
    const failures = async () => {
      const emulator = await startEmulator({ faultSeed: 7 });
      try {
        const token = await offlineToken(emulator);
        await emulator.control.injectFault({ kind: 'http-error', status: 500, target: 'admin', share: 0.5 });
        const statuses = [];
        for (let i = 0; i < 20; i++) statuses.push((await adminQuery(emulator, token, QUERY)).status);
        return statuses;
      } finally {
        await emulator.close();
      }
    };
    const first = await failures();
    const failed = first.filter((status) => status === 500).length;
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(20);
    expect(await failures()).toEqual(first);
  });

  it('holds a request past the client timeout, then serves the next one', async () => {
    const emulator = await startEmulator();
    try {
      const token = await offlineToken(emulator);
      await emulator.control.injectFault({ kind: 'timeout', target: 'admin', hangMs: 5_000 });
      // When the client gives up after 300 ms
      const hung = fetch(`${emulator.url}/shops/${SHOP}/admin/api/2026-10/graphql.json`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': token },
        body: JSON.stringify({ query: QUERY }),
        signal: AbortSignal.timeout(300),
      });
      // Then it times out, and the next request is answered normally
      await expect(hung).rejects.toThrow(/abort|timeout/i);
      expect((await adminQuery(emulator, token, QUERY)).status).toBe(200);
    } finally {
      await emulator.close();
    }
  });

  it('answers THROTTLED for injected throttling even with a full bucket', async () => {
    const emulator = await startEmulator();
    try {
      const token = await offlineToken(emulator);
      await emulator.control.injectFault({ kind: 'throttle', count: 1 });
      const throttled = await adminQuery(emulator, token, QUERY);
      expect(throttled.status).toBe(200);
      expect(throttled.body.errors[0].extensions.code).toBe('THROTTLED');
      expect((await adminQuery(emulator, token, QUERY)).body.data.shop.name).toBe('Test Shop');
    } finally {
      await emulator.close();
    }
  });

  it('clears every fault on reset', async () => {
    const emulator = await startEmulator();
    try {
      const token = await offlineToken(emulator);
      await emulator.control.injectFault({ kind: 'http-error', target: 'any', count: 5 });
      await emulator.control.injectFault({ kind: 'throttle', share: 1 });
      expect(await emulator.control.resetFaults()).toBe(2);
      expect((await adminQuery(emulator, token, QUERY)).status).toBe(200);
    } finally {
      await emulator.close();
    }
  });
});

describe('webhook faults', () => {
  const withReceiver = async (
    run: (ctx: {
      emulator: Awaited<ReturnType<typeof startEmulator>>;
      topics: () => string[];
      ids: () => string[];
    }) => Promise<void>,
  ) => {
    const receiver = await startReceiver();
    const emulator = await startEmulator({ apps: [{ ...TEST_APP, webhookUri: receiver.url }] });
    try {
      await run({
        emulator,
        topics: () => receiver.requests.map((r) => String(r.headers['x-shopify-topic'])),
        ids: () => receiver.requests.map((r) => String(r.headers['x-shopify-webhook-id'])),
      });
    } finally {
      await Promise.all([emulator.close(), receiver.close()]);
    }
  };

  it('drops a webhook: logged as dropped, never sent', async () => {
    await withReceiver(async ({ emulator, topics }) => {
      // Given a drop for orders/create; placing an order also sends inventory_levels/update
      await emulator.control.injectFault({ kind: 'drop-webhook', topic: 'orders/create' });
      await emulator.control.createOrder({ shop: SHOP, lines: [{ variantId: VARIANT, quantity: 1 }] });
      const log = await emulator.control.waitForDeliveries({}, (all) => all.length === 2 && settled(all));
      // Then only the inventory update reached the app
      expect(log.map((d) => [d.topic, d.state])).toEqual([
        ['orders/create', 'dropped'],
        ['inventory_levels/update', 'delivered'],
      ]);
      expect(topics()).toEqual(['inventory_levels/update']);
    });
  });

  it('delivers one webhook twice with identical ids', async () => {
    await withReceiver(async ({ emulator, topics, ids }) => {
      await emulator.control.injectFault({ kind: 'duplicate-webhook', topic: 'orders/create' });
      await emulator.control.createOrder({ shop: SHOP, lines: [{ variantId: VARIANT, quantity: 1 }] });
      const log = await emulator.control.waitForDeliveries(
        { topic: 'orders/create' },
        (all) => all.length === 2 && settled(all),
      );
      expect(log.map((d) => d.copy)).toEqual([1, 2]);
      const orderIds = ids().filter((_, i) => topics()[i] === 'orders/create');
      expect(orderIds).toHaveLength(2);
      expect(orderIds[0]).toBe(orderIds[1]);
    });
  });

  it('delivers a batch out of order', async () => {
    await withReceiver(async ({ emulator, topics }) => {
      // Given a reorder of the next two deliveries
      await emulator.control.injectFault({ kind: 'reorder-webhooks', batch: 2 });
      // When an order is placed (orders/create, then inventory_levels/update)
      await emulator.control.createOrder({ shop: SHOP, lines: [{ variantId: VARIANT, quantity: 1 }] });
      await emulator.control.waitForDeliveries({}, (all) => all.length === 2 && settled(all));
      // Then the app sees them newest first
      expect(topics()).toEqual(['inventory_levels/update', 'orders/create']);
    });
  });
});
