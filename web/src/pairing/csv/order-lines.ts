/** The normalised order-line CSV every dataset and import uses. */
export const ORDER_COLUMNS = [
  'order_id',
  'customer_id',
  'created_at',
  'product_id',
  'variant_id',
  'quantity',
  'unit_price',
] as const;
export type OrderColumn = (typeof ORDER_COLUMNS)[number];

/** One line of the order-line CSV (see `OrderLineScanner`). */
export interface OrderLine {
  readonly line: number;
  readonly orderId: string;
  /** orderId as a number when it is a plain number (the usual export), else NaN: a cheap key for grouping lines. */
  readonly orderNumber: number;
  /** Empty when the export has no customers. */
  readonly customerId: string;
  /** Epoch milliseconds; undefined when the cell is empty. */
  readonly createdAt: number | undefined;
  readonly productId: string;
  /** productId as a number when it is a plain number (the usual export), else NaN: a cheap interning key. */
  readonly productNumber: number;
  /** Empty when unknown. */
  readonly variantId: string;
  /** variantId as a number when it is a plain number, else NaN. */
  readonly variantNumber: number;
  readonly quantity: number;
  /** Major currency units; undefined when the cell is empty. */
  readonly unitPrice: number | undefined;
}
