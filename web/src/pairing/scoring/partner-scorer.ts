/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import type { CooccurrenceCounts } from '../mining/types.js';
import { topK } from './top-k.js';
import type { CandidateScorer, GroupPrior, ScoredCandidate, ScoringSettings } from './types.js';

/**
 * Cross-sell score of partner b for anchor a: a shrunk estimate of "b is what goes with a", discounted by b's
 * popularity.
 *
 *   score(a, b) = (W(a, b) + m · P0(b)) / (M(a) + m) · pop(b)^−β · trend(b)
 *
 * W(a, b) is the partner mass (each basket splits its weight over a's partners in it, so a 30-item basket
 * counts for less than a 2-item one), M(a) a's multi-product baskets, P0 the prior: a's group's partner
 * distribution when its group has evidence (m = `groupPriorWeight`), else the shop's (m = `priorWeight`). The
 * score sums over the cart at checkout (`mergeOffers`), so each cart product votes with a probability
 * distribution — rare products cannot outshout well-known ones. trend(b) is b's recent share of baskets over its
 * long-run share (see `trendHalfLifeDays`), so lists follow demand that moved since the pairs were counted.
 */
export class PartnerScorer implements CandidateScorer {
  /** Shop-wide partner distribution π(b). */
  readonly prior: Float64Array;
  /** pop(b)^−β relative to the most popular product, so ≥ 1 (1 for never-bought products). */
  readonly discount: Float64Array;
  /** Recent demand over long-run demand, shrunk toward 1 by `trendPriorWeight` pseudo-baskets. */
  readonly trend: Float64Array;
  /** Products by prior-only score, best first: the popular fallback. */
  readonly popular: Uint32Array;
  /** `seen[b] === pass`: b is already a candidate of the current `candidates` call (no Set per anchor). */
  private seen = new Uint32Array(0);
  private pass = 0;

  constructor(
    readonly counts: CooccurrenceCounts,
    readonly settings: ScoringSettings,
    readonly rank: Uint32Array,
  ) {
    const n = counts.productCount;
    const partnerTotal = counts.partnerMass.reduce((sum, mass) => sum + mass, 0);
    // Without multi-product baskets there is no partner signal; fall back to plain product popularity.
    const source = partnerTotal > 0 ? counts.partnerMass : counts.itemMass;
    const total = partnerTotal > 0 ? partnerTotal : counts.itemMass.reduce((sum, mass) => sum + mass, 0);
    this.prior = new Float64Array(n);
    this.discount = new Float64Array(n);
    let maxPrior = 0;
    for (let b = 0; b < n; b++)
      maxPrior = Math.max(maxPrior, (this.prior[b] = total > 0 ? source[b]! / total : 0));
    for (let b = 0; b < n; b++) {
      const p = this.prior[b]!;
      this.discount[b] =
        p > 0 ? Math.min(settings.maxDiscount, (p / maxPrior) ** -settings.popularityPenalty) : 1;
    }
    this.trend = trendRatios(counts, settings.trendPriorWeight);
    const order = Uint32Array.from({ length: n }, (_, b) => b).filter((b) => this.prior[b]! > 0);
    const fallbackScore = (b: number): number => this.prior[b]! * this.discount[b]! * this.trend[b]!;
    this.popular = Uint32Array.from(topK(order, order.length, fallbackScore, rank));
  }

  /**
   * Every candidate worth ranking for anchor `a`: its kept partners, the group prior's products and the shop's
   * `popularDepth` best fallbacks. Order is unspecified; rank with `raw`, ties on product rank.
   */
  candidates(a: number, group: GroupPrior | undefined, popularDepth: number): ScoredCandidate[] {
    const { counts, settings } = this;
    const m = group ? settings.groupPriorWeight : settings.priorWeight;
    const anchorMass = a < counts.productCount ? counts.partnerMass[a]! : 0;
    const denominator = anchorMass + m;
    const shopShare = group?.shopShare ?? 1;
    const base = (b: number): number => m * shopShare * (this.prior[b] ?? 0);
    const seen = this.mark(a);
    const pass = this.pass;
    const out: ScoredCandidate[] = [];
    const push = (b: number, mass: number, together: number, reason: ScoredCandidate['reason']): void => {
      const groupMass = group?.mass.get(b) ?? 0;
      // Products interned after mining (catalog-only) have no history: prior 0, no discount.
      const raw =
        ((mass + m * groupMass + base(b)) / denominator) * (this.discount[b] ?? 1) * (this.trend[b] ?? 1);
      if (raw > 0) out.push({ product: b, raw, reason, together });
    };
    if (a < counts.productCount) {
      for (let at = counts.rowStart[a]!; at < counts.rowStart[a + 1]!; at++) {
        const b = counts.partners[at]!;
        seen[b] = pass;
        push(b, counts.pairMasses[at]!, counts.pairCounts[at]!, 'bought_together');
      }
    }
    for (const b of group?.mass.keys() ?? []) {
      if (seen[b] === pass) continue;
      seen[b] = pass;
      push(b, 0, 0, 'similar');
    }
    let taken = 0;
    for (const b of this.popular) {
      if (taken >= popularDepth) break;
      if (seen[b] === pass) continue;
      seen[b] = pass;
      taken += 1;
      push(b, 0, 0, 'popular');
    }
    return out;
  }

  /** Starts a `candidates` pass with only `a` seen; products interned after mining may index past the counts. */
  private mark(a: number): Uint32Array {
    this.pass += 1;
    const size = Math.max(a + 1, this.counts.productCount);
    if (this.seen.length < size) this.seen = new Uint32Array(size);
    this.seen[a] = this.pass;
    return this.seen;
  }
}

/**
 * Recent baskets of b over those its long-run share p(b) predicts, each side plus `weight` pseudo-baskets, so thin
 * recent evidence leaves the ratio near 1 (a Poisson rate ratio shrunk toward 1). 1 for products never bought.
 */
function trendRatios(counts: CooccurrenceCounts, weight: number): Float64Array {
  const { itemMass, recentItemMass } = counts;
  const longTotal = itemMass.reduce((sum, mass) => sum + mass, 0);
  const recentTotal = recentItemMass.reduce((sum, mass) => sum + mass, 0);
  const ratios = new Float64Array(counts.productCount).fill(1);
  if (!(longTotal > 0 && recentTotal > 0)) return ratios;
  for (let b = 0; b < counts.productCount; b++) {
    const share = itemMass[b]! / longTotal;
    if (share > 0) ratios[b] = (recentItemMass[b]! + weight) / (recentTotal * share + weight);
  }
  return ratios;
}
