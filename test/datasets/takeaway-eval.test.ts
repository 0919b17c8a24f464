import { describe, expect, it } from '@jest/globals';
import { runEvaluation } from '@tandem/web/pairing/eval/run-evaluation';
import { expectGoalMet, expectReproduced, sharedDataset, type Rates } from './dataset-goal.js';

/** The dataset README's baselines, and its EASE^R (λ 50 chosen on its validation split). */
const REFERENCE: Readonly<Record<string, Rates>> = {
  popularity: [21.05, 40.43],
  confidence: [24.33, 43.98],
  cosine: [26.02, 45.16],
};
const EASE: Rates = [31.33, 49.98];

describe('offline evaluation on a London takeaway restaurant', () => {
  it('reproduces the reference baselines, and the engine as published beats EASE^R and them', async () => {
    const { log, catalog } = await sharedDataset('takeaway-restaurant-london');
    const report = runEvaluation(log.baskets(), log.products, { catalog });
    expect(report.info).toMatchObject({
      orders: 13397,
      trainOrders: 10717,
      ordering: 'created_at',
      cases: 14608,
    });
    expectReproduced(report, REFERENCE);
    expectGoalMet(report, EASE);
  }, 180_000);

  it('owes it to the learned model: the co-occurrence scorer alone falls short of EASE^R', async () => {
    const { log, catalog } = await sharedDataset('takeaway-restaurant-london');
    const report = runEvaluation(log.baskets(), log.products, {
      catalog,
      select: false,
      settings: { learnedWeight: 0 },
    });
    expect(() => expectGoalMet(report, EASE)).toThrow();
  }, 180_000);
});
