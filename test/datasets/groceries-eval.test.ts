import { describe, expect, it } from '@jest/globals';
import { readCatalogRows } from '@tandem/web/pairing/cli/read-catalog';
import { readOrderLines } from '@tandem/web/pairing/cli/read-orders';
import { runEvaluation } from '@tandem/web/pairing/eval/run-evaluation';
import type { EvalReport } from '@tandem/web/pairing/eval/types';
import { CatalogIndex } from '@tandem/web/pairing/lists/catalog-index';
import { OrderLog } from '@tandem/web/pairing/orders/order-log';
import { datasetFile } from './shared-datasets.js';

const dataset = (file: string) => datasetFile('groceries', file);

/** HR@3 / HR@10 the issue gives for the groceries baselines; the harness must land within 0.3 points. */
const REFERENCE = {
  popularity: [17.74, 37.3],
  confidence: [18.87, 38.75],
  cosine: [19.37, 38.83],
} as const;

describe('offline evaluation on groceries', () => {
  it('reproduces the reference baselines, proving the protocol, and puts the engine 5 % ahead of the best', async () => {
    // Given the groceries orders
    const log = new OrderLog();
    await readOrderLines(dataset('orders.csv'), (line) => log.add(line));
    // When evaluated with the default 80/20 split
    const report = runEvaluation(log.baskets(), log.products);
    // Then the split and the cases follow the protocol
    expect(report.info).toMatchObject({
      orders: 9835,
      trainOrders: 7868,
      ordering: 'order_id',
      cases: 8332,
      unseenTargets: 0,
    });
    const result = resultOf(report);
    for (const [name, [hr3, hr10]] of Object.entries(REFERENCE)) {
      expect(Math.abs(result(name).hr3 - hr3)).toBeLessThanOrEqual(0.3);
      expect(Math.abs(result(name).hr10 - hr10)).toBeLessThanOrEqual(0.3);
    }
    // And the engine, evaluated through the published lists and the checkout merge, is 5 % ahead of the best
    expectEngineAhead(report, 1.05);
  }, 60_000);

  it('owes that lead to the votes: without pair votes, or without the deeper lists, it falls short', async () => {
    const log = new OrderLog();
    await readOrderLines(dataset('orders.csv'), (line) => log.add(line));
    for (const without of [{ pairVoteWeight: 0 }, { voteDepth: 0 }]) {
      const report = runEvaluation(log.baskets(), log.products, { settings: without });
      expect(() => expectEngineAhead(report, 1.05)).toThrow();
    }
  }, 60_000);

  it('keeps the engine 5 % ahead when it also sees the catalog (types and categories as groups)', async () => {
    const log = new OrderLog();
    await readOrderLines(dataset('orders.csv'), (line) => log.add(line));
    const rows = await readCatalogRows(dataset('products.csv'));
    const catalog = new CatalogIndex(rows.catalog(() => undefined));
    expectEngineAhead(runEvaluation(log.baskets(), log.products, { catalog }), 1.05);
  }, 60_000);
});

function resultOf(report: EvalReport) {
  return (name: string) => {
    const found = report.results.find((entry) => entry.recommender === name);
    if (!found) throw new Error(`no result for ${name}`);
    return found;
  };
}

/** The goal: the engine's HR@3 and HR@10 at least `factor` × the best baseline's. */
function expectEngineAhead(report: EvalReport, factor: number): void {
  const result = resultOf(report);
  const names = Object.keys(REFERENCE);
  expect(result('tandem').hr3).toBeGreaterThanOrEqual(factor * Math.max(...names.map((n) => result(n).hr3)));
  expect(result('tandem').hr10).toBeGreaterThanOrEqual(
    factor * Math.max(...names.map((n) => result(n).hr10)),
  );
}
