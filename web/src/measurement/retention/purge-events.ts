import type { Logger } from '../../logger.js';
import type { Stores } from '../../store/types.js';
import { FUNNEL_LIMITS } from '../funnel/limits.js';

const DAY_MS = 86_400_000;

/**
 * Events of a checkout Shopify has not reported are kept this long past the funnel window: Shopify retries a
 * webhook for up to 48 hours, so a report may still come; after that they can never count.
 */
export const UNVERIFIED_GRACE_MS = FUNNEL_LIMITS.windowMs + 2 * DAY_MS;

/**
 * Deletes raw pixel events past the retention period once they are rolled up: a shop whose rollup of a day near
 * the cutoff is still pending keeps its old events until the job has read them. Events of checkouts Shopify never
 * reported go after UNVERIFIED_GRACE_MS whatever the retention (a forged flood is not kept for months).
 */
export async function purgeEvents(deps: {
  readonly stores: Pick<Stores, 'shops' | 'measurement'>;
  readonly retentionDays: number;
  readonly logger: Logger;
  readonly now: () => Date;
}): Promise<number> {
  const nowMs = deps.now().getTime();
  const before = new Date(nowMs - deps.retentionDays * DAY_MS);
  // A checkout's events may fall up to a window after its day: that day's rollup reads them.
  const pendingUpTo = new Date(before.getTime() + FUNNEL_LIMITS.windowMs).toISOString().slice(0, 10);
  const unverifiedBefore = new Date(nowMs - UNVERIFIED_GRACE_MS).toISOString();
  let purged = 0;
  for (const shop of await deps.stores.shops.list()) {
    const pending = await deps.stores.measurement.dirtyDays(shop.domain, {
      from: '0000-01-01',
      to: pendingUpTo,
    });
    purged += await deps.stores.measurement.purgeEvents(shop.domain, {
      before: pending.length > 0 ? new Date(0).toISOString() : before.toISOString(),
      unverifiedBefore,
    });
  }
  if (purged > 0) deps.logger.info({ purged, before: before.toISOString() }, 'pixel events purged');
  return purged;
}
