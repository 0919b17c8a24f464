import type { OrderWithLines } from '@tandem/web/domain/index';
import type { Database } from '@tandem/web/store/index';

/**
 * The baseline: what a first implementation would do — one upsert per order, one delete of its lines and one
 * INSERT per line, each its own statement (autocommit), through the query builder.
 */
export async function naiveUpsertOrders(
  database: Database,
  shop: string,
  orders: readonly OrderWithLines[],
): Promise<void> {
  const { db } = database;
  for (const order of orders) {
    const row = {
      created_at: order.createdAt,
      currency: order.currency,
      customer_hash: order.customerHash,
      checkout_token: order.checkoutToken,
      subtotal_minor: order.subtotalMinor,
      total_minor: order.totalMinor,
      refunded_minor: order.refundedMinor,
      cancelled_at: order.cancelledAt,
      updated_at: order.updatedAt,
    };
    await db
      .insertInto('orders')
      .values({ shop, id: order.id, ...row })
      .onConflict((oc) => oc.columns(['shop', 'id']).doUpdateSet(row))
      .execute();
    await db
      .deleteFrom('order_lines')
      .where('shop', '=', shop)
      .where('created_at', '=', order.createdAt)
      .where('order_id', '=', order.id)
      .execute();
    for (const line of order.lines) {
      await db
        .insertInto('order_lines')
        .values({
          shop,
          created_at: order.createdAt,
          order_id: order.id,
          line_id: line.lineId,
          product_id: line.productId,
          variant_id: line.variantId,
          quantity: line.quantity,
          unit_price_minor: line.unitPriceMinor,
          discounted_total_minor: line.discountedTotalMinor,
          tandem_attribute: line.tandemAttribute,
        })
        .execute();
    }
  }
}
