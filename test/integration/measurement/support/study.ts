// The seeded study of the measurement pipeline (in process: the pixel batch parser, the webhook order mapper, arm
// and attribution, daily rollups, the Welch interval and the verdict): a known true lift, many seeds, how often the
// 95% interval covers the truth and how often the verdict says "likely positive". The full study is a bench
// (`npm run bench -- simulation`); the suite runs a few seeds of it as a smoke test.
import { runInProcess } from './in-process.js';
import { trueRevenueLift, type SimCatalog, type SimParams } from './simulation.js';

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

/** A true effect: 25% take a cross-sell, 15% upgrade, at a 2% conversion cost. */
export const WITH_EFFECT: Omit<SimParams, 'seed'> = {
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

/** Offers that change nothing. */
export const NO_EFFECT: Omit<SimParams, 'seed'> = {
  ...WITH_EFFECT,
  conversionCost: 0,
  crossSellRate: 0,
  upgradeRate: 0,
};

export interface StudyResult {
  readonly trueLift: number;
  readonly repetitions: number;
  /** Share of runs whose revenue-per-checkout interval holds the true lift. */
  readonly coverage: number;
  /** Share of runs whose verdict is "likely positive". */
  readonly likelyPositive: number;
  /** Seeds whose attributed revenue differs from the planted offer revenue (must be none). */
  readonly misattributed: readonly number[];
  /** Runs that computed no interval at all. */
  readonly withoutInterval: number;
}

/** Runs the pipeline once per seed in `seeds` (inclusive range) and tallies the outcomes against the truth. */
export function runStudy(params: Omit<SimParams, 'seed'>, seeds: { from: number; to: number }): StudyResult {
  const trueLift = trueRevenueLift({ ...params, seed: 0 });
  let covered = 0;
  let positive = 0;
  let withoutInterval = 0;
  const misattributed: number[] = [];
  for (let seed = seeds.from; seed <= seeds.to; seed += 1) {
    const run = runInProcess({ ...params, seed });
    if (run.attributedMinor !== run.plantedMinor) misattributed.push(seed);
    const lift = run.report.lift.revenuePerEligibleCheckout;
    if (!lift) withoutInterval += 1;
    else if (lift.low <= trueLift && trueLift <= lift.high) covered += 1;
    if (run.report.verdict.kind === 'likely-positive') positive += 1;
  }
  const repetitions = seeds.to - seeds.from + 1;
  return {
    trueLift,
    repetitions,
    coverage: covered / repetitions,
    likelyPositive: positive / repetitions,
    misattributed,
    withoutInterval,
  };
}
