import type { OrderWithLines } from '../../domain/order.js';
import type { ShopDomain } from '../../domain/shop.js';
import type { WriteResult } from './catalog-store.js';

/** One order line as the miner reads it: the line with its order's time and customer. */
export interface MinerLine {
  readonly orderId: string;
  readonly createdAt: string;
  readonly customerHash: string | null;
  readonly cancelled: boolean;
  readonly lineId: string;
  readonly productId: string | null;
  readonly variantId: string | null;
  readonly quantity: number;
  readonly unitPriceMinor: number;
  readonly discountedTotalMinor: number;
}

export interface StreamLinesOptions {
  /** Only orders created at or after this ISO timestamp. */
  readonly since?: string;
  /** Orders per batch (default 1000); a batch never splits an order. */
  readonly ordersPerBatch?: number;
}

export interface OrderStore {
  /**
   * Idempotent bulk upsert of orders; each written order's lines are replaced atomically. Orders whose stored
   * `updatedAt` is newer are left alone, and an order keeps the `createdAt` first stored for it (Shopify never
   * changes it; lines are stored by it). Sized for large imports: chunked multi-row statements, one transaction.
   */
  upsertOrders(shop: ShopDomain, orders: readonly OrderWithLines[]): Promise<WriteResult>;
  getOrder(shop: ShopDomain, orderId: string): Promise<OrderWithLines | undefined>;
  /** Batches of lines ordered by (createdAt, orderId, lineId), read with bounded memory. */
  streamLines(shop: ShopDomain, options?: StreamLinesOptions): AsyncIterable<readonly MinerLine[]>;
  /** customers/data_request: what we hold for the customer. */
  findByCustomerHash(shop: ShopDomain, customerHash: string): Promise<readonly OrderWithLines[]>;
  /** Removes the customer's orders and lines; returns the number of orders removed. */
  deleteByCustomerHash(shop: ShopDomain, customerHash: string): Promise<number>;
  countOrders(shop: ShopDomain): Promise<number>;
  countLines(shop: ShopDomain): Promise<number>;
}
