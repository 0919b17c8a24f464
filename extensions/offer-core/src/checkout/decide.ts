import { addChange, upgradeChange } from './cart-change.js';
import { crossSellCopy, upgradeCopy } from './copy.js';
import { displayPrice, roundMoney } from './pricing.js';
import { offerIdFor } from './tandem-attribute.js';
import { compareUnitPrices } from './unit-price.js';
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
  /** The buyer's language (BCP 47): unit prices follow its retail practice (per kg, or per 100 g for small packs). */
  readonly language: string;
}

function crossSells(input: DecideInput): ShownCrossSell[] {
  const cartProducts = new Set(input.lines.map((line) => line.productId));
  const cartVariants = new Set(input.lines.map((line) => line.merchandiseId));
  const subtotal = input.lines.reduce((sum, line) => sum + line.totalAmount, 0);
  const cap = (subtotal * input.settings.priceCapPct) / 100;
  const shown: ShownCrossSell[] = [];
  for (const { offer, becauseOf } of input.plan.crossSells) {
    if (shown.length >= input.settings.maxOffers) break;
    const variant = input.variants.get(offer.variantId);
    // Re-checked against the live cart: the plan may be older than the buyer's last change.
    if (!variant?.availableForSale || cartProducts.has(variant.productId) || cartVariants.has(variant.id))
      continue;
    if (shown.some((other) => other.variant.productId === variant.productId)) continue;
    const prices = displayPrice(variant, offer.discountPct);
    if (prices.price.amount > cap + 1e-9) continue;
    const offerId = offerIdFor(becauseOf, offer.variantId);
    const cartTitle = input.lines.find((line) => line.productId === becauseOf)?.title ?? '';
    shown.push({
      kind: 'xsell',
      offerId,
      reason: offer.reason,
      variant,
      ...prices,
      copy: crossSellCopy(offer, cartTitle),
      change: addChange(variant.id, offerId, input.arm),
    });
  }
  return shown;
}

/** The variant at the price the buyer would pay, so a merchant discount shows in its unit price too. */
function paying(variant: OfferVariant, price: Money): OfferVariant {
  const unitPrice = variant.unitPrice;
  const ratio = variant.price.amount > 0 ? price.amount / variant.price.amount : 1;
  return {
    ...variant,
    price,
    unitPrice: unitPrice && {
      ...unitPrice,
      price: { ...unitPrice.price, amount: unitPrice.price.amount * ratio },
    },
  };
}

function upgrade(input: DecideInput): ShownUpgrade | undefined {
  for (const { lineId, offer } of input.plan.upgrades) {
    const line = input.lines.find((candidate) => candidate.id === lineId);
    const from = line ? input.variants.get(line.merchandiseId) : undefined;
    const to = input.variants.get(offer.variantId);
    if (!line || line.merchandiseId !== offer.fromVariantId || !from || !to?.availableForSale) continue;
    if (input.lines.some((other) => other.merchandiseId === to.id)) continue;
    if (to.price.currencyCode !== from.price.currencyCode) continue;
    const prices = displayPrice(to, offer.discountPct);
    const unitDelta = prices.price.amount - from.price.amount;
    // An upgrade costs more, but never beyond the buyer's budget: at most maxUpgradeDeltaPct of the current unit price.
    if (unitDelta <= 0 || unitDelta > (from.price.amount * input.settings.maxUpgradeDeltaPct) / 100 + 1e-9)
      continue;
    const delta = { amount: roundMoney(unitDelta * line.quantity), currencyCode: prices.price.currencyCode };
    const offerId = offerIdFor(line.merchandiseId, to.id);
    return {
      kind: 'upgrade',
      offerId,
      reason: offer.reason,
      variant: to,
      ...prices,
      lineId,
      delta,
      copy: upgradeCopy(
        delta,
        to.title,
        compareUnitPrices(from, paying(to, prices.price), offer.sizes, input.language),
      ),
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
