// A seeded generator of checkouts in both arms with a known true effect, shaped like what the checkout
// extension and the shop produce: arms from the offer core's armForCheckout, offer lines carrying the `_tandem`
// attribute the extension encodes, and the events the pixel posts. Deterministic for a seed.
import { seededRandom } from '@tandem/emulator/faults/random';
import { armForCheckout, encodeTandemAttribute, offerIdFor, type OfferEventData } from '@tandem/offer-core';

/** The emulator's seeded mulberry32: fast and well mixed, plenty for simulations. */
export const prng = seededRandom;

export interface SimVariant {
  readonly id: string;
  readonly priceMinor: number;
}

export interface SimCatalog {
  /** What shoppers put in the cart; each has a next tier up to upgrade to. */
  readonly base: readonly { readonly from: SimVariant; readonly to: SimVariant }[];
  /** What the block offers as cross-sells. */
  readonly crossSells: readonly SimVariant[];
}

export interface SimParams {
  readonly seed: number;
  readonly shop: string;
  readonly checkouts: number;
  readonly holdoutShare: number;
  /** Control arm conversion of an eligible checkout. */
  readonly conversion: number;
  /** Relative conversion lost in treatment (offers distract): 0.02 = 2% fewer orders. */
  readonly conversionCost: number;
  /** Treatment only: probability an order adds one cross-sell, and that its first line is upgraded. */
  readonly crossSellRate: number;
  readonly upgradeRate: number;
  /** Checkouts spread over this many days starting at `firstDay` (UTC), round robin. */
  readonly days: number;
  readonly firstDay: string;
  readonly catalog: SimCatalog;
}

export interface SimLine {
  readonly variant: SimVariant;
  readonly quantity: number;
  readonly attribute: string | null;
}

export interface SimCheckout {
  readonly token: string;
  readonly arm: 'treatment' | 'control';
  readonly at: number;
  readonly events: readonly OfferEventData[];
  /** The cart the buyer brought to checkout (what checkouts/create reports), before any offer. */
  readonly cart: readonly SimLine[];
  readonly lines: readonly SimLine[] | null;
  /** What attribution must credit for this checkout's order: cross-sell line totals plus upgrade differences. */
  readonly plantedMinor: number;
}

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

function token(random: () => number): string {
  let text = '';
  // 16 bits at a time: small integers print fast, a double near 2^32 does not.
  for (let i = 0; i < 8; i += 1)
    text += Math.floor(random() * 65_536)
      .toString(16)
      .padStart(4, '0');
  return text;
}

export function simulateCheckouts(params: SimParams): SimCheckout[] {
  const random = prng(params.seed);
  const start = Date.parse(`${params.firstDay}T00:00:00.000Z`);
  const result: SimCheckout[] = [];
  for (let index = 0; index < params.checkouts; index += 1) {
    const checkoutToken = token(random);
    const arm = armForCheckout(checkoutToken, { holdoutShare: params.holdoutShare, salt: params.shop });
    const at = start + (index % params.days) * 86_400_000 + 3_600_000 + Math.floor(random() * 20 * 3_600_000);
    const event = (
      name: OfferEventData['event'],
      offerId: string | null,
      offset: number,
    ): OfferEventData => ({
      v: 1,
      event: name,
      offerId,
      arm,
      target: 'block',
      checkoutToken,
      ts: at + offset,
    });
    const events: OfferEventData[] = [event('eligible', null, 0)];
    const converts = random() < params.conversion * (arm === 'treatment' ? 1 - params.conversionCost : 1);
    // The draws below happen for every checkout so both arms consume the same random stream per checkout.
    const lineCount = 1 + Math.floor(random() * 3);
    const base = Array.from({ length: lineCount }, () => ({
      tier: pick(random, params.catalog.base),
      quantity: 1 + Math.floor(random() * 2),
    }));
    const takesCrossSell = random() < params.crossSellRate;
    const crossSell = pick(random, params.catalog.crossSells);
    const takesUpgrade = random() < params.upgradeRate;
    if (arm === 'treatment') {
      const xsellId = offerIdFor(base[0]?.tier.from.id ?? '', crossSell.id);
      events.push(event('impression', xsellId, 1_000));
      if (takesCrossSell) events.push(event('add', xsellId, 5_000));
    }
    const cart = base.map(({ tier, quantity }) => ({ variant: tier.from, quantity, attribute: null }));
    if (!converts) {
      result.push({ token: checkoutToken, arm, at, events, cart, lines: null, plantedMinor: 0 });
      continue;
    }
    let planted = 0;
    const lines: SimLine[] = base.map(({ tier, quantity }, position) => {
      if (arm === 'treatment' && takesUpgrade && position === 0) {
        planted += (tier.to.priceMinor - tier.from.priceMinor) * quantity;
        const offerId = offerIdFor(tier.from.id, tier.to.id);
        return {
          variant: tier.to,
          quantity,
          attribute: encodeTandemAttribute({ offerId, arm, offerKind: 'upgrade' }),
        };
      }
      return { variant: tier.from, quantity, attribute: null };
    });
    if (arm === 'treatment' && takesCrossSell) {
      planted += crossSell.priceMinor;
      const offerId = offerIdFor(base[0]?.tier.from.id ?? '', crossSell.id);
      lines.push({
        variant: crossSell,
        quantity: 1,
        attribute: encodeTandemAttribute({ offerId, arm, offerKind: 'xsell' }),
      });
    }
    result.push({ token: checkoutToken, arm, at, events, cart, lines, plantedMinor: planted });
  }
  return result;
}

const average = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The true relative lift of revenue per eligible checkout implied by the parameters (not by any sample):
 * E[treatment] / E[control] − 1 with E[basket] = E[lines] · E[quantity] · mean base price.
 */
export function trueRevenueLift(params: SimParams): number {
  const meanLines = 2;
  const meanQuantity = 1.5;
  const basket = meanLines * meanQuantity * average(params.catalog.base.map((tier) => tier.from.priceMinor));
  const upgrade =
    meanQuantity * average(params.catalog.base.map((tier) => tier.to.priceMinor - tier.from.priceMinor));
  const crossSell = average(params.catalog.crossSells.map((variant) => variant.priceMinor));
  const control = params.conversion * basket;
  const treatment =
    params.conversion *
    (1 - params.conversionCost) *
    (basket + params.crossSellRate * crossSell + params.upgradeRate * upgrade);
  return treatment / control - 1;
}
