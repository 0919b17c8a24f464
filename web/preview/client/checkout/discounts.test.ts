import { describe, expect, it } from '@jest/globals';
import type { CartLine } from '@shopify/ui-extensions/checkout';
import { discountsByLine } from './discounts.js';

const line = (id: string, variant: string, amount: number, currencyCode = 'NOK') =>
  ({
    id,
    quantity: 1,
    merchandise: { id: variant },
    cost: { totalAmount: { amount, currencyCode } },
  }) as unknown as CartLine;

describe('discounts on the order summary', () => {
  it('shows the shop’s discounts in the buyer’s currency, line by line', () => {
    // Given a NOK buyer whose second line (120 NOK, 12.00 EUR in the shop) is 20% off in a bundle
    const lines = [line('a', 'v1', 110), line('b', 'v2', 120)];
    const shop = {
      currencyCode: 'EUR',
      lines: [
        { variantId: 'v1', original: 11, discounted: 11, discounts: [] },
        { variantId: 'v2', original: 12, discounted: 9.6, discounts: [{ title: 'Bundle', amount: 2.4 }] },
      ],
    };
    // Then only that line shows it, converted: 24 NOK
    expect([...discountsByLine(lines, shop)]).toEqual([
      ['b', { total: 24, discounts: [{ title: 'Bundle', amount: 24 }] }],
    ]);
  });

  it('shows nothing for lines the shop priced for another cart', () => {
    const shop = {
      currencyCode: 'EUR',
      lines: [
        { variantId: 'other', original: 12, discounted: 9.6, discounts: [{ title: 'B', amount: 2.4 }] },
      ],
    };
    expect(discountsByLine([line('a', 'v1', 12, 'EUR')], shop).size).toBe(0);
    expect(discountsByLine([line('a', 'v1', 12, 'EUR')], undefined).size).toBe(0);
  });
});
