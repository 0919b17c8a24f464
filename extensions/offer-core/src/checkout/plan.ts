import { mergeOffers } from '../merge.js';
import { votesOf } from '../offer-list.js';
import type { CartProductOffers } from '../types.js';
import { TANDEM_ATTRIBUTE_KEY } from './tandem-attribute.js';
import type {
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
  return list.o
    .map((offer, rank) => ({ offer, rank }))
    .filter(
      ({ offer }) => offer.k === 'upgrade' && offer.f === line.merchandiseId && !cartVariants.has(offer.v),
    )
    .sort((a, b) => b.offer.s - a.offer.s || a.rank - b.rank)
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
      upgrades.length > 0 && line ? [line.merchandiseId, ...upgrades.map(({ offer }) => offer.v)] : [];
    return { crossSells: [], upgrades, variantIds: [...new Set(ids)] };
  }
  const lists: CartProductOffers[] = [...cartProducts].flatMap((productId) => {
    const list = input.offersByProduct.get(productId);
    return list ? [{ productId, offers: list.o, ...votesOf(list) }] : [];
  });
  const merged = mergeOffers(lists, {
    max: Math.max(CROSS_SELL_DEPTH, input.settings.maxOffers * OVERFETCH),
    excludeProductIds: cartProducts,
  });
  const crossSells = merged
    .filter(({ offer }) => !cartVariants.has(offer.v))
    .map(({ offer, becauseOf }) => ({ offer, becauseOf }));
  return { crossSells, upgrades: [], variantIds: [...new Set(crossSells.map(({ offer }) => offer.v))] };
}
