import type { WriteResult } from '../ports/catalog-store.js';
import type { InventoryUpdate } from '../validation/catalog.js';
import type { SqlContext } from './context.js';

/** One guarded UPDATE per variant, in one transaction: inventory webhooks arrive one or a few at a time. */
export async function updateInventory(
  context: SqlContext,
  shop: string,
  updates: readonly InventoryUpdate[],
): Promise<WriteResult> {
  if (updates.length === 0) return { written: 0, stale: 0 };
  return context.db.transaction().execute(async (trx) => {
    let written = 0;
    for (const update of updates) {
      const result = await trx
        .updateTable('variants')
        .set({
          inventory_quantity: update.inventoryQuantity,
          available_for_sale: update.availableForSale ? 1 : 0,
          updated_at: update.updatedAt,
        })
        .where('shop', '=', shop)
        .where('id', '=', update.variantId)
        .where('updated_at', '<=', update.updatedAt)
        .executeTakeFirst();
      written += Number(result.numUpdatedRows);
    }
    return { written, stale: updates.length - written };
  });
}
