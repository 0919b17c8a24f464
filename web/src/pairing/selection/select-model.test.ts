import { describe, expect, it } from '@jest/globals';
import { IdInterner } from '../interner.js';
import { basketLog } from '../testing/builders.js';
import type { ModelCandidate } from './candidates.js';
import { selectModel } from './select-model.js';

const PRODUCTS = 20;
const products = new IdInterner();
for (let id = 1; id <= PRODUCTS; id++) products.intern(String(id));

/** Products bought in pairs (0–1, 2–3, …), each basket with a third product at random: plenty to learn from. */
function pairedHistory(orders: number): number[][] {
  let seed = 7;
  const next = (): number => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
  return Array.from({ length: orders }, () => {
    const pair = 2 * Math.floor(next() * (PRODUCTS / 2));
    const other = Math.floor(next() * PRODUCTS);
    return other === pair || other === pair + 1 ? [pair, pair + 1] : [pair, pair + 1, other];
  });
}

// Lists of no offers find nothing: a candidate certain to lose.
const empty: ModelCandidate = { id: 'empty', label: 'No offers', settings: { maxOffers: 0 } };
const full: ModelCandidate = { id: 'full', label: 'The engine', settings: {} };
const twin: ModelCandidate = { id: 'twin', label: 'The engine again', settings: {} };

describe('selectModel', () => {
  it('publishes the candidate that wins on the shop’s newest orders, whichever it is', () => {
    const log = basketLog(pairedHistory(1_500));
    // When the default is the weaker model, the challenger is selected, with the evidence
    const challenged = selectModel(log, log.count, products, { candidates: [empty, full] });
    expect(challenged).toMatchObject({ kind: 'selected', chosen: { id: 'full' } });
    if (challenged.kind === 'too_little_history') throw new Error('expected scores');
    expect(challenged.split).toEqual({
      trainOrders: 1_200,
      validationOrders: 300,
      cases: expect.any(Number),
    });
    expect(challenged.candidates.map((score) => score.id)).toEqual(['empty', 'full']);
    expect(challenged.candidates[1]?.hr3).toBeGreaterThan(challenged.candidates[0]?.hr3 ?? 100);
    expect(challenged.baselines.map((score) => score.label)).toEqual([
      'Best sellers',
      'Bought-together rule',
    ]);
    expect(challenged.reason).toMatch(/more on both counts than chance explains/);
    // And when the default is the stronger one, it is kept
    expect(selectModel(log, log.count, products, { candidates: [full, empty] })).toMatchObject({
      kind: 'default_kept',
      chosen: { id: 'full' },
    });
  });

  it('holds out only the newest orders that fit the case budget', () => {
    const log = basketLog(pairedHistory(1_500));
    // When 20 % of the orders would hold more leave-one-out cases than the budget allows
    const capped = selectModel(log, log.count, products, {
      candidates: [empty, full],
      maxValidationCases: 100,
    });
    // Then fewer, newest orders are held out, holding at most that many cases, and the rest learn
    expect(capped.split.cases).toBeLessThanOrEqual(100);
    expect(capped.split.cases).toBeGreaterThan(90);
    expect(capped.split.validationOrders).toBeLessThan(300);
    expect(capped.split.trainOrders + capped.split.validationOrders).toBe(1_500);
  });

  it('scores checkout-sized carts only: a wholesale order is no test case', () => {
    // Given the newest orders include orders of 60 products
    const wholesale = Array.from({ length: 60 }, (_, product) => product % PRODUCTS);
    const history = pairedHistory(1_500).map((basket, at) =>
      at >= 1_400 && at % 10 === 0 ? wholesale : basket,
    );
    const log = basketLog(history);
    // Then only the others' products are cases, and none of a 60-product order is scored at a 40-product limit
    const scored = selectModel(log, log.count, products, { candidates: [empty, full] });
    const allowed = selectModel(log, log.count, products, { candidates: [empty, full], maxCartSize: 60 });
    expect(allowed.split.cases - scored.split.cases).toBe(10 * 60);
  });

  it('keeps the default when a challenger is no better than noise', () => {
    const log = basketLog(pairedHistory(1_500));
    const kept = selectModel(log, log.count, products, { candidates: [full, twin] });
    expect(kept).toMatchObject({ kind: 'default_kept', chosen: { id: 'full' } });
    if (kept.kind === 'too_little_history') throw new Error('expected scores');
    // The same model scores the same: nothing beyond a standard error
    const [first, second] = kept.candidates;
    expect(second).toMatchObject({ hr3: first?.hr3, hr10: first?.hr10 });
    expect(kept.standardError.hr3).toBeGreaterThan(0);
  });

  it('keeps the default, saying why, when the history is too short to compare', () => {
    const log = basketLog(pairedHistory(60));
    const selection = selectModel(log, log.count, products, { candidates: [empty, full] });
    expect(selection).toMatchObject({ kind: 'too_little_history', chosen: { id: 'empty' } });
    expect(selection.reason).toMatch(/^the newest 12 orders give \d+ items to test on, fewer than the 300/);
  });

  it('learns and tests only on the history it is given, never on later orders', () => {
    const history = pairedHistory(1_500);
    // Later orders that would reward other pairings must not change the selection
    const later = Array.from({ length: 500 }, (_, at) => [at % PRODUCTS, (at + 7) % PRODUCTS]);
    const withLater = basketLog([...history, ...later]);
    const alone = basketLog(history);
    expect(selectModel(withLater, history.length, products, { candidates: [empty, full] })).toEqual(
      selectModel(alone, alone.count, products, { candidates: [empty, full] }),
    );
  });
});
