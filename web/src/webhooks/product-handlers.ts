import { isDeepStrictEqual } from 'node:util';
import type { ProductWithVariants } from '../domain/product.js';
import type { AdminClient } from '../shopify/admin/client.js';
import { InventoryItemVariantDocument } from '../shopify/admin/generated/graphql.js';
import type { Stores } from '../store/types.js';
import { fetchCurrentProduct } from './current-product.js';
import { resolveAvailability } from './inventory-availability.js';
import { gidOfId, mapProductPayload, unwrap } from './payload-mappers.js';

type Payload = Record<string, unknown>;

export interface ProductHandlerDeps {
  readonly stores: Pick<Stores, 'catalog'>;
  readonly adminClient: (shop: string) => Promise<AdminClient>;
  /** The shop's currency (product payloads carry prices without one). */
  readonly shopCurrency: (shop: string) => Promise<string>;
}

/**
 * products/create|update and inventory_levels/update. Where the payload cannot tell (availability of a sold-out
 * variant, an update of a product we do not hold, a tie on updated_at), Shopify's current copy decides.
 */
export function createProductHandlers(deps: ProductHandlerDeps) {
  const { stores } = deps;
  async function upsertProduct(shop: string, payload: Payload, kind: 'create' | 'update') {
    const currency = await deps.shopCurrency(shop);
    const mapped = unwrap(mapProductPayload(payload, currency));
    if ('invalid' in mapped) return mapped;
    // Webhook payloads do not list collections; keep the ones the last sync stored.
    const stored = await stores.catalog.getProduct(shop, mapped.product.id);
    let product: ProductWithVariants = { ...mapped.product, collectionIds: stored?.collectionIds ?? [] };
    let refetched = 0;
    let inventoryReads = 0;
    if (kind === 'update' && !stored) {
      // An update of a product we do not hold: deleted since (a retry of an older update arriving after
      // products/delete must not bring it back), or not synced yet. Shopify's current copy decides.
      const current = await fetchCurrentProduct(await deps.adminClient(shop), product.id, currency);
      if (!current) return { gone: 1 };
      product = current;
      refetched = 1;
    } else if (mapped.undetermined.length > 0) {
      // Sold out with policy deny: for sale only if the inventory item is not tracked, which the payload no
      // longer says. Shopify's own availableForSale decides.
      const resolved = await resolveAvailability(await deps.adminClient(shop), mapped.undetermined);
      if (resolved === undefined) {
        const current = await fetchCurrentProduct(await deps.adminClient(shop), product.id, currency);
        if (!current) return { invalid: `product ${product.id} could not be read back for its availability` };
        product = { ...current, collectionIds: product.collectionIds };
        refetched = 1;
      } else {
        product = {
          ...product,
          variants: product.variants.map((variant) => {
            const available = resolved.get(variant.id);
            return available === undefined ? variant : { ...variant, availableForSale: available };
          }),
        };
        inventoryReads = resolved.size;
      }
    }
    // Shopify's updated_at has whole seconds: two edits within one second, delivered out of order, carry the same
    // time and neither is newer by it. On such a tie with different content, ask Shopify for the product as it is.
    if (
      refetched === 0 &&
      stored &&
      stored.updatedAt === product.updatedAt &&
      !isDeepStrictEqual(stored, product)
    ) {
      const current = await fetchCurrentProduct(await deps.adminClient(shop), product.id, currency);
      if (!current) return { invalid: `product ${product.id} could not be read back after a tied update` };
      product = { ...current, collectionIds: stored.collectionIds };
      refetched = 1;
    }
    const result = await stores.catalog.upsertProducts(shop, [product]);
    return { written: result.written, stale: result.stale, refetched, inventoryReads };
  }

  async function refreshInventory(shop: string, payload: Payload) {
    const itemId = gidOfId(payload['inventory_item_id'], 'InventoryItem');
    if (itemId === null) return { invalid: 'inventory_item_id is missing' };
    // The payload names an inventory item and one location; the variant's total across locations comes from the API.
    const client = await deps.adminClient(shop);
    const { data } = await client.request(InventoryItemVariantDocument, { id: itemId });
    const variant = data.inventoryItem?.variant;
    if (!variant) return { unknownItem: itemId };
    const result = await stores.catalog.updateInventory(shop, [
      {
        variantId: variant.id,
        inventoryQuantity: variant.inventoryQuantity,
        availableForSale: variant.availableForSale,
        updatedAt: variant.updatedAt,
      },
    ]);
    return { written: result.written, stale: result.stale };
  }

  return { upsertProduct, refreshInventory };
}
