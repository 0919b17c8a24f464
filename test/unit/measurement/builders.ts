// Data builders for the measurement unit tests: valid by default, overridable per field.
import { encodeTandemAttribute, offerIdFor } from '@tandem/offer-core';
import type { OrderLine, OrderWithLines } from '@tandem/web/domain/index';

export const variant = (n: number) => `gid://shopify/ProductVariant/${n}`;

export function offerLine(
  n: number,
  overrides: Partial<OrderLine> & {
    kind?: 'xsell' | 'upgrade';
    from?: number;
    arm?: 'treatment' | 'control';
  } = {},
): OrderLine {
  const { kind = 'xsell', from = 100, arm = 'treatment', ...line } = overrides;
  return {
    lineId: `gid://shopify/LineItem/${n}`,
    productId: `gid://shopify/Product/${n}`,
    variantId: variant(n),
    quantity: 1,
    unitPriceMinor: 1_000,
    discountedTotalMinor: 1_000,
    tandemAttribute: encodeTandemAttribute({
      offerId: offerIdFor(variant(from), variant(n)),
      arm,
      offerKind: kind,
    }),
    ...line,
  };
}

export function plainLine(n: number, overrides: Partial<OrderLine> = {}): OrderLine {
  return offerLine(n, { tandemAttribute: null, ...overrides });
}

export function order(overrides: Partial<OrderWithLines> = {}): OrderWithLines {
  return {
    id: 'gid://shopify/Order/1',
    createdAt: '2025-03-02T10:00:00.000Z',
    updatedAt: '2025-03-02T10:00:00.000Z',
    currency: 'EUR',
    customerHash: 'c'.repeat(64),
    checkoutToken: 'tok-1',
    subtotalMinor: 5_000,
    totalMinor: 5_000,
    refundedMinor: 0,
    cancelledAt: null,
    lines: [
      plainLine(1, { unitPriceMinor: 3_000, discountedTotalMinor: 3_000 }),
      offerLine(2, { unitPriceMinor: 2_000, discountedTotalMinor: 2_000 }),
    ],
    ...overrides,
  };
}
