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
  /** Per anchor, the learned row by target (`learnedTargets` lists them in row order; NaN = not in the row). */
  private readonly learnedRaw: Float64Array;
  private readonly learnedTargets: number[] = [];
  /** Per anchor, its co-purchase count with each partner (0 = none): O(1) reasons for the learned-only candidates. */
  private readonly togetherWith: Float64Array;

  constructor(
    private readonly scorer: PartnerScorer,
    private readonly learned: ItemWeights,
    private readonly weight: number,
    private readonly followTrend = true,
    /** Both models' scales when already known (`scorerScale`, `learnedScale`): builds that share a model share them. */
    scales?: { readonly scorer: number; readonly learned: number },
  ) {
    this.counts = scorer.counts;
    this.rank = scorer.rank;
    this.learnedRaw = new Float64Array(Math.max(learned.productCount, scorer.counts.productCount)).fill(
      Number.NaN,
    );
    this.togetherWith = new Float64Array(scorer.counts.productCount);
    this.scorerScale = scales?.scorer ?? scorerScale(scorer);
    this.learnedScale = scales?.learned ?? learnedScale(learned);
  }

  /**
   * The factor turning the co-occurrence scorer's raw scores into this blend's (for its pair votes). Without any
   * bought-together evidence (a shop with no history yet) its raw scores, the group and shop priors, stay as they are.
   */
  get scorerFactor(): number {
    return this.scorerScale > 0 ? (1 - this.weight) / this.scorerScale : 1;
  }

  candidates(a: number, group: GroupPrior | undefined, popularDepth: number): ScoredCandidate[] {
    const { learned, learnedRaw, learnedTargets } = this;
    const learnedFactor = this.learnedScale > 0 ? this.weight / this.learnedScale : 0;
    // The learned weights count baskets of every age: the scorer's trend (recent demand over long-run demand)
    // scales them as it scales the scorer's own scores, so both follow what sells now (unless `followTrend` is off).
    const trend = this.followTrend ? this.scorer.trend : undefined;
    if (a < learned.productCount)
      for (let at = learned.rowStart[a]!; at < learned.rowStart[a + 1]!; at++) {
        const b = learned.targets[at]!;
        learnedRaw[b] = learned.weights[at]! * learnedFactor * (trend?.[b] ?? 1);
        learnedTargets.push(b);
      }
    const scorerFactor = this.scorerFactor;
    const out: ScoredCandidate[] = [];
    for (const candidate of this.scorer.candidates(a, group, popularDepth)) {
      const learnedPart = learnedRaw[candidate.product];
      const extra = learnedPart === undefined || Number.isNaN(learnedPart) ? 0 : learnedPart;
      learnedRaw[candidate.product] = Number.NaN;
      const raw = candidate.raw * scorerFactor + extra;
      if (raw !== 0) out.push({ ...candidate, raw });
    }
    // What only the learned model names: its partners beyond the scorer's candidates, negative ones included.
    const { counts, togetherWith } = this;
    const partnered = a < counts.productCount;
    if (partnered)
      for (let at = counts.rowStart[a]!; at < counts.rowStart[a + 1]!; at++)
        togetherWith[counts.partners[at]!] = counts.pairCounts[at]!;
    for (const product of learnedTargets) {
      const raw = learnedRaw[product]!;
      learnedRaw[product] = Number.NaN;
      if (Number.isNaN(raw) || raw === 0) continue;
      const together = togetherWith[product] ?? 0;
      out.push({ product, raw, reason: together > 0 ? 'bought_together' : 'popular', together });
    }
    learnedTargets.length = 0;
    if (partnered)
      for (let at = counts.rowStart[a]!; at < counts.rowStart[a + 1]!; at++)
        togetherWith[counts.partners[at]!] = 0;
    return out;
  }
}

/** The co-occurrence scorer's scale in a blend: its mean best score over the products that have one. */
export function scorerScale(scorer: PartnerScorer): number {
  return meanBest(scorer.counts.productCount, (a) => bestOf(scorer.candidates(a, undefined, 1)));
}

/** The learned model's scale in a blend: its mean largest weight over the products whose row has a positive one. */
export function learnedScale(learned: ItemWeights): number {
  return meanBest(learned.productCount, (a) => {
    let best = 0;
    for (let at = learned.rowStart[a]!; at < learned.rowStart[a + 1]!; at++)
      best = Math.max(best, learned.weights[at]!);
    return best;
  });
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
