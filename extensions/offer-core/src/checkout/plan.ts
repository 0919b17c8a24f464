import { mergeOffers, type MergedOffer } from '../merge.js';
import { DEFAULT_PERSONAL_WEIGHTS, PERSONAL_POOL, personaliseOffers } from '../profile/personalise.js';
import type { BuyerProfile } from '../profile/profile.js';
import { votesOf } from '../offer-list.js';
import type { CartProductOffers } from '../types.js';
import { TANDEM_ATTRIBUTE_KEY } from './tandem-attribute.js';
import type {
  CandidateCrossSell,
  CandidateUpgrade,
  CartLineInput,
  EffectiveSettings,
  OfferPlan,
  OffersByProduct,
  OfferTarget,
} from './types.js';

/** Upgrade candidates fetched per line, so a sold-out or over-budget first choice can be replaced. */
const OVERFETCH = 3;
/**
 * Cross-sell candidates fetched for the block: the cart's lists merged this deep (published lists hold 12 offers
 * each), so the price cap, checked once prices are known, still finds the cheaper pairings further down instead of
 * emptying the block. Still one Storefront `nodes` query (which takes up to 250 ids).
 */
const CROSS_SELL_DEPTH = 36;

export interface PlanInput {
  readonly target: OfferTarget;
  readonly lines: readonly CartLineInput[];
  readonly offersByProduct: OffersByProduct;
  readonly settings: EffectiveSettings;
  /** The line target's own line. */
  readonly lineId?: string;
  /** The logged-in buyer's profile (read and checked); absent for guests and new customers. */
  readonly profile?: BuyerProfile;
}

/** Lines an offer already touched are not upgraded again: one nudge per line is enough. */
function upgradeCandidates(
  line: CartLineInput,
  input: PlanInput,
  cartVariants: ReadonlySet<string>,
): CandidateUpgrade[] {
  if (
    !input.settings.showUpgrades ||
    line.attributes.some((attribute) => attribute.key === TANDEM_ATTRIBUTE_KEY)
  )
    return [];
  const list = input.offersByProduct.get(line.productId);
  if (!list) return [];
  return list.offers
    .map((offer, rank) => ({ offer, rank }))
    .filter(
      ({ offer }) =>
        offer.kind === 'upgrade' &&
        offer.fromVariantId === line.merchandiseId &&
        !cartVariants.has(offer.variantId),
    )
    .sort((a, b) => b.offer.score - a.offer.score || a.rank - b.rank)
    .slice(0, OVERFETCH)
    .map(({ offer }) => ({ lineId: line.id, offer }));
}

/**
 * First half of the decision, before prices are known: which offers could be shown for this target, and so
 * which variants the single Storefront query must fetch. Cart products and their variants are never candidates.
 */
export function planOffers(input: PlanInput): OfferPlan {
  const cartProducts = new Set(input.lines.map((line) => line.productId));
  const cartVariants = new Set(input.lines.map((line) => line.merchandiseId));
  if (input.target === 'line') {
    const line = input.lines.find((candidate) => candidate.id === input.lineId);
    const upgrades = line ? upgradeCandidates(line, input, cartVariants) : [];
    const ids =
      upgrades.length > 0 && line
        ? [line.merchandiseId, ...upgrades.map(({ offer }) => offer.variantId)]
        : [];
    return { crossSells: [], upgrades, variantIds: [...new Set(ids)] };
  }
  const lists: CartProductOffers[] = [...cartProducts].flatMap((productId) => {
    const list = input.offersByProduct.get(productId);
    return list ? [{ productId, offers: list.offers, ...votesOf(list) }] : [];
  });
  const depth = Math.max(CROSS_SELL_DEPTH, input.settings.maxOffers * OVERFETCH);
  const merged = mergeOffers(lists, {
    max: input.profile ? PERSONAL_POOL : depth,
    excludeProductIds: cartProducts,
  });
  const candidates = input.profile ? personalised(merged, input.profile, cartProducts, depth) : merged;
  const crossSells = candidates
    .filter(({ offer }) => !cartVariants.has(offer.variantId))
    .map(({ offer, becauseOf }) => ({ offer, becauseOf }));
  return {
    crossSells,
    upgrades: [],
    variantIds: [...new Set(crossSells.map(({ offer }) => offer.variantId))],
  };
}

/**
 * The cart's candidates re-ranked for the logged-in buyer (`personaliseOffers`, the function the offline evaluation
 * measured): a due repeat purchase becomes a "Buy again" offer of the variant they bought, "because of" itself.
 */
function personalised(
  merged: readonly MergedOffer[],
  profile: BuyerProfile,
  cartProducts: ReadonlySet<string>,
  max: number,
): CandidateCrossSell[] {
  const byProduct = new Map(merged.map((entry) => [entry.offer.productId, entry]));
  const ranked = personaliseOffers(
    merged.map((entry) => ({ productId: entry.offer.productId, score: entry.score })),
    profile,
    { max, excludeProductIds: cartProducts, weights: DEFAULT_PERSONAL_WEIGHTS },
  );
  return ranked.flatMap((entry): CandidateCrossSell[] => {
    if (entry.again)
      return [
        {
          offer: {
            variantId: entry.variantId,
            productId: entry.productId,
            score: entry.score,
            reason: 'buy_again',
            kind: 'xsell',
          } as const,
          becauseOf: entry.productId,
        },
      ];
    const found = byProduct.get(entry.productId);
    return found ? [{ offer: found.offer, becauseOf: found.becauseOf }] : [];
  });
}
