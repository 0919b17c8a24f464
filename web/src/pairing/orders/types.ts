/** Baskets in compressed rows: basket `i` holds products `items[start[i]] .. items[start[i + 1]]`, distinct. */
export interface BasketLog {
  readonly count: number;
  readonly start: Uint32Array;
  readonly items: Uint32Array;
  /** Epoch ms per basket, NaN where unknown. */
  readonly createdAt: Float64Array;
}

/** How the orders were put in time order (the evaluation protocol's rule). */
export const ORDERINGS = ['created_at', 'order_id', 'file'] as const;
export type Ordering = (typeof ORDERINGS)[number];

/** What the order lines say about a product when no catalog is given. */
export interface ObservedProduct {
  /** The variant bought most often, if any line named one. */
  readonly variantId: string | undefined;
  /** Distinct variant ids seen, most bought first. */
  readonly variantIds: readonly string[];
  /** Latest unit price seen (major units), if any. */
  readonly unitPrice: number | undefined;
}
