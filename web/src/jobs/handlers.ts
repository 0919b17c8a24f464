import type { Billing } from '../billing/index.js';
import type { JobHandlers } from '../queue/types.js';
import { reconcileAttribution } from '../measurement/attribution/index.js';
import { refreshRollups } from '../measurement/kpis/index.js';
import { runSync } from '../sync/index.js';
import type { createWebhookProcessor } from '../webhooks/process-delivery.js';
import { WEBHOOK_MAX_TRIES } from '../webhooks/topics.js';
import { errorSummary, withFailureLog } from './failure-log.js';
import { createRecomputeJob, recomputeOptions, type RecomputeDeps } from './recompute-job.js';
import { createRollupJob } from './rollup-job.js';
import type { TandemJobs, TandemQueue } from './types.js';

export interface JobDeps extends RecomputeDeps {
  readonly processWebhook: ReturnType<typeof createWebhookProcessor>;
  readonly customerHashKey: string;
  /** Downloads bulk files (emulator-routed in emulator mode). */
  readonly fetch: typeof fetch;
  readonly queue: Pick<TandemQueue, 'enqueue'>;
  /** Charges an order's usage as its orders/create webhook would have (keyed: charging twice is a no-op). */
  readonly billing: Pick<Billing, 'chargeOrder'>;
}

/** The work behind each job name; handlers are idempotent, as a job may run again after a crash. */
export function createJobHandlers(deps: JobDeps): JobHandlers<TandemJobs> {
  return withFailureLog<TandemJobs>(handlers(deps), deps.logger);
}

function handlers(deps: JobDeps): JobHandlers<TandemJobs> {
  return {
    async sync({ shop, kind }, context) {
      const shopRecord = await deps.stores.shops.get(shop);
      if (shopRecord?.status !== 'installed') {
        context.log.info({ shop }, 'sync skipped: shop is not installed');
        return;
      }
      const log = deps.logger.child({ shop, job: 'sync', jobId: context.jobId });
      const run = await runSync({
        client: await deps.adminClient(shop),
        stores: deps.stores,
        shop,
        now: deps.now,
        fetch: deps.fetch,
        signal: context.signal,
        log: (event) => (event.type === 'progress' ? log.debug(event) : log.info(event)),
        options: { kind, customerHashKey: deps.customerHashKey },
      });
      // Orders that came by sync rather than webhook (or changed while a webhook was lost) are attributed now,
      // and the days that changed are rolled up so the dashboard's next read is cheap.
      const { offerOrders, ...reconciled } = await reconcileAttribution({ stores: deps.stores }, shop, {
        signal: context.signal,
      });
      // An order whose webhook was missed is charged as the webhook would have charged it.
      for (const orderId of offerOrders) {
        context.signal.throwIfAborted();
        await deps.billing.chargeOrder(shop, orderId);
      }
      const days = await refreshRollups({ stores: deps.stores }, shop);
      log.info({ reconciled, charged: offerOrders.length, rolledUpDays: days }, 'attribution reconciled');
      // What was learnt reaches checkout: one recompute per successful run, serialised with the shop's syncs.
      await deps.queue.enqueue(
        'recompute',
        { shop, reason: 'sync' },
        recomputeOptions(shop, `sync:${run.id}`),
      );
    },
    recompute: createRecomputeJob(deps),
    rollup: createRollupJob(deps),
    async webhook(payload, context) {
      const { shop, topic } = payload;
      // Jobs queued before the inbox was keyed by webhook id carry `eventId`, which migration 0004 made the key.
      const webhookId = payload.webhookId ?? (payload as { eventId?: string }).eventId ?? '';
      try {
        const outcome = await deps.processWebhook(shop, webhookId);
        context.log.info({ shop, webhookId, topic, outcome }, 'webhook processed');
      } catch (error) {
        if (context.signal.aborted) throw error;
        // Counted on the delivery, not the job: the outbox sweep may enqueue it again, and the count goes on.
        const failure = await deps.stores.inbox.recordFailure(
          shop,
          webhookId,
          errorSummary(error),
          WEBHOOK_MAX_TRIES,
        );
        if (!failure?.dead) throw error;
        deps.logger.error(
          {
            job: 'webhook',
            shop,
            topic,
            webhookId,
            attempt: context.attempt,
            failures: failure.failures,
            err: errorSummary(error),
          },
          'webhook dead-lettered after its last try; retry it from the admin Sync page',
        );
      }
    },
  };
}
