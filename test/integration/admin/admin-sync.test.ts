import { promises as fs } from 'node:fs';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { SyncRunsResponse } from '@tandem/web/api-contract/index';
import { parseJsonLossless } from '@tandem/web/webhooks/lossless-json';
import { WEBHOOK_MAX_TRIES } from '@tandem/web/webhooks/topics';
import { startAdminFixture, type AdminFixture } from './admin-fixture.js';

describe('Sync page API: dead-lettered webhooks', () => {
  let fixture: AdminFixture | undefined;
  afterEach(async () => fixture?.close());

  it('lists a dead webhook without its payload, and a retry processes it once, for its own shop only', async () => {
    // Given an orders/create delivery of the shop whose every try failed
    const f = (fixture = await startAdminFixture('sqlite'));
    const { inbox, orders } = f.harness.app.stores;
    const text = await fs.readFile(
      new URL('../webhooks/payloads/orders-create.json', import.meta.url),
      'utf8',
    );
    await inbox.record(f.shop, {
      webhookId: 'wh-dead',
      topic: 'orders/create',
      triggeredAt: '2026-11-20T09:15:02Z',
      payload: parseJsonLossless(text),
      receivedAt: '2026-11-20T09:15:03Z',
    });
    for (let i = 0; i < WEBHOOK_MAX_TRIES; i += 1)
      await inbox.recordFailure(f.shop, 'wh-dead', 'UnavailableError: HTTP 503', WEBHOOK_MAX_TRIES);
    const ordersBefore = await orders.countOrders(f.shop);

    // When the merchant opens the Sync page
    const page = await f.call<SyncRunsResponse>('GET', '/api/sync');
    // Then the dead webhook is listed with its error and tries, and nothing of the order's content
    expect(page.status).toBe(200);
    expect(page.body.deadWebhooks).toEqual([
      expect.objectContaining({
        webhookId: 'wh-dead',
        topic: 'orders/create',
        failures: WEBHOOK_MAX_TRIES,
        lastError: 'UnavailableError: HTTP 503',
      }),
    ]);
    expect(JSON.stringify(page.body.deadWebhooks)).not.toContain('jon@example.com');
    // And another shop neither sees it nor can retry it
    expect(
      (await f.call<SyncRunsResponse>('GET', '/api/sync', undefined, f.otherShop)).body.deadWebhooks,
    ).toEqual([]);
    expect((await f.call('POST', '/api/sync/webhooks/wh-dead/retry', undefined, f.otherShop)).status).toBe(
      404,
    );

    // When the merchant presses Retry
    expect((await f.call('POST', '/api/sync/webhooks/wh-dead/retry')).status).toBe(202);
    await f.harness.jobsIdle();
    // Then it is processed: the order is stored, the dead letter gone, and a second retry finds nothing to do
    expect(await orders.countOrders(f.shop)).toBe(ordersBefore + 1);
    expect((await inbox.get(f.shop, 'wh-dead'))?.processedAt).not.toBeNull();
    expect((await f.call<SyncRunsResponse>('GET', '/api/sync')).body.deadWebhooks).toEqual([]);
    expect((await f.call('POST', '/api/sync/webhooks/wh-dead/retry')).status).toBe(404);
  });
});
