import { describe, expect, it } from '@jest/globals';
import type { NewPixelEvent } from '@tandem/web/domain/index';
import { createEventWriter } from '@tandem/web/measurement/index';
import { createMemoryStores, type Stores } from '@tandem/web/store/index';

const SHOP = 'writer-test.myshopify.com';
const OTHER = 'writer-other.myshopify.com';
const event = (n: number, day = '2025-03-02'): NewPixelEvent => ({
  checkoutToken: `${'a'.repeat(30)}${String(n).padStart(2, '0')}`,
  offerId: null,
  arm: 'treatment',
  type: 'eligible',
  occurredAt: `${day}T10:00:00.000Z`,
});

/** Memory stores whose event appends are counted (and can be made to fail): the network-free boundary. */
function countingStores(options: { failFor?: string } = {}) {
  const stores = createMemoryStores();
  const appends: { shop: string; events: number }[] = [];
  const events: Stores['events'] = {
    ...stores.events,
    async appendMany(shop, batch) {
      appends.push({ shop, events: batch.length });
      if (shop === options.failFor) throw new Error('disk full');
      return stores.events.appendMany(shop, batch);
    },
  };
  return { stores: { ...stores, events }, appends };
}

describe('createEventWriter', () => {
  it('gathers concurrent requests into one insert per shop and answers each once committed', async () => {
    // Given 50 requests arriving together for two shops
    const { stores, appends } = countingStores();
    const writer = createEventWriter(stores, { maxWaitMs: 5 });
    // When they are written
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        writer.write(i % 2 ? SHOP : OTHER, [event(i), event(i, '2025-03-03')]),
      ),
    );
    // Then two inserts stored all 100 events, and the days they fall on are dirty
    expect(appends).toEqual([
      { shop: OTHER, events: 50 },
      { shop: SHOP, events: 50 },
    ]);
    expect(await stores.events.count(SHOP)).toBe(50);
    expect((await stores.measurement.dirtyDays(SHOP)).map((d) => d.day)).toEqual([
      '2025-03-02',
      '2025-03-03',
    ]);
  });

  it('fails the requests of a shop whose insert failed, and only those', async () => {
    const { stores } = countingStores({ failFor: SHOP });
    const writer = createEventWriter(stores, { maxWaitMs: 5 });
    const results = await Promise.allSettled([
      writer.write(SHOP, [event(1)]),
      writer.write(OTHER, [event(2)]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect(await stores.events.count(OTHER)).toBe(1);
  });

  it('writes at once when a batch is full, refuses beyond the backlog, and flushes on close', async () => {
    const { stores, appends } = countingStores();
    const writer = createEventWriter(stores, { maxWaitMs: 60_000, maxBatchEvents: 3, maxPendingEvents: 5 });
    // A full batch does not wait for the (long) timer
    await writer.write(SHOP, [event(1), event(2), event(3)]);
    expect(appends).toEqual([{ shop: SHOP, events: 3 }]);
    // Below a batch it waits; past the backlog bound it refuses with 503
    const waiting = writer.write(SHOP, [event(4), event(5)]);
    await expect(writer.write(SHOP, [event(6), event(7), event(8), event(9)])).rejects.toMatchObject({
      status: 503,
    });
    await writer.close();
    await waiting;
    expect(await stores.events.count(SHOP)).toBe(5);
    await expect(writer.write(SHOP, [event(10)])).rejects.toMatchObject({ status: 503 });
  });
});
