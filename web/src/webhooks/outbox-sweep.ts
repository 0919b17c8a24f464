import type { Logger } from '../logger.js';
import type { WebhookInbox } from '../store/ports/webhook-inbox.js';
import type { TandemQueue } from '../jobs/types.js';
import { enqueueWebhook } from './webhook-route.js';

/**
 * Re-enqueues persisted webhooks that never reached the queue (Redis was down when they arrived, or the process
 * died between persist and enqueue); dead letters are left to the admin's retry. The idempotency key is the one the webhook route uses, so a delivery
 * already queued is not queued twice. Returns how many were enqueued.
 */
export async function sweepWebhookOutbox(deps: {
  readonly inbox: WebhookInbox;
  readonly queue: Pick<TandemQueue, 'enqueue'>;
  readonly logger: Logger;
  /** Only deliveries older than this are swept, so fresh ones are left to the route's own enqueue. */
  readonly olderThan: Date;
}): Promise<number> {
  let enqueued = 0;
  for (const shop of await deps.inbox.shopsWithUnprocessed()) {
    for (const delivery of await deps.inbox.listUnprocessed(shop, { limit: 1_000 })) {
      if (Date.parse(delivery.receivedAt) > deps.olderThan.getTime()) continue;
      const result = await enqueueWebhook(deps.queue, shop, delivery.webhookId, delivery.topic);
      if (result.kind === 'enqueued') enqueued += 1;
    }
  }
  if (enqueued > 0) deps.logger.info({ enqueued }, 'webhook outbox: re-enqueued persisted deliveries');
  return enqueued;
}
