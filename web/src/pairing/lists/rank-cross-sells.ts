import type { IdInterner } from '../interner.js';
import type { CompiledRules } from '../rules/compiled-rules.js';
import type { GroupPriors } from '../scoring/group-priors.js';
import { topK } from '../scoring/top-k.js';
import type { CandidateScorer, ScoredCandidate } from '../scoring/types.js';
import type { PairingSettings } from '../types.js';
import type { OfferTarget, OfferTargets } from './offer-targets.js';

export const REJECTION_REASONS = [
  'same_product',
  'excluded',
  'never_together',
  'substitute',
  'unavailable',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export type CandidateCheck =
  | { readonly kind: 'offer'; readonly target: Extract<OfferTarget, { kind: 'target' }> }
  | { readonly kind: 'rejected'; readonly reason: RejectionReason };

export interface RankedCrossSell {
  readonly product: number;
  readonly target: Extract<OfferTarget, { kind: 'target' }>;
  /** Unnormalised score; merchant picks have none. */
  readonly raw: number | undefined;
  readonly reason: ScoredCandidate['reason'] | 'merchant';
  readonly together: number;
}

export interface CrossSellContext {
  readonly products: IdInterner;
  readonly scorer: CandidateScorer;
  readonly groups: GroupPriors | undefined;
  readonly rules: CompiledRules;
  readonly targets: OfferTargets;
  readonly settings: PairingSettings;
  /** Lower-cased product type per product index, '' when unknown; same-type products may be substitutes. */
  readonly productType: (product: number) => string;
}

/** One anchor's cross-sells, and the further candidates that vote without being shown. */
export interface RankedCrossSells {
  readonly offers: readonly RankedCrossSell[];
  /**
   * The next `voteDepth` candidates that pass the same checks, best first (none when the list's cap is 0), as
   * parallel arrays: a shop of 50,000 products has millions of them.
   */
  readonly votes: { readonly productGids: string[]; readonly raws: number[] };
  /**
   * Products a learned model scores below zero for this anchor (bought instead of it), strongest first, as
   * magnitudes: published as votes against (`m`), they lower an offer another cart product's list shows.
   */
  readonly against: { readonly productGids: string[]; readonly raws: number[] };
}

/** One anchor's cross-sells: merchant pins, then manual pairings, then the best-scored candidates that pass. */
export function rankCrossSells(anchor: number, context: CrossSellContext): RankedCrossSells {
  const { products, scorer, rules, settings } = context;
  const anchorId = products.id(anchor);
  const cap = rules.maxOffersFor(anchorId, settings.maxOffers);
  const voteCap = cap > 0 ? settings.voteDepth : 0;
  const chosen: RankedCrossSell[] = [];
  const votes = { productGids: [] as string[], raws: [] as number[] };
  const taken = new Set<number>([anchor]);
  const full = (): boolean => chosen.length >= cap && votes.raws.length >= voteCap;
  const pick = (
    product: number,
    candidate: Omit<RankedCrossSell, 'product' | 'target'>,
    variant?: string,
  ): void => {
    if (full() || taken.has(product)) return;
    if (chosen.length >= cap && candidate.reason === 'merchant') return;
    const check = checkCandidate(anchor, product, candidate.reason, candidate.together, context, variant);
    if (check.kind === 'rejected') return;
    taken.add(product);
    if (chosen.length < cap) {
      chosen.push({ product, target: check.target, ...candidate });
    } else {
      votes.productGids.push(check.target.productGid);
      votes.raws.push(candidate.raw ?? 0);
    }
  };
  for (const id of [...rules.pinsFor(anchorId), ...rules.manualFor(anchorId)]) {
    const product = products.indexOf(id);
    if (product !== undefined)
      pick(product, { raw: undefined, reason: 'merchant', together: 0 }, rules.pinnedVariant(anchorId, id));
  }
  const depth = cap + voteCap;
  const scored = scorer.candidates(anchor, context.groups?.forProduct(anchor), depth * 2);
  const candidates = scored.filter((candidate) => candidate.raw > 0);
  const raws = Float64Array.from(candidates, (candidate) => candidate.raw);
  const rank = Uint32Array.from(candidates, (candidate) => scorer.rank[candidate.product] ?? 0);
  const indices = candidates.map((_, index) => index);
  // Most candidates pass the filters, so a bounded selection usually suffices; sort everything only if not.
  for (const bound of [depth * 3, candidates.length]) {
    for (const index of topK(indices, bound, (at) => raws[at] ?? 0, rank)) {
      const candidate = candidates[index];
      if (candidate)
        pick(candidate.product, {
          raw: candidate.raw,
          reason: candidate.reason,
          together: candidate.together,
        });
    }
    if (full()) break;
  }
  return {
    offers: chosen,
    votes,
    against: votesAgainst(scored, cap > 0 ? settings.againstDepth : 0, context),
  };
}

/** The `depth` most negative candidates that could be offered at all, as magnitudes (see `against`). */
function votesAgainst(
  scored: readonly ScoredCandidate[],
  depth: number,
  context: CrossSellContext,
): RankedCrossSells['against'] {
  const against = { productGids: [] as string[], raws: [] as number[] };
  if (depth <= 0) return against;
  const { rank } = context.scorer;
  const negative = scored.filter((candidate) => candidate.raw < 0);
  const order = negative.map((_, index) => index);
  const scoreOf = (at: number): number => -(negative[at]?.raw ?? 0);
  const ranks = negative.map((candidate) => rank[candidate.product] ?? 0);
  // A best-seller's learned row holds nearly every product: select the strongest few instead of sorting them all.
  for (const bound of [depth * 3, negative.length]) {
    against.productGids.length = 0;
    against.raws.length = 0;
    for (const index of topK(order, bound, scoreOf, ranks)) {
      const candidate = negative[index];
      if (!candidate || against.raws.length >= depth) break;
      const target = context.targets(candidate.product);
      if (target.kind !== 'target') continue;
      against.productGids.push(target.productGid);
      against.raws.push(-candidate.raw);
    }
    if (against.raws.length >= depth) break;
  }
  return against;
}

/** Why `product` may or may not be offered with `anchor` (as `variant` when the merchant pinned one). */
export function checkCandidate(
  anchor: number,
  product: number,
  reason: RankedCrossSell['reason'],
  together: number,
  context: CrossSellContext,
  variant?: string,
): CandidateCheck {
  const { products, rules } = context;
  if (product === anchor) return { kind: 'rejected', reason: 'same_product' };
  if (!rules.excludesNothing) {
    const id = products.id(product);
    if (rules.isExcluded(id)) return { kind: 'rejected', reason: 'excluded' };
    if (rules.isNeverTogether(products.id(anchor), id)) return { kind: 'rejected', reason: 'never_together' };
  }
  if (reason !== 'merchant' && isSubstitute(anchor, product, together, context))
    return { kind: 'rejected', reason: 'substitute' };
  const target = context.targets(product, variant);
  if (target.kind === 'unavailable') return { kind: 'rejected', reason: 'unavailable' };
  return { kind: 'offer', target };
}

/**
 * Same-type products are substitutes unless the data shows shoppers buy them together at least as often as
 * chance (lift ≥ `substituteMaxLift`): two coffees bought together less than chance are alternatives, not a pair.
 */
function isSubstitute(anchor: number, product: number, together: number, context: CrossSellContext): boolean {
  const maxLift = context.settings.substituteMaxLift;
  const type = context.productType(anchor);
  if (maxLift <= 0 || type === '' || context.productType(product) !== type) return false;
  if (together === 0) return true;
  const { basketCount, itemCount } = context.scorer.counts;
  const lift = (together * basketCount) / ((itemCount[anchor] ?? 0) * (itemCount[product] ?? 0));
  return lift < maxLift;
}
