import { Router } from 'express';
import type { DeadWebhook, SyncRunsResponse } from '../../api-contract/index.js';
import { NotFoundError } from '../../errors.js';
import type { Stores } from '../../store/types.js';
import type { TandemQueue } from '../../jobs/types.js';
import { enqueueWebhook } from '../../webhooks/webhook-route.js';
import { authenticatedShop } from '../session-token.js';

/**
 * GET /api/sync: the shop's recent sync runs (status, counts, cost, errors) and its dead-lettered webhooks.
 * POST /api/sync: sync now. POST /api/sync/webhooks/:webhookId/retry: give a dead webhook a fresh set of tries.
 */
export function syncRoutes(deps: {
  readonly stores: Pick<Stores, 'syncRuns' | 'inbox'>;
  readonly queue: Pick<TandemQueue, 'enqueue'>;
}): Router {
  const router = Router();
  router.get('/api/sync', async (_req, res) => {
    const shop = authenticatedShop(res);
    const [runs, dead] = await Promise.all([
      deps.stores.syncRuns.list(shop, { limit: 20 }),
      deps.stores.inbox.listDead(shop, { limit: 50 }),
    ]);
    const deadWebhooks = dead.map((delivery): DeadWebhook => ({
      webhookId: delivery.webhookId,
      topic: delivery.topic,
      receivedAt: delivery.receivedAt,
      deadAt: delivery.deadAt ?? delivery.receivedAt,
      failures: delivery.failures,
      lastError: delivery.lastError,
    }));
    res.json({ runs, deadWebhooks } satisfies SyncRunsResponse);
  });
  router.post('/api/sync', async (_req, res) => {
    const shop = authenticatedShop(res);
    // One manual sync at a time: a second click while one waits is the same job.
    const result = await deps.queue.enqueue(
      'sync',
      { shop, kind: 'full' },
      { idempotencyKey: `manual-sync:${shop}`, idempotencyWindowMs: 0, serialKey: shop },
    );
    res.status(202).json(result);
  });
  router.post('/api/sync/webhooks/:webhookId/retry', async (req, res) => {
    const shop = authenticatedShop(res);
    const { webhookId } = req.params;
    const delivery = await deps.stores.inbox.get(shop, webhookId);
    if (!delivery || !(await deps.stores.inbox.revive(shop, webhookId)))
      throw new NotFoundError(`No dead webhook ${webhookId} for this shop`);
    // If the queue is down now, the revived delivery is pending again and the outbox sweep enqueues it.
    const result = await enqueueWebhook(deps.queue, shop, webhookId, delivery.topic, `retry-${Date.now()}`);
    res.status(202).json(result);
  });
  return router;
}
