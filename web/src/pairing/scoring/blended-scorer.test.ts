import { describe, expect, it } from '@jest/globals';
import { localEase } from '../learned/local-ease.js';
import { decayOptions } from '../mining/decay.js';
import { mineBaskets } from '../mining/mine-baskets.js';
import { basketLog } from '../testing/builders.js';
import { DEFAULT_PAIRING_SETTINGS } from '../types.js';
import { BlendedScorer } from './blended-scorer.js';
import { PartnerScorer } from './partner-scorer.js';

const repeat = <T>(times: number, value: T): T[] => Array.from({ length: times }, () => value);

describe('BlendedScorer', () => {
  // A year of daily baskets: coffee (0) with milk (1) or with cream (2) alike, but the last weeks' buyers take cream
  // (alone), so cream's trend is up and milk's down; 3 fills baskets.
  const log = basketLog(
    [
      ...repeat(160, [0, 1]).flatMap((basket, at) => [basket, at % 2 === 0 ? [0, 2] : [3, 1]]),
      ...repeat(40, [2, 3]),
    ],
    true,
  );
  const counts = mineBaskets(log, { from: 0, to: log.count }, 4, {
    minPairCount: 1,
    ...decayOptions(DEFAULT_PAIRING_SETTINGS),
  });
  const partners = new PartnerScorer(counts, DEFAULT_PAIRING_SETTINGS, Uint32Array.from([0, 1, 2, 3]));
  const learned = localEase(counts, { lambda: 5 });
  const raw = (scorer: BlendedScorer, product: number): number =>
    scorer.candidates(0, undefined, 0).find((candidate) => candidate.product === product)?.raw ?? 0;
  const weight = (a: number, b: number): number => {
    for (let at = learned.rowStart[a] ?? 0; at < (learned.rowStart[a + 1] ?? 0); at++)
      if (learned.targets[at] === b) return learned.weights[at] ?? 0;
    return 0;
  };

  it('scales the learned weights by the trend unless told not to', () => {
    const [, milk = 1, cream = 1] = partners.trend;
    expect(cream).toBeGreaterThan(1);
    expect(milk).toBeLessThan(1);
    // Given the learned model alone, following the trend and not
    const following = new BlendedScorer(partners, learned, 1);
    const steady = new BlendedScorer(partners, learned, 1, false);
    // Then unscaled scores keep the learned weights' ratio, and the trend moves it toward cream
    const learnedRatio = weight(0, 2) / weight(0, 1);
    expect(raw(steady, 2) / raw(steady, 1)).toBeCloseTo(learnedRatio, 10);
    expect(raw(following, 2) / raw(following, 1)).toBeCloseTo((learnedRatio * cream) / milk, 10);
  });
});
