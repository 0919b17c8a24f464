import { Router } from 'express';
import type { SetupResponse } from '../../api-contract/index.js';
import { decodeKpiDay, toDay } from '../../measurement/kpis/index.js';
import { WebPixelDocument } from '../../shopify/admin/generated/graphql.js';
import { authenticatedShop } from '../session-token.js';
import { plainFailure } from './admin-config-status.js';
import type { AdminDeps } from './admin-deps.js';
import { countPending } from './admin-overview-routes.js';
import { checkoutEditorUrl, setupSteps, type SetupFacts } from './admin-setup.js';

const DAY_MS = 86_400_000;
/** Raw pixel events are kept at least this long (EVENT_RETENTION_DAYS' minimum is 7; its default 90). */
const BLOCK_LOOKBACK_DAYS = 90;
const ORDER_LOOKBACK_DAYS = 366;

async function pixelFact(deps: Pick<AdminDeps, 'adminClient'>, shop: string): Promise<SetupFacts['pixel']> {
  try {
    const client = await deps.adminClient(shop);
    const { data } = await client.request(WebPixelDocument, {});
    return data.webPixel ? { kind: 'connected' } : { kind: 'missing' };
  } catch (error) {
    return { kind: 'unreadable', reason: plainFailure(error, 'read the pixel from Shopify') };
  }
}

/** GET /api/setup: the dashboard's setup checklist, each item read from the store or Shopify now. */
export function adminSetupRoutes(deps: Pick<AdminDeps, 'stores' | 'adminClient' | 'now'>): Router {
  const router = Router();
  router.get('/api/setup', async (_req, res) => {
    const shop = authenticatedShop(res);
    const { stores } = deps;
    const now = deps.now().getTime();
    const [runs, report, pending, pixel, blockSeenAt, rollups] = await Promise.all([
      stores.syncRuns.list(shop, { limit: 20 }),
      stores.offers.getModelReport(shop),
      countPending(stores.offers, shop),
      pixelFact(deps, shop),
      // Only the checkout block publishes `eligible`, and never in the checkout editor.
      stores.events.firstOfType(shop, 'eligible', {
        from: new Date(now - BLOCK_LOOKBACK_DAYS * DAY_MS).toISOString(),
        to: new Date(now + DAY_MS).toISOString(),
      }),
      stores.measurement.rollups(shop, { from: toDay(now - ORDER_LOOKBACK_DAYS * DAY_MS), to: toDay(now) }),
    ]);
    const measured = rollups.find((row) => {
      const day = decodeKpiDay(row.payload);
      return day !== undefined && day.arms.treatment.orders + day.arms.control.orders > 0;
    });
    const body: SetupResponse = {
      shop,
      steps: setupSteps({
        syncedAt: runs.find((run) => run.status === 'succeeded')?.finishedAt ?? null,
        offers: { computedAt: report?.computedAt ?? null, pending },
        pixel,
        blockSeenOn: blockSeenAt?.slice(0, 10) ?? null,
        firstMeasuredOn: measured?.day ?? null,
      }),
      checkoutEditorUrl: checkoutEditorUrl(shop),
    };
    res.json(body);
  });
  return router;
}
