import { describe, expect, it } from '@jest/globals';
import { checkoutOfOrder, decideOrderArm } from '@tandem/web/measurement/index';
import { offerLine, order, plainLine } from './builders.js';

describe('checkoutOfOrder', () => {
  it("takes the cart from the order's plain and upgraded lines, leaving out cross-sells and unreadable offers", () => {
    // Given an order with a plain line, an upgraded line (same product, next tier), a cross-sell and a line whose
    // `_tandem` value cannot be read
    const placed = order({
      createdAt: '2026-11-02T10:00:00.000Z',
      lines: [
        plainLine(1),
        offerLine(2, { kind: 'upgrade', from: 3 }),
        offerLine(4, { kind: 'xsell' }),
        plainLine(5, { tandemAttribute: 'garbage' }),
      ],
    });
    // Then its checkout held the plain and the upgraded line's products, created no later than the order
    expect(checkoutOfOrder(placed)).toEqual({
      token: 'tok-1',
      createdAt: '2026-11-02T10:00:00.000Z',
      productIds: ['gid://shopify/Product/1', 'gid://shopify/Product/2'],
      source: 'order',
    });
    // And an order without a checkout token (POS, draft orders) had none
    expect(checkoutOfOrder(order({ checkoutToken: null }))).toBeNull();
  });
});

describe('decideOrderArm with a measurement start', () => {
  const shop = 'arm-start.myshopify.com';
  it('gives an order from before the install no arm of its own, and one after it the arm of its token', () => {
    const measuredFrom = '2026-11-02T00:00:00.000Z';
    const before = order({ createdAt: '2026-11-01T23:59:59Z' });
    const after = order({ createdAt: '2026-11-02T00:00:00Z' });
    expect(
      decideOrderArm({ shop, order: before, previous: undefined, holdoutShare: 0.5, measuredFrom }).arm,
    ).toBeNull();
    expect(
      decideOrderArm({ shop, order: after, previous: undefined, holdoutShare: 0.5, measuredFrom }).arm,
    ).toBe(decideOrderArm({ shop, order: after, previous: undefined, holdoutShare: 0.5 }).arm);
    // A checkout Shopify reported gives its arm whenever the order was placed
    expect(
      decideOrderArm({
        shop,
        order: before,
        previous: undefined,
        holdoutShare: 0.5,
        measuredFrom,
        checkoutArm: 'control',
      }).arm,
    ).toBe('control');
  });
});
