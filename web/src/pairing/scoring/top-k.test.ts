import { describe, expect, it } from '@jest/globals';
import { topK, topKScored } from './top-k.js';

describe('topKScored', () => {
  it('picks and orders exactly as topK does: higher score first, ties and equal infinities by rank', () => {
    let seed = 11;
    const next = (): number => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(next() * 60);
      // Few distinct values, so ties are common; some infinities, as the EASE reference marks the cart with them
      const score = Float64Array.from({ length: n }, () => {
        const draw = next();
        if (draw < 0.1) return Number.NEGATIVE_INFINITY;
        if (draw < 0.15) return Number.POSITIVE_INFINITY;
        return Math.floor(next() * 5) - 2;
      });
      const rank = Uint32Array.from({ length: n }, (_, at) => at).sort(() => next() - 0.5);
      const items = Array.from({ length: n }, (_, at) => at).filter(() => next() < 0.8);
      for (const k of [0, 1, 3, 10, n + 5])
        expect(topKScored(items, k, score, rank)).toEqual(topK(items, k, (item) => score[item] ?? 0, rank));
    }
  });
});
