/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import type { ItemWeights } from '../learned/local-ease.js';
import type { CooccurrenceCounts } from '../mining/types.js';
import type { PartnerScorer } from './partner-scorer.js';
import type { CandidateScorer, GroupPrior, ScoredCandidate } from './types.js';

/**
 * A cart product's vote as a mix of two linear models checkout's merge can add up: the co-occurrence scorer's
 * shrunk partner distribution and the learned item-item weights (signed: a negative weight marks a product bought
 * instead of, not with, the anchor). Each model is put on a common scale first — its mean best score over the
 * products that have one — so `weight` alone says how much each counts:
 *
 *   raw(a, b) = (1 − weight) · scorer(a, b) / σ_scorer + weight · B[a][b] · trend(b) / σ_learned
 *
 * Candidates are the scorer's (partners, group, best-sellers) and every product in a's row of B.
 */
export class BlendedScorer implements CandidateScorer {
  readonly counts: CooccurrenceCounts;
  readonly rank: Uint32Array;
  private readonly scorerScale: number;
  private readonly learnedScale: number;
  private readonly learnedRaw = new Map<number, number>();

  constructor(
    private readonly scorer: PartnerScorer,
    private readonly learned: ItemWeights,
    private readonly weight: number,
  ) {
    this.counts = scorer.counts;
    this.rank = scorer.rank;
    this.scorerScale = meanBest(scorer.counts.productCount, (a) =>
      bestOf(scorer.candidates(a, undefined, 1)),
    );
    this.learnedScale = meanBest(learned.productCount, (a) => {
      let best = 0;
      for (let at = learned.rowStart[a]!; at < learned.rowStart[a + 1]!; at++)
        best = Math.max(best, learned.weights[at]!);
      return best;
    });
  }

  /**
   * The factor turning the co-occurrence scorer's raw scores into this blend's (for its pair votes). Without any
   * bought-together evidence (a shop with no history yet) its raw scores, the group and shop priors, stay as they are.
   */
  get scorerFactor(): number {
    return this.scorerScale > 0 ? (1 - this.weight) / this.scorerScale : 1;
  }

  candidates(a: number, group: GroupPrior | undefined, popularDepth: number): ScoredCandidate[] {
    const { learned } = this;
    const learnedFactor = this.learnedScale > 0 ? this.weight / this.learnedScale : 0;
    const fromLearned = this.learnedRaw;
    fromLearned.clear();
    // The learned weights count baskets of every age: the scorer's trend (recent demand over long-run demand)
    // scales them as it scales the scorer's own scores, so both follow what sells now.
    const { trend } = this.scorer;
    if (a < learned.productCount)
      for (let at = learned.rowStart[a]!; at < learned.rowStart[a + 1]!; at++) {
        const b = learned.targets[at]!;
        fromLearned.set(b, learned.weights[at]! * learnedFactor * (trend[b] ?? 1));
      }
    const scorerFactor = this.scorerFactor;
    const out: ScoredCandidate[] = [];
    for (const candidate of this.scorer.candidates(a, group, popularDepth)) {
      const extra = fromLearned.get(candidate.product) ?? 0;
      fromLearned.delete(candidate.product);
      const raw = candidate.raw * scorerFactor + extra;
      if (raw !== 0) out.push({ ...candidate, raw });
    }
    // What only the learned model names: its partners beyond the scorer's candidates, negative ones included.
    for (const [product, raw] of fromLearned)
      if (raw !== 0) {
        const together = this.together(a, product);
        out.push({ product, raw, reason: together > 0 ? 'bought_together' : 'popular', together });
      }
    return out;
  }

  private together(a: number, b: number): number {
    const { counts } = this;
    if (a >= counts.productCount) return 0;
    for (let at = counts.rowStart[a]!; at < counts.rowStart[a + 1]!; at++)
      if (counts.partners[at] === b) return counts.pairCounts[at]!;
    return 0;
  }
}

function bestOf(candidates: readonly ScoredCandidate[]): number {
  let best = 0;
  for (const candidate of candidates) best = Math.max(best, candidate.raw);
  return best;
}

/** Mean over products of `best(product)`, counting only products that have a positive one. */
function meanBest(count: number, best: (product: number) => number): number {
  let sum = 0;
  let products = 0;
  for (let a = 0; a < count; a++) {
    const value = best(a);
    if (value > 0) {
      sum += value;
      products += 1;
    }
  }
  return products > 0 ? sum / products : 0;
}
