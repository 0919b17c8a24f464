import type { Stores } from '../../store/types.js';
import { decideCheckout, type ReportedCheckout } from './decide-checkout.js';

export interface RecordCheckoutsDeps {
  readonly stores: Pick<Stores, 'measurement' | 'offers' | 'settings'>;
}

/**
 * Records checkouts Shopify reported (webhooks, or orders whose checkout was never reported). A checkout already
 * recorded keeps its first record: its arm and eligibility are what the buyer saw when it was created, and a later
 * update or the order must not re-decide them. The days of new checkouts are marked for a rollup, as are those of
 * known ones (their funnel may now count events that arrived before Shopify's report).
 */
export async function recordCheckouts(
  deps: RecordCheckoutsDeps,
  shop: string,
  checkouts: readonly ReportedCheckout[],
): Promise<{ readonly recorded: number }> {
  if (checkouts.length === 0) return { recorded: 0 };
  const { measurement, offers, settings } = deps.stores;
  const productIds = [...new Set(checkouts.flatMap((checkout) => checkout.productIds))];
  const [shopSettings, published] = await Promise.all([
    settings.get(shop),
    productIds.length === 0 ? new Set<string>() : offers.publishedProducts(shop, productIds),
  ]);
  const facts = checkouts.map((checkout) =>
    decideCheckout({
      shop,
      checkout,
      holdoutShare: shopSettings.holdoutPct / 100,
      publishedProducts: published,
    }),
  );
  const recorded = await measurement.recordCheckouts(shop, facts);
  const days = await measurement.checkoutDays(
    shop,
    facts.map((fact) => fact.checkoutHash),
  );
  await measurement.markDirty(shop, days);
  return { recorded };
}
