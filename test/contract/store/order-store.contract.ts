import { describe, expect, it } from '@jest/globals';
import type { MinerLine, OrderStore } from '@tandem/web/store/index';
import type { FixtureFactory } from '../../support/db.js';
import { buildLine, buildOrder, orderGid } from './builders.js';
import { expectInvalid } from './expect-invalid.js';

async function collect(orders: OrderStore, shop: string, options?: Parameters<OrderStore['streamLines']>[1]) {
  const batches: (readonly MinerLine[])[] = [];
  for await (const batch of orders.streamLines(shop, options)) batches.push(batch);
  return batches;
}

export function describeOrderStoreContract(name: string, fixture: FixtureFactory): void {
  describe(`OrderStore [${name}]`, () => {
    it('upserts idempotently and replaces the lines of an order', async () => {
      // Given an order with two lines, written twice
      const { stores, shop } = fixture();
      const order = buildOrder(1);
      await stores.orders.upsertOrders(shop, [order]);
      await stores.orders.upsertOrders(shop, [order]);
      expect(await stores.orders.getOrder(shop, order.id)).toEqual(order);
      // When an edit drops a line and refunds part
      const edited = buildOrder(1, {
        lines: [buildLine(12, { quantity: 3 })],
        refundedMinor: 500,
        updatedAt: '2025-02-02T00:00:00Z',
      });
      const result = await stores.orders.upsertOrders(shop, [edited]);
      // Then the order holds exactly the new lines
      expect(result).toEqual({ written: 1, stale: 0 });
      expect(await stores.orders.getOrder(shop, order.id)).toEqual({
        ...edited,
        updatedAt: '2025-02-02T00:00:00.000Z',
      });
      expect(await stores.orders.countOrders(shop)).toBe(1);
      expect(await stores.orders.countLines(shop)).toBe(1);
    });

    it('ignores an older copy of an order, lines included', async () => {
      const { stores, shop } = fixture();
      await stores.orders.upsertOrders(shop, [buildOrder(1, { updatedAt: '2025-02-02T00:00:00.000Z' })]);
      const result = await stores.orders.upsertOrders(shop, [
        buildOrder(1, { lines: [], updatedAt: '2025-02-01T00:00:00Z' }),
      ]);
      expect(result).toEqual({ written: 0, stale: 1 });
      expect(await stores.orders.countLines(shop)).toBe(2);
    });

    it('keeps the first createdAt of an order while replacing its lines', async () => {
      // Given an order, then a newer copy claiming another creation time with one line
      const { stores, shop } = fixture();
      const order = buildOrder(1);
      await stores.orders.upsertOrders(shop, [order]);
      const later = buildOrder(1, {
        createdAt: '2030-01-01T00:00:00Z',
        updatedAt: '2025-03-01T00:00:00Z',
        lines: [buildLine(19)],
      });
      await stores.orders.upsertOrders(shop, [later]);
      // Then the creation time stays, and only the new line exists, streamed once
      const stored = await stores.orders.getOrder(shop, order.id);
      expect(stored?.createdAt).toBe(order.createdAt);
      expect(stored?.lines).toEqual([buildLine(19)]);
      expect(
        (await collect(stores.orders, shop)).flat().map((line) => [line.lineId, line.createdAt]),
      ).toEqual([['gid://shopify/LineItem/19', order.createdAt]]);
    });

    it('keeps a known checkout token when a newer copy lacks it, and takes a new one', async () => {
      // Given an order stored from its webhook (with the checkout token attribution joins on)
      const { stores, shop } = fixture();
      const order = buildOrder(1);
      await stores.orders.upsertOrders(shop, [order]);
      // When sync brings a newer copy without the token (the Admin API does not return it)
      await stores.orders.upsertOrders(shop, [
        buildOrder(1, { checkoutToken: null, updatedAt: '2025-03-01T00:00:00Z' }),
      ]);
      // Then the token survives; a newer copy with another token replaces it
      expect((await stores.orders.getOrder(shop, order.id))?.checkoutToken).toBe(order.checkoutToken);
      await stores.orders.upsertOrders(shop, [
        buildOrder(1, { checkoutToken: 'checkout-9', updatedAt: '2025-04-01T00:00:00Z' }),
      ]);
      expect((await stores.orders.getOrder(shop, order.id))?.checkoutToken).toBe('checkout-9');
    });

    it('streams lines in createdAt order, in batches of whole orders', async () => {
      // Given orders written out of time order, one of them cancelled
      const { stores, shop } = fixture();
      const orders = [5, 3, 1, 4, 2].map((n) =>
        buildOrder(n, n === 4 ? { cancelledAt: '2025-01-02T00:00:00Z' } : {}),
      );
      await stores.orders.upsertOrders(shop, orders);
      // When streamed two orders per batch, and from the third order's time on
      const batches = await collect(stores.orders, shop, { ordersPerBatch: 2 });
      const since = await collect(stores.orders, shop, { since: buildOrder(3).createdAt });
      // Then batches hold whole orders, oldest first, with each line's order data
      expect(batches.map((batch) => [...new Set(batch.map((line) => line.orderId))])).toEqual([
        [orderGid(1), orderGid(2)],
        [orderGid(3), orderGid(4)],
        [orderGid(5)],
      ]);
      const first = batches[0]?.[0];
      expect(first).toEqual({
        orderId: orderGid(1),
        createdAt: buildOrder(1).createdAt,
        customerHash: buildOrder(1).customerHash,
        cancelled: false,
        lineId: 'gid://shopify/LineItem/11',
        productId: 'gid://shopify/Product/11',
        variantId: 'gid://shopify/ProductVariant/1101',
        quantity: 1,
        unitPriceMinor: 1_250,
        discountedTotalMinor: 1_250,
      });
      expect(
        batches
          .flat()
          .filter((line) => line.cancelled)
          .map((line) => line.orderId),
      ).toEqual([orderGid(4), orderGid(4)]);
      expect(new Set(since.flat().map((line) => line.orderId))).toEqual(
        new Set([orderGid(3), orderGid(4), orderGid(5)]),
      );
    });

    it('chunks a 20,000-line upsert within parameter limits, idempotently', async () => {
      // Given 2,000 orders of 10 lines (far more bound values than one statement may hold)
      const { stores, shop } = fixture();
      const orders = Array.from({ length: 2_000 }, (_, i) =>
        buildOrder(i + 1, { lines: Array.from({ length: 10 }, (_, l) => buildLine((i + 1) * 100 + l)) }),
      );
      // When written twice
      expect(await stores.orders.upsertOrders(shop, orders)).toEqual({ written: 2_000, stale: 0 });
      await stores.orders.upsertOrders(shop, orders);
      // Then every line is stored once and streams back in order
      expect(await stores.orders.countLines(shop)).toBe(20_000);
      const lines = (await collect(stores.orders, shop)).flat();
      expect(lines).toHaveLength(20_000);
      const times = lines.map((line) => line.createdAt);
      expect(times).toEqual([...times].sort());
    }, 120_000);

    it("finds and deletes one customer's orders only", async () => {
      // Given orders of two customers
      const { stores, shop } = fixture();
      const hash = 'a'.repeat(64);
      await stores.orders.upsertOrders(shop, [
        buildOrder(1, { customerHash: hash }),
        buildOrder(2, { customerHash: hash }),
        buildOrder(3),
      ]);
      // When one customer's data is requested, then deleted
      const found = await stores.orders.findByCustomerHash(shop, hash);
      const deleted = await stores.orders.deleteByCustomerHash(shop, hash);
      // Then exactly their orders and lines are gone
      expect(found.map((order) => order.id)).toEqual([orderGid(1), orderGid(2)]);
      expect(deleted).toBe(2);
      expect(await stores.orders.countOrders(shop)).toBe(1);
      expect(await stores.orders.countLines(shop)).toBe(2);
    });

    it('keeps shops apart', async () => {
      const { stores, shop, otherShop } = fixture();
      await stores.orders.upsertOrders(shop, [buildOrder(1)]);
      await stores.orders.upsertOrders(otherShop, [buildOrder(1, { lines: [] })]);
      expect(await stores.orders.countLines(shop)).toBe(2);
      expect(await stores.orders.getOrder(otherShop, orderGid(1))).toMatchObject({ lines: [] });
      expect((await collect(stores.orders, otherShop)).flat()).toEqual([]);
    });

    it('rejects a negative quantity or raw customer data, storing nothing', async () => {
      // Given a batch whose second order has a negative quantity
      const { stores, shop } = fixture();
      const bad = buildOrder(2, { lines: [buildLine(21, { quantity: -1 })] });
      // When written, then nothing of the batch is stored
      await expectInvalid(
        stores.orders.upsertOrders(shop, [buildOrder(1), bad]),
        'orders[1].lines[0].quantity',
      );
      await expectInvalid(
        stores.orders.upsertOrders(shop, [buildOrder(3, { customerHash: 'jane@example.com' })]),
        'orders[0].customerHash',
      );
      await expectInvalid(
        stores.orders.upsertOrders(shop, [buildOrder(4, { lines: [buildLine(1), buildLine(1)] })]),
        'orders[0].lines[1].lineId',
      );
      expect(await stores.orders.countOrders(shop)).toBe(0);
      await expectInvalid(() => stores.orders.streamLines(shop, { since: 'yesterday' }), 'since');
    });
  });
}
