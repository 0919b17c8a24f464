import type { AdminClient } from '../shopify/admin/client.js';
import type { OfferStore } from '../store/ports/offer-store.js';
import { activeDiscountPairs, readRegistry } from './discount-registry.js';
import { publishedList, toStoredList } from './stored-list.js';

/**
 * Marks the offers a bundle discount covers ("buy X, get Y at N% off") with their percentage, so checkout shows
 * the discounted price before the click. Only the buy products' lists can change; returns how many did.
 */
export async function applyDiscounts(
  offers: OfferStore,
  client: AdminClient,
  shop: string,
  now: Date,
): Promise<number> {
  const pairs = activeDiscountPairs((await readRegistry(client)).entries, now);
  const buyProducts = new Set([...pairs.keys()].map((key) => key.slice(0, key.indexOf('>'))));
  const updated = [];
  for (const productId of buyProducts) {
    const stored = await offers.getList(shop, productId);
    const list = stored && publishedList(stored);
    if (!list) continue;
    let marked = false;
    const withDiscounts = list.offers.map((offer) => {
      const percent = offer.kind === 'xsell' ? pairs.get(`${productId}>${offer.productId}`) : undefined;
      if (percent === undefined) return offer;
      marked = true;
      return { ...offer, discountPct: percent };
    });
    if (marked) updated.push(toStoredList(productId, withDiscounts, list, now.toISOString()));
  }
  if (updated.length > 0) await offers.putLists(shop, updated);
  return updated.length;
}
