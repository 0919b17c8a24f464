import { addChange, upgradeChange } from './cart-change.js';
import { crossSellCopy, upgradeCopy, type UnitSaving } from './copy.js';
import { displayPrice, roundMoney } from './pricing.js';
import { offerIdFor } from './tandem-attribute.js';
import type { PublishedOffer } from '../types.js';
import type {
  Arm,
  CartLineInput,
  EffectiveSettings,
  Money,
  OfferPlan,
  OfferVariant,
  ShownCrossSell,
  ShownOffer,
  ShownUpgrade,
} from './types.js';

export interface DecideInput {
  readonly plan: OfferPlan;
  /** Storefront results by variant GID; a variant missing here counts as unavailable. */
  readonly variants: ReadonlyMap<string, OfferVariant>;
  readonly lines: readonly CartLineInput[];
  readonly settings: EffectiveSettings;
  readonly arm: Arm;
}

function crossSells(input: DecideInput): ShownCrossSell[] {
  const cartProducts = new Set(input.lines.map((line) => line.productId));
  const cartVariants = new Set(input.lines.map((line) => line.merchandiseId));
  const subtotal = input.lines.reduce((sum, line) => sum + line.totalAmount, 0);
  const cap = (subtotal * input.settings.priceCapPct) / 100;
  const shown: ShownCrossSell[] = [];
  for (const { offer, becauseOf } of input.plan.crossSells) {
    if (shown.length >= input.settings.maxOffers) break;
    const variant = input.variants.get(offer.v);
    // Re-checked against the live cart: the plan may be older than the buyer's last change.
    if (!variant?.availableForSale || cartProducts.has(variant.productId) || cartVariants.has(variant.id))
      continue;
    if (shown.some((other) => other.variant.productId === variant.productId)) continue;
    const prices = displayPrice(variant, offer.d);
    if (prices.price.amount > cap + 1e-9) continue;
    const offerId = offerIdFor(becauseOf, offer.v);
    const cartTitle = input.lines.find((line) => line.productId === becauseOf)?.title ?? '';
    shown.push({
      kind: 'xsell',
      offerId,
      reason: offer.r,
      variant,
      ...prices,
      copy: crossSellCopy(offer, cartTitle),
      change: addChange(variant.id, offerId, input.arm),
    });
  }
  return shown;
}

/** Per the cart's size, what the upgrade saves; only when the bigger size really is cheaper per unit. */
function unitSaving(offer: PublishedOffer, from: Money, to: Money): UnitSaving | undefined {
  if (!offer.q) return undefined;
  const [fromAmount, toAmount, unit] = offer.q;
  const saving = roundMoney(from.amount - (to.amount / toAmount) * fromAmount);
  return saving > 0
    ? {
        saving: { amount: saving, currencyCode: from.currencyCode },
        per: `${fromAmount} ${unit === 'gb' ? 'GB' : unit}`,
      }
    : undefined;
}

function upgrade(input: DecideInput): ShownUpgrade | undefined {
  for (const { lineId, offer } of input.plan.upgrades) {
    const line = input.lines.find((candidate) => candidate.id === lineId);
    const from = line ? input.variants.get(line.merchandiseId) : undefined;
    const to = input.variants.get(offer.v);
    if (!line || line.merchandiseId !== offer.f || !from || !to?.availableForSale) continue;
    if (input.lines.some((other) => other.merchandiseId === to.id)) continue;
    if (to.price.currencyCode !== from.price.currencyCode) continue;
    const prices = displayPrice(to, offer.d);
    const unitDelta = prices.price.amount - from.price.amount;
    // An upgrade costs more, but never beyond the buyer's budget: at most maxUpgradeDeltaPct of the current unit price.
    if (unitDelta <= 0 || unitDelta > (from.price.amount * input.settings.maxUpgradeDeltaPct) / 100 + 1e-9)
      continue;
    const delta = { amount: roundMoney(unitDelta * line.quantity), currencyCode: prices.price.currencyCode };
    const offerId = offerIdFor(line.merchandiseId, to.id);
    return {
      kind: 'upgrade',
      offerId,
      reason: offer.r,
      variant: to,
      ...prices,
      lineId,
      delta,
      copy: upgradeCopy(delta, to.title, unitSaving(offer, from.price, prices.price)),
      change: upgradeChange(line, to.id, offerId, input.arm),
    };
  }
  return undefined;
}

/**
 * Second half of the decision: with prices and availability known, the ordered offers to show and the exact
 * cart change behind each button. Deterministic: the same input always gives the same output.
 * Never: a cart product, an unavailable variant, a price above the cap, more than the configured maximum.
 */
export function decideOffers(input: DecideInput): ShownOffer[] {
  if (input.plan.upgrades.length > 0) {
    const shown = upgrade(input);
    return shown ? [shown] : [];
  }
  return crossSells(input);
}
