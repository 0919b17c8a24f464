import {
  OFFER_VARIANTS_QUERY,
  offerVariantsVariables,
  parseOfferVariants,
} from '../checkout/storefront-query.js';
import type { CartLineInput, OfferVariant } from '../checkout/types.js';
import type { CheckoutPort } from './types.js';

/** The cart as far as offers depend on it: availability read for one cart is re-read when this changes. */
export function cartKey(lines: readonly CartLineInput[]): string {
  return lines.map((line) => `${line.merchandiseId}×${line.quantity}`).join(',');
}

/** Prices and availability of `ids` in the buyer's country and language: the session's one Storefront query. */
export async function readVariants(
  port: CheckoutPort,
  ids: readonly string[],
): Promise<ReadonlyMap<string, OfferVariant>> {
  const snapshot = port.snapshot();
  const result = await port.query(
    OFFER_VARIANTS_QUERY,
    offerVariantsVariables(ids, snapshot.country, snapshot.language),
  );
  return parseOfferVariants(result.data);
}

/**
 * After a failed add: whether the variant really is gone (sold out, unpublished or deleted), so the offer can be
 * dropped with an honest word instead of a "try again" that can never succeed. Unknown (query failed) counts as
 * still available: the generic error and a retry are then the right answer.
 */
export async function soldOutNow(port: CheckoutPort, variantId: string): Promise<boolean> {
  try {
    return (await readVariants(port, [variantId])).get(variantId)?.availableForSale !== true;
  } catch {
    return false;
  }
}

/** The same variants with these marked unavailable, so the decision drops their offers. */
export function withUnavailable(
  variants: ReadonlyMap<string, OfferVariant>,
  variantIds: Iterable<string>,
): ReadonlyMap<string, OfferVariant> {
  let result: Map<string, OfferVariant> | undefined;
  for (const id of variantIds) {
    const variant = variants.get(id);
    if (!variant) continue;
    result ??= new Map(variants);
    result.set(id, { ...variant, availableForSale: false });
  }
  return result ?? variants;
}
