import { describe, expect, it } from '@jest/globals';
import type { NewWebhookDelivery } from '@tandem/web/domain/index';
import type { FixtureFactory } from '../../support/db.js';
import { steppingClock } from '../../support/db.js';
import { expectInvalid } from './expect-invalid.js';

const delivery = (webhookId: string, overrides: Partial<NewWebhookDelivery> = {}): NewWebhookDelivery => ({
  webhookId,
  eventId: 'shared-event',
  topic: 'orders/create',
  triggeredAt: '2025-06-01T10:00:00Z',
  payload: { id: 1, line_items: [{ id: 2, properties: [{ name: '_tandem', value: 'o1:t' }] }] },
  receivedAt: '2025-06-01T10:00:01Z',
  ...overrides,
});

export function describeWebhookInboxContract(name: string, fixture: FixtureFactory): void {
  describe(`WebhookInbox [${name}]`, () => {
    it('records a delivery once and answers duplicates with the stored copy', async () => {
      const { stores, shop } = fixture();
      const first = await stores.inbox.record(shop, delivery('evt-1'));
      const again = await stores.inbox.record(shop, delivery('evt-1', { payload: { changed: true } }));
      expect(first.kind).toBe('new');
      expect(again).toEqual({ kind: 'duplicate', delivery: first.delivery });
      expect(first.delivery).toEqual({
        shop,
        ...delivery('evt-1'),
        triggeredAt: '2025-06-01T10:00:00.000Z',
        receivedAt: '2025-06-01T10:00:01.000Z',
        customerHash: null,
        processedAt: null,
        failures: 0,
        deadAt: null,
        lastError: null,
      });
    });

    it('dedupes concurrent redeliveries atomically', async () => {
      // Given 24 simultaneous deliveries of one event, over two connections where the backend has them
      const { stores, secondStores, shop } = fixture();
      const writers = [stores, secondStores ?? stores];
      // When all are recorded at once
      const results = await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          (writers[i % 2] ?? stores).inbox.record(shop, delivery('evt-race')),
        ),
      );
      // Then exactly one is new
      expect(results.filter((result) => result.kind === 'new')).toHaveLength(1);
      expect(await stores.inbox.listUnprocessed(shop)).toHaveLength(1);
    });

    it('records a burst of concurrent deliveries of several shops, each once, and a bad one fails alone', async () => {
      // Given 300 deliveries at once: 100 events of two shops, half of them delivered twice, and one malformed
      const { stores, shop, otherShop } = fixture();
      const burst = Array.from({ length: 300 }, (_, i) => {
        const n = i % 150;
        return { shop: n % 2 === 0 ? shop : otherShop, webhookId: `evt-${n % 100}` };
      });
      const results = await Promise.allSettled([
        ...burst.map(({ shop: owner, webhookId }) =>
          stores.inbox.record(owner, delivery(webhookId, { payload: { webhookId } })),
        ),
        stores.inbox.record(shop, delivery('evt-bad', { triggeredAt: 'yesterday' })),
      ]);
      // Then every distinct (shop, event) is new exactly once and the rest are duplicates of the stored copy
      const kinds = results.map((result) => (result.status === 'fulfilled' ? result.value.kind : 'rejected'));
      const distinct = new Set(burst.map(({ shop: owner, webhookId }) => `${owner} ${webhookId}`));
      expect(kinds.filter((kind) => kind === 'new')).toHaveLength(distinct.size);
      expect(kinds.filter((kind) => kind === 'duplicate')).toHaveLength(burst.length - distinct.size);
      expect(kinds.at(-1)).toBe('rejected');
      const stored = [
        ...(await stores.inbox.listUnprocessed(shop, { limit: 1_000 })),
        ...(await stores.inbox.listUnprocessed(otherShop, { limit: 1_000 })),
      ];
      expect(stored).toHaveLength(distinct.size);
      for (const row of stored) expect(row.payload).toEqual({ webhookId: row.webhookId });
    });

    it('tracks processing for the outbox and purges old processed deliveries', async () => {
      // Given three deliveries, one processed
      const { stores, shop, otherShop } = fixture({ clock: steppingClock('2025-06-02T00:00:00.000Z') });
      await stores.inbox.record(shop, delivery('evt-a', { receivedAt: '2025-06-01T10:00:03Z' }));
      await stores.inbox.record(shop, delivery('evt-b', { receivedAt: '2025-06-01T10:00:01Z' }));
      await stores.inbox.record(shop, delivery('evt-c', { receivedAt: '2025-06-01T10:00:02Z' }));
      await stores.inbox.record(otherShop, delivery('evt-z'));
      expect(await stores.inbox.markProcessed(shop, 'evt-c')).toBe(true);
      expect(await stores.inbox.markProcessed(shop, 'evt-c')).toBe(true);
      // Then the unprocessed ones list oldest first, the first processing time is kept
      expect((await stores.inbox.listUnprocessed(shop)).map((d) => d.webhookId)).toEqual(['evt-b', 'evt-a']);
      expect((await stores.inbox.listUnprocessed(shop, { limit: 1 })).map((d) => d.webhookId)).toEqual([
        'evt-b',
      ]);
      expect((await stores.inbox.get(shop, 'evt-c'))?.processedAt).toBe('2025-06-02T00:00:00.000Z');
      expect(await stores.inbox.markProcessed(shop, 'evt-unknown')).toBe(false);
      const pending = await stores.inbox.shopsWithUnprocessed();
      expect(pending).toEqual(expect.arrayContaining([shop, otherShop]));
      // And purging removes processed deliveries only
      expect(await stores.inbox.purgeProcessed(shop, '2025-07-01T00:00:00Z')).toBe(1);
      expect(await stores.inbox.get(shop, 'evt-c')).toBeUndefined();
      expect(await stores.inbox.get(shop, 'evt-a')).toBeDefined();
    });

    it('keeps shops apart and rejects malformed deliveries', async () => {
      const { stores, shop, otherShop } = fixture();
      await stores.inbox.record(shop, delivery('evt-1'));
      expect((await stores.inbox.record(otherShop, delivery('evt-1'))).kind).toBe('new');
      expect(await stores.inbox.markProcessed(otherShop, 'evt-1')).toBe(true);
      expect((await stores.inbox.get(shop, 'evt-1'))?.processedAt).toBeNull();
      await expectInvalid(stores.inbox.record(shop, delivery('evt-2', { topic: 'ORDERS CREATE' })), 'topic');
      await expectInvalid(stores.inbox.record(shop, delivery('', {})), 'webhookId');
      expect(await stores.inbox.get(shop, 'evt-2')).toBeUndefined();
    });

    it('keeps deliveries of one merchant action apart: the key is the webhook id, not the shared event id', async () => {
      // Given orders/create and products/update of one order placed, sharing X-Shopify-Event-Id
      const { stores, shop } = fixture();
      const order = await stores.inbox.record(shop, delivery('wh-order', { eventId: 'evt-1' }));
      const product = await stores.inbox.record(
        shop,
        delivery('wh-product', { eventId: 'evt-1', topic: 'products/update' }),
      );
      // Then both are new, and each keeps the event id for correlation
      expect([order.kind, product.kind]).toEqual(['new', 'new']);
      expect((await stores.inbox.get(shop, 'wh-product'))?.eventId).toBe('evt-1');
    });

    it('dead-letters a delivery after its last failed try, lists it, and revives it', async () => {
      // Given two pending deliveries, one of which keeps failing
      const { stores, shop } = fixture({ clock: steppingClock('2025-06-02T00:00:00.000Z') });
      await stores.inbox.record(shop, delivery('wh-ok'));
      await stores.inbox.record(shop, delivery('wh-bad', { receivedAt: '2025-06-01T10:00:02Z' }));
      // When its tries fail up to the maximum
      expect(await stores.inbox.recordFailure(shop, 'wh-bad', 'Error: Admin API 503', 3)).toEqual({
        failures: 1,
        dead: false,
      });
      await stores.inbox.recordFailure(shop, 'wh-bad', 'Error: Admin API 503', 3);
      expect(await stores.inbox.listDead(shop)).toEqual([]);
      expect(await stores.inbox.recordFailure(shop, 'wh-bad', 'Error: still 503', 3)).toEqual({
        failures: 3,
        dead: true,
      });
      // Then it is dead: listed with its last error, and no longer pending (the outbox stops sweeping it)
      const [dead] = await stores.inbox.listDead(shop);
      expect(dead).toMatchObject({ webhookId: 'wh-bad', failures: 3, lastError: 'Error: still 503' });
      expect(dead?.deadAt).not.toBeNull();
      expect((await stores.inbox.listUnprocessed(shop)).map((d) => d.webhookId)).toEqual(['wh-ok']);
      await stores.inbox.markProcessed(shop, 'wh-ok');
      expect(await stores.inbox.shopsWithUnprocessed()).not.toContain(shop);
      // And a revive makes it pending again with a fresh count; a live or unknown one cannot be revived
      expect(await stores.inbox.revive(shop, 'wh-bad')).toBe(true);
      expect(await stores.inbox.revive(shop, 'wh-bad')).toBe(false);
      expect(await stores.inbox.revive(shop, 'wh-unknown')).toBe(false);
      expect(await stores.inbox.get(shop, 'wh-bad')).toMatchObject({ failures: 0, deadAt: null });
      expect((await stores.inbox.listUnprocessed(shop)).map((d) => d.webhookId)).toEqual(['wh-bad']);
      expect(await stores.inbox.recordFailure(shop, 'wh-unknown', 'x', 3)).toBeUndefined();
    });
  });
}
