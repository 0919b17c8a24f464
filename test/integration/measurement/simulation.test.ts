import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { runInProcess } from './support/in-process.js';
import { trueRevenueLift, type SimCatalog, type SimParams } from './support/simulation.js';

// 200 seeded repetitions of the whole measurement pipeline (in process: the pixel batch parser, the webhook
// order mapper, arm and attribution, daily rollups, the Welch interval and the verdict), checking that the
// interval covers a known true lift and that no effect is rarely called positive. Fixed seeds: deterministic.

const REPETITIONS = 200;
const variant = (n: number, priceMinor: number) => ({ id: `gid://shopify/ProductVariant/${n}`, priceMinor });
const CATALOG: SimCatalog = {
  base: [
    { from: variant(101, 1_200), to: variant(102, 1_600) },
    { from: variant(201, 2_500), to: variant(202, 3_200) },
    { from: variant(301, 4_900), to: variant(302, 5_900) },
    { from: variant(401, 800), to: variant(402, 1_000) },
  ],
  crossSells: [variant(501, 450), variant(601, 1_500), variant(701, 2_900)],
};

const WITH_EFFECT: Omit<SimParams, 'seed'> = {
  shop: 'simulation.myshopify.com',
  checkouts: 3_000,
  holdoutShare: 0.3,
  conversion: 0.6,
  conversionCost: 0.02,
  crossSellRate: 0.25,
  upgradeRate: 0.15,
  days: 5,
  firstDay: '2025-03-01',
  catalog: CATALOG,
};
const NO_EFFECT: Omit<SimParams, 'seed'> = {
  ...WITH_EFFECT,
  conversionCost: 0,
  crossSellRate: 0,
  upgradeRate: 0,
};

const results: Record<string, unknown> = {};
afterAll(async () => {
  // The figures, for the closing note and for anyone tuning the verdict.
  await mkdir(new URL('../../artifacts/measurement/', import.meta.url), { recursive: true });
  await writeFile(
    new URL('../../artifacts/measurement/simulation.json', import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
});

describe(`measurement simulation, ${REPETITIONS} seeded repetitions`, () => {
  it('credits exactly the planted offer revenue and covers the true lift with the 95% interval in ≥ 90% of runs', () => {
    // Given a true effect: 25% take a cross-sell, 15% upgrade, at a 2% conversion cost
    const truth = trueRevenueLift({ ...WITH_EFFECT, seed: 0 });
    let covered = 0;
    let positive = 0;
    const misattributed: number[] = [];
    // When the pipeline runs on each seed
    for (let seed = 1; seed <= REPETITIONS; seed += 1) {
      const run = runInProcess({ ...WITH_EFFECT, seed });
      if (run.attributedMinor !== run.plantedMinor) misattributed.push(seed);
      const lift = run.report.lift.revenuePerEligibleCheckout;
      if (lift && lift.low <= truth && truth <= lift.high) covered += 1;
      if (run.report.verdict.kind === 'likely-positive') positive += 1;
    }
    results['withEffect'] = {
      trueLift: truth,
      repetitions: REPETITIONS,
      coverage: covered / REPETITIONS,
      likelyPositive: positive / REPETITIONS,
    };
    // Then attribution is exact in every run, and the interval covers the truth at (near) its nominal rate
    expect(misattributed).toEqual([]);
    expect(truth).toBeGreaterThan(0.03);
    expect(covered / REPETITIONS).toBeGreaterThanOrEqual(0.9);
  });

  it('claims "likely positive" in ≤ 5% of runs when offers change nothing', () => {
    let positive = 0;
    let covered = 0;
    for (let seed = 1_001; seed <= 1_000 + REPETITIONS; seed += 1) {
      const run = runInProcess({ ...NO_EFFECT, seed });
      expect(run.attributedMinor).toBe(0);
      const lift = run.report.lift.revenuePerEligibleCheckout;
      if (lift && lift.low <= 0 && 0 <= lift.high) covered += 1;
      if (run.report.verdict.kind === 'likely-positive') positive += 1;
    }
    results['noEffect'] = {
      trueLift: 0,
      repetitions: REPETITIONS,
      coverage: covered / REPETITIONS,
      likelyPositive: positive / REPETITIONS,
    };
    expect(trueRevenueLift({ ...NO_EFFECT, seed: 0 })).toBe(0);
    expect(positive / REPETITIONS).toBeLessThanOrEqual(0.05);
  });
});
