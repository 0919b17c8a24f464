/**
 * An order header. Only what pairing and measurement need: no names, emails or addresses; the customer is a
 * one-way hash. Money is integer minor units of `currency`.
 */
export interface Order {
  readonly id: string;
  readonly createdAt: string;
  /** ISO 4217 code, e.g. "EUR". */
  readonly currency: string;
  readonly customerHash: string | null;
  readonly checkoutToken: string | null;
  readonly subtotalMinor: number;
  readonly totalMinor: number;
  readonly refundedMinor: number;
  readonly cancelledAt: string | null;
  readonly updatedAt: string;
}

export interface OrderLine {
  readonly lineId: string;
  /** Null for custom items or products deleted since. */
  readonly productId: string | null;
  readonly variantId: string | null;
  readonly quantity: number;
  readonly unitPriceMinor: number;
  /** Line total after line and order-level discounts. */
  readonly discountedTotalMinor: number;
  /** The raw `_tandem` line attribute (offer id + arm) when the line came from an offer. */
  readonly tandemAttribute: string | null;
}

export interface OrderWithLines extends Order {
  readonly lines: readonly OrderLine[];
}
