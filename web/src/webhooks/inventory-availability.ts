import type { AdminClient } from '../shopify/admin/client.js';
import { InventoryItemVariantDocument } from '../shopify/admin/generated/graphql.js';
import type { UndeterminedVariant } from './payload-mappers.js';

/**
 * Shopify's availableForSale of each variant, read through its inventory item (one small query each: only sold-out
 * variants with policy deny get here). Undefined when a variant has no inventory item id or Shopify does not link
 * it to that variant any more, so the caller reads the whole product instead.
 */
export async function resolveAvailability(
  client: AdminClient,
  variants: readonly UndeterminedVariant[],
): Promise<Map<string, boolean> | undefined> {
  const available = new Map<string, boolean>();
  for (const { variantId, inventoryItemId } of variants) {
    if (inventoryItemId === null) return undefined;
    const { data } = await client.request(InventoryItemVariantDocument, { id: inventoryItemId });
    const variant = data.inventoryItem?.variant;
    if (variant?.id !== variantId) return undefined;
    available.set(variantId, variant.availableForSale);
  }
  return available;
}
