/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import { NumberIndex } from '../csv/number-index.js';
import type { PairContexts } from '../mining/pair-context.js';
import type { PartnerScorer } from './partner-scorer.js';
import { topK } from './top-k.js';

/** Third products kept per pair. */
export const PAIR_VOTE_DEPTH = 20;
/**
 * Pseudo-baskets shrinking a pair's own partner distribution toward what its two products' rows predict: a pair
 * seen in 10 baskets moves a third of the way, one seen in 200 nearly all of it.
 */
export const PAIR_PRIOR_WEIGHT = 20;

export interface PairVote {
  /** The pair, a < c. */
  readonly a: number;
  readonly c: number;
  /** Baskets holding both. */
  readonly together: number;
  /** Third products, best first, with what the pair adds to their score (same scale as `PartnerScorer.raw`). */
  readonly votes: readonly { readonly product: number; readonly raw: number }[];
}

/**
 * What a cart holding both products of a pair knows beyond the sum of their lists: the pair's partner distribution
 * P(b | a, c), shrunk toward √(P(b | a) · P(b | c)) — what the two rows say, when they agree — and the excess over
 * that, discounted and trended like every cross-sell score. Only excesses count: a pair never vetoes what its
 * products' lists rank, it adds what they bought together with that pair in particular (pasta and tomatoes: basil).
 */
export function pairVotes(contexts: PairContexts, scorer: PartnerScorer, priorWeight: number): PairVote[] {
  const { counts } = scorer;
  const n = counts.productCount;
  // Partner masses by (product, partner), for the rows' side of the comparison.
  const masses = new NumberIndex();
  const at = (a: number, b: number): number => masses.get(a * n + b);
  const involved = new Uint8Array(n);
  for (let pair = 0; pair < contexts.a.length; pair++)
    involved[contexts.a[pair]!] = involved[contexts.c[pair]!] = 1;
  for (let a = 0; a < n; a++) {
    if (!involved[a]) continue;
    for (let slot = counts.rowStart[a]!; slot < counts.rowStart[a + 1]!; slot++)
      masses.add(a * n + counts.partners[slot]!, slot);
  }
  const share = (a: number, b: number): number => {
    const slot = at(a, b);
    const mass = slot >= 0 ? counts.pairMasses[slot]! : 0;
    return (mass + priorWeight * scorer.prior[b]!) / (counts.partnerMass[a]! + priorWeight);
  };
  const out: PairVote[] = [];
  for (let pair = 0; pair < contexts.a.length; pair++) {
    const a = contexts.a[pair]!;
    const c = contexts.c[pair]!;
    const total = contexts.mass[pair]!;
    const gains = new Map<number, number>();
    for (let entry = contexts.start[pair]!; entry < contexts.start[pair + 1]!; entry++) {
      const b = contexts.thirds[entry]!;
      const expected = Math.sqrt(share(a, b) * share(c, b));
      const own = (contexts.shares[entry]! + PAIR_PRIOR_WEIGHT * expected) / (total + PAIR_PRIOR_WEIGHT);
      const gain = (own - expected) * scorer.discount[b]! * scorer.trend[b]!;
      if (gain > 0) gains.set(b, gain);
    }
    if (gains.size === 0) continue;
    const best = topK(gains.keys(), PAIR_VOTE_DEPTH, (b) => gains.get(b)!, scorer.rank);
    out.push({
      a,
      c,
      together: contexts.together[pair]!,
      votes: best.map((product) => ({ product, raw: gains.get(product)! })),
    });
  }
  return out;
}
