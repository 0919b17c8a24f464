import type { BuyerProfile } from './profile.js';

/** How a buyer's own history weighs against their cart; chosen on validation orders (`pairings eval --personal`). */
export interface PersonalWeights {
  /** Weight of the history's votes (best = 1) beside the cart merge's scores (best = 1). */
  readonly history: number;
  /**
   * What a due repeat purchase adds on the same scale, times the share of the buyer's orders that held it raised to
   * `shareExponent` (1: in proportion; below 1, an occasional purchase counts for more).
   */
  readonly again: number;
  readonly shareExponent: number;
  /** What a due repeat purchase adds halves every this many days since it was bought (0: no decay). */
  readonly againHalfLifeDays: number;
  /** A repeat purchase is due once this share of its typical interval has passed since the last one. */
  readonly dueFraction: number;
  /** A product that is not a repeat purchase is not offered again for this many days after it was bought. */
  readonly recentDays: number;
}

/**
 * Chosen on the validation split of online-retail-uk's returning buyers (`pairings eval --personal`, the newest
 * 3,164 training orders): the history's votes did not help (history 0), a repeat purchase counts as due at once
 * (dueFraction 0), an occasional purchase counts for more than its share of orders (shareExponent 0.5), and a
 * one-off is held back for 30 days rather than 90 (the wholesaler's buyers re-buy).
 */
export const DEFAULT_PERSONAL_WEIGHTS: PersonalWeights = {
  history: 0,
  again: 0.3,
  shareExponent: 0.5,
  againHalfLifeDays: 0,
  dueFraction: 0,
  recentDays: 30,
};

/**
 * How many of the cart merge's candidates the history may re-rank: the history's votes never bring in a product of
 * their own (as a list's further votes do not), so a product it likes must be among these.
 */
export const PERSONAL_POOL = 100;

export interface RankedProduct {
  readonly productId: string;
  readonly score: number;
}

/** A candidate as ranked for this buyer; `again`: a due repeat purchase, offered as "Buy again" with the variant bought last. */
export type PersonalOffer =
  | { readonly productId: string; readonly score: number; readonly again: false }
  | { readonly productId: string; readonly score: number; readonly again: true; readonly variantId: string };

export interface PersonaliseOptions {
  readonly max: number;
  /** Products never to offer (the cart; the merchant's exclusions). */
  readonly excludeProductIds: ReadonlySet<string>;
  readonly weights: PersonalWeights;
}

/**
 * Re-ranks the cart merge's candidates (`mergeOffers`, best first, at most `PERSONAL_POOL`) with the buyer's own
 * history — the single function checkout and the offline evaluation run. Each candidate's score is its cart score
 * plus `history` times the profile's vote for it; a product the buyer bought recently is dropped unless it is a
 * repeat purchase that is due, which is offered ("Buy again") whether or not the cart suggests it. Ties break on
 * product id, so the result does not depend on input order.
 */
export function personaliseOffers(
  cart: readonly RankedProduct[],
  profile: BuyerProfile,
  options: PersonaliseOptions,
): PersonalOffer[] {
  const { weights, excludeProductIds } = options;
  const best = cart.reduce((top, candidate) => Math.max(top, candidate.score), 0);
  const scale = best > 0 ? 1 / best : 1;
  const byProduct = new Map<string, { score: number; variantId: string | undefined }>();
  for (const { productId, score } of cart) {
    if (excludeProductIds.has(productId) || byProduct.has(productId)) continue;
    byProduct.set(productId, {
      score: score * scale + weights.history * (profile.votes.get(productId) ?? 0),
      variantId: undefined,
    });
  }
  for (const bought of profile.bought) {
    if (excludeProductIds.has(bought.productId)) continue;
    const repeat = bought.intervalDays > 0;
    const due = repeat && bought.daysSince >= weights.dueFraction * bought.intervalDays;
    if (due && bought.variantId !== undefined) {
      const score =
        byProduct.get(bought.productId)?.score ??
        weights.history * (profile.votes.get(bought.productId) ?? 0);
      byProduct.set(bought.productId, {
        score:
          score +
          weights.again *
            (bought.count / Math.max(profile.orders, bought.count)) ** weights.shareExponent *
            (weights.againHalfLifeDays > 0 ? 0.5 ** (bought.daysSince / weights.againHalfLifeDays) : 1),
        variantId: bought.variantId,
      });
    } else if (!due && (repeat || bought.daysSince < weights.recentDays)) {
      byProduct.delete(bought.productId);
    }
  }
  // The best `max` by one pass (the evaluation calls this millions of times; a full sort of the pool is waste).
  const max = Math.max(0, Math.floor(options.max));
  const top: { productId: string; score: number; variantId: string | undefined }[] = [];
  for (const [productId, entry] of byProduct) {
    if (max === 0) break;
    const last = top[top.length - 1];
    if (top.length === max && last && !ranksBefore(productId, entry.score, last)) continue;
    let at = top.length;
    for (let previous = top[at - 1]; previous && ranksBefore(productId, entry.score, previous);)
      previous = top[--at - 1];
    top.splice(at, 0, { productId, score: entry.score, variantId: entry.variantId });
    if (top.length > max) top.pop();
  }
  return top.map(({ productId, score, variantId }) =>
    variantId === undefined
      ? { productId, score, again: false }
      : { productId, score, again: true, variantId },
  );
}

/** Higher score first; ties on product id, so the result does not depend on input order. */
function ranksBefore(productId: string, score: number, other: { productId: string; score: number }): boolean {
  return score > other.score || (score === other.score && productId < other.productId);
}
