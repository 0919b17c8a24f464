import { Router } from 'express';
import { parseDayRange, readKpis, type RollupDeps } from '../../measurement/kpis/index.js';
import { authenticatedShop } from '../session-token.js';

/**
 * GET /api/kpis?from=YYYY-MM-DD&to=YYYY-MM-DD (inclusive UTC days; default the last 30): the session's shop's
 * KPIs per arm, the holdout lift with 95% intervals, a verdict, data-quality counts, a daily series
 * (measurement/kpis/summarize.ts `KpiReport`) and `pendingDays`, the days still waiting for the rollup job
 * (scheduled here when there are any). Reads stored rollups only. 400 names a bad day or range.
 */
export function kpisRoutes(
  deps: RollupDeps & {
    readonly now: () => Date;
    readonly scheduleRollup: (shop: string) => Promise<void>;
  },
): Router {
  const router = Router();
  router.get('/api/kpis', async (req, res) => {
    const shop = authenticatedShop(res);
    const range = parseDayRange({ from: req.query['from'], to: req.query['to'] }, deps.now());
    const report = await readKpis(deps, shop, range);
    if (report.pendingDays > 0) await deps.scheduleRollup(shop);
    res.json({ shop, ...report });
  });
  return router;
}
