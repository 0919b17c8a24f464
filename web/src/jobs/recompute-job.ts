import type { EnqueueOptions, JobHandler } from '../queue/types.js';
import type { Logger } from '../logger.js';
import { refreshOffers } from '../offers/refresh.js';
import { connectPixel, type PixelSettings } from '../pixel/connect-pixel.js';
import type { ProfileBulkOptions } from '../profiles/publish-profiles.js';
import type { AdminClient } from '../shopify/admin/client.js';
import type { Stores } from '../store/types.js';
import type { TandemJobs } from './types.js';

/**
 * One recompute per cause (`key`), serialised with the shop's syncs so it never mines a half-synced history and
 * never publishes beside another of the shop's publishes.
 */
export function recomputeOptions(shop: string, key: string): EnqueueOptions {
  return { idempotencyKey: `recompute:${shop}:${key}`, serialKey: shop };
}

/** Offers are recomputed daily even when nothing was synced: recency decay moves scores, and days roll over. */
export const RECOMPUTE_EVERY_MS = 86_400_000;

/** What a recompute needs; handlers.ts's JobDeps extends it (declared here so neither file imports the other). */
export interface RecomputeDeps {
  readonly stores: Stores;
  readonly logger: Logger;
  readonly adminClient: (shop: string) => Promise<AdminClient>;
  readonly now: () => Date;
  /** What the shop's web pixel must be connected with (the backend's URL). */
  readonly pixelSettings: PixelSettings;
  /** Large shops' buyer profiles through bulk mutations. */
  readonly profileBulk?: ProfileBulkOptions;
}

/**
 * Brings the shop's checkout up to date through the offers pipeline (offers/refresh.ts), then makes sure the web
 * pixel is connected.
 */
export function createRecomputeJob(deps: RecomputeDeps): JobHandler<TandemJobs['recompute']> {
  return async ({ shop, reason }, context) => {
    if ((await deps.stores.shops.get(shop))?.status !== 'installed') {
      context.log.info({ shop }, 'recompute skipped: shop is not installed');
      return;
    }
    // A sync's recompute already did today's work (on install, the server's first timer tick enqueues the nightly
    // run while the first sync's recompute is still mining); the nightly run would mine the same history again.
    if (reason === 'nightly' && (await recomputedThisWindow(deps, shop))) {
      context.log.info({ shop }, 'nightly recompute skipped: the offers were recomputed today');
      return;
    }
    const report = await refreshOffers(
      {
        stores: deps.stores,
        adminClient: deps.adminClient,
        now: deps.now,
        ...(deps.profileBulk ? { profileBulk: deps.profileBulk } : {}),
      },
      shop,
      { signal: context.signal },
    );
    context.signal.throwIfAborted();
    // On install (the first recompute) and whenever the backend URL changed; otherwise one create answered TAKEN
    // and one read. Not fatal: checkout offers work without it, only the funnel stays empty.
    const pixel = await connectPixel(await deps.adminClient(shop), deps.pixelSettings);
    if (pixel.kind === 'refused')
      deps.logger.warn({ shop, reason: pixel.reason }, 'web pixel not connected; the funnel gets no events');
    deps.logger.info(
      {
        shop,
        reason,
        jobId: context.jobId,
        definitionsCreated: report.definitionsCreated,
        orders: report.orders,
        lists: report.lists,
        changed: report.changed,
        discounted: report.discounted,
        written: report.published.written,
        calls: report.published.calls,
        skippedMissing: report.published.skippedMissing.length,
        skippedTooLarge: report.published.skippedTooLarge,
        skippedInvalid: report.published.skippedInvalid,
        pixel: pixel.kind,
      },
      'offers recomputed and published',
    );
  };
}

async function recomputedThisWindow(deps: RecomputeDeps, shop: string): Promise<boolean> {
  const report = await deps.stores.offers.getModelReport(shop);
  const windowStart = Math.floor(deps.now().getTime() / RECOMPUTE_EVERY_MS) * RECOMPUTE_EVERY_MS;
  return report !== undefined && Date.parse(report.computedAt) >= windowStart;
}
