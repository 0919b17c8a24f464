import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  streamDemoCatalog,
  streamDemoOrders,
  writeOrdersCsv,
  writeProductsCsv,
} from '@tandem/emulator/demo/index';
import { readCatalogRows } from '@tandem/web/pairing/cli/read-catalog';
import { readOrderLines } from '@tandem/web/pairing/cli/read-orders';
import { runEvaluation } from '@tandem/web/pairing/eval/run-evaluation';
import type { EvalReport } from '@tandem/web/pairing/eval/types';
import { CatalogIndex } from '@tandem/web/pairing/lists/catalog-index';
import { OrderLog } from '@tandem/web/pairing/orders/order-log';

/** The demo shop `npm start` serves (default options), exported as the CSVs `pairings eval` reads. */
async function demoShop() {
  const directory = mkdtempSync(join(tmpdir(), 'tandem-demo-eval-'));
  try {
    const write = (name: string, fill: (sink: (chunk: string) => void) => unknown) => {
      const chunks: string[] = [];
      fill((chunk) => chunks.push(chunk));
      writeFileSync(join(directory, name), chunks.join(''));
      return join(directory, name);
    };
    const products = write('products.csv', (sink) => writeProductsCsv(streamDemoCatalog({}), sink));
    const orders = write('orders.csv', (sink) =>
      writeOrdersCsv(
        [...streamDemoOrders({})].filter((order) => order.cancelledAtMs === null),
        sink,
      ),
    );
    const log = new OrderLog();
    await readOrderLines(orders, (line) => log.add(line));
    const rows = await readCatalogRows(products);
    return { log, catalog: new CatalogIndex(rows.catalog(() => undefined)) };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

const BASELINES = ['popularity', 'confidence', 'cosine'] as const;

function result(report: EvalReport, name: string) {
  const found = report.results.find((entry) => entry.recommender === name);
  if (!found) throw new Error(`no result for ${name}`);
  return found;
}

describe('offline evaluation on the demo shop', () => {
  it('puts the engine ahead of every simple baseline, with the trend doing part of it', async () => {
    // Given the demo shop's dated orders and its catalog
    const { log, catalog } = await demoShop();
    // When evaluated as production runs the engine, and once more without the trend
    const report = runEvaluation(log.baskets(), log.products, { catalog });
    const flat = runEvaluation(log.baskets(), log.products, { catalog, settings: { trendHalfLifeDays: 0 } });
    // Then the split follows the creation times
    expect(report.info.ordering).toBe('created_at');
    // And the engine as published is ahead of the best baseline on HR@3 and on HR@10 (#19's goal for generated
    // shops; on this one it is ≥ 1.04 × on both)
    const best = (metric: 'hr3' | 'hr10') =>
      Math.max(...BASELINES.map((name) => result(report, name)[metric]));
    expect(result(report, 'tandem').hr3).toBeGreaterThanOrEqual(1.04 * best('hr3'));
    expect(result(report, 'tandem').hr10).toBeGreaterThanOrEqual(1.04 * best('hr10'));
    // And following recent demand (seasons, launches) is part of why: without it both figures are lower
    expect(result(flat, 'tandem').hr3).toBeLessThan(result(report, 'tandem').hr3);
    expect(result(flat, 'tandem').hr10).toBeLessThan(result(report, 'tandem').hr10);
  }, 120_000);
});
