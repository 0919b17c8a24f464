import type { JsonValue } from '../domain/json.js';
import type { AdminClient } from '../shopify/admin/client.js';
import type { OfferStore } from '../store/ports/offer-store.js';
import { activeDiscountPairs, readRegistry } from './discount-registry.js';

/**
 * Marks the offers a bundle discount covers ("buy X, get Y at N% off") with `d`, so checkout shows the discounted
 * price before the click. Only the buy products' lists can change; returns how many did.
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
    const list = await offers.getList(shop, productId);
    if (!list) continue;
    const marked = list.offers.map((entry) => {
      const offer = entry as { readonly k?: unknown; readonly p?: unknown };
      const percent =
        offer.k === 'xsell' && typeof offer.p === 'string' ? pairs.get(`${productId}>${offer.p}`) : undefined;
      return percent === undefined
        ? entry
        : ({ ...(entry as Record<string, JsonValue>), d: percent } as JsonValue);
    });
    if (marked.some((entry, index) => entry !== list.offers[index]))
      updated.push({
        productId,
        offers: marked,
        ...(list.votes === undefined ? {} : { votes: list.votes }),
        computedAt: now.toISOString(),
      });
  }
  if (updated.length > 0) await offers.putLists(shop, updated);
  return updated.length;
}
