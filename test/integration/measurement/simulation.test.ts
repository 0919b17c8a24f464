import { describe, expect, it } from '@jest/globals';
import { NO_EFFECT, runStudy, WITH_EFFECT } from './support/study.js';

// A smoke test of the seeded measurement study: a few fixed seeds (deterministic) through the whole in-process
// pipeline. The statistical claims (coverage ≥ 90% and false positives ≤ 5% over 200 seeds each) are the bench's:
// `npm run bench -- simulation`, which fails when either does not hold.

const SEEDS = 6;

describe(`measurement simulation, smoke test (${SEEDS} seeds each; the 200-seed study is a bench)`, () => {
  it('credits exactly the planted offer revenue, and the intervals cover the true lift', () => {
    const study = runStudy(WITH_EFFECT, { from: 1, to: SEEDS });
    expect(study.misattributed).toEqual([]);
    expect(study.withoutInterval).toBe(0);
    expect(study.trueLift).toBeGreaterThan(0.03);
    // At a nominal 95%, five of six fixed seeds covering is what a working interval gives (a broken one gives 0).
    expect(study.coverage).toBeGreaterThanOrEqual(5 / SEEDS);
  });

  it('credits nothing and claims no win when offers change nothing', () => {
    const study = runStudy(NO_EFFECT, { from: 1_001, to: 1_000 + SEEDS });
    expect(study.trueLift).toBe(0);
    expect(study.misattributed).toEqual([]);
    expect(study.likelyPositive).toBe(0);
    expect(study.coverage).toBeGreaterThanOrEqual(5 / SEEDS);
  });
});
