import { expect } from '@jest/globals';
import { readCatalogRows } from '@tandem/web/pairing/cli/read-catalog';
import { readOrderLines } from '@tandem/web/pairing/cli/read-orders';
import type { EvalReport } from '@tandem/web/pairing/eval/types';
import { CatalogIndex } from '@tandem/web/pairing/lists/catalog-index';
import { OrderLog } from '@tandem/web/pairing/orders/order-log';
import { datasetFile } from './shared-datasets.js';

/** HR@3 / HR@10 in percent. */
export type Rates = readonly [number, number];

/** A real set from ../shared/datasets (beside the clone, locally and in CI): its orders and its catalog. */
export async function sharedDataset(name: string): Promise<{ log: OrderLog; catalog: CatalogIndex }> {
  const log = new OrderLog();
  await readOrderLines(datasetFile(name, 'orders.csv'), (line) => log.add(line));
  const rows = await readCatalogRows(datasetFile(name, 'products.csv'));
  return { log, catalog: new CatalogIndex(rows.catalog(() => undefined)) };
}

export function resultOf(report: EvalReport, name: string) {
  const found = report.results.find((entry) => entry.recommender === name);
  if (!found) throw new Error(`no result for ${name}`);
  return found;
}

/** Each named recommender within 0.3 points of its reference figures (the dataset README's). */
export function expectReproduced(report: EvalReport, reference: Readonly<Record<string, Rates>>): void {
  for (const [name, [hr3, hr10]] of Object.entries(reference)) {
    expect(Math.abs(resultOf(report, name).hr3 - hr3)).toBeLessThanOrEqual(0.3);
    expect(Math.abs(resultOf(report, name).hr10 - hr10)).toBeLessThanOrEqual(0.3);
  }
}

/**
 * Issue #19's goal: the engine as published at least the better of EASE^R (the reference figures and the `ease` row
 * of this run) and 1.05 × the best of popularity, confidence and cosine, on HR@3 and on HR@10.
 */
export function expectGoalMet(report: EvalReport, easeReference: Rates): void {
  const tandem = resultOf(report, 'tandem');
  const ease = resultOf(report, 'ease');
  const baselines = ['popularity', 'confidence', 'cosine'].map((name) => resultOf(report, name));
  const goal = (metric: 'hr3' | 'hr10', at: 0 | 1) =>
    Math.max(easeReference[at], ease[metric], 1.05 * Math.max(...baselines.map((result) => result[metric])));
  expect(tandem.hr3).toBeGreaterThanOrEqual(goal('hr3', 0));
  expect(tandem.hr10).toBeGreaterThanOrEqual(goal('hr10', 1));
}
