import { afterEach, describe, expect, it } from '@jest/globals';
import { sweepWebhookOutbox } from '@tandem/web/webhooks/outbox-sweep';
import { WEBHOOK_MAX_TRIES } from '@tandem/web/webhooks/topics';
import { createQueuedFetch } from '../../support/queued-fetch.js';
import { buildWebhookHarness, payloadText, SHOP } from './harness.js';
import { adminResponse, send, type Harness } from './send.js';

let harness: Harness | undefined;
afterEach(async () => harness?.close());

const outage = (count: number) =>
  Array.from({ length: count }, () => ({
    operationName: 'InventoryItemVariant',
    status: 503,
    body: adminResponse('server-error'),
  }));

describe('a webhook whose processing keeps failing', () => {
  it('is retried with backoff up to the maximum, every failure logged without the payload, then dead-lettered', async () => {
    // Given the Admin API down for every try of a products/create that needs it (its Pro edition sold out)
    const admin = createQueuedFetch(outage(WEBHOOK_MAX_TRIES));
    harness = await buildWebhookHarness({ adminFetch: admin.fetch });
    // When the webhook arrives
    await send(harness, 'products/create', payloadText('products-update'), { webhookId: 'wh-dead' });
    await harness.jobsFinished(1);
    // Then it was tried exactly WEBHOOK_MAX_TRIES times, and each failed try is logged with job, shop and topic
    admin.assertAllUsed();
    const lines = harness.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    const DEAD = 'webhook dead-lettered after its last try; retry it from the admin Sync page';
    const failures = lines.filter((line) => line['msg'] === 'job try failed' || line['msg'] === DEAD);
    expect(failures.map((line) => line['attempt'])).toEqual(
      Array.from({ length: WEBHOOK_MAX_TRIES }, (_, i) => i + 1),
    );
    for (const line of failures)
      expect(line).toMatchObject({ job: 'webhook', shop: SHOP, topic: 'products/create' });
    expect(failures.at(-1)?.['msg']).toBe(DEAD);
    // And no log line carries the payload
    expect(harness.logs.join('')).not.toMatch(/Hand grinder|HG-PRO|788032119674292922/);
    // And the delivery is a dead letter: listed with its error, and the outbox no longer sweeps it
    const [dead] = await harness.stores.inbox.listDead(SHOP);
    expect(dead).toMatchObject({ webhookId: 'wh-dead', failures: WEBHOOK_MAX_TRIES, processedAt: null });
    expect(dead?.lastError).toContain('503');
    const swept = await sweepWebhookOutbox({
      inbox: harness.stores.inbox,
      queue: harness.queue,
      logger: harness.logger,
      olderThan: new Date(Date.now() + 60_000),
    });
    expect(swept).toBe(0);
  });
});
