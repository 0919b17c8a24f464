import { describe, expect, it } from '@jest/globals';
import { armForCheckout } from '@tandem/offer-core';
import {
  attributeOrder,
  decideOrderArm,
  hashCheckoutToken,
  refundedQuantities,
  upgradeSources,
} from '@tandem/web/measurement/index';
import type { OrderFact } from '@tandem/web/store/index';
import { offerLine, order, plainLine, variant } from './builders.js';

const NO_PRICES = new Map<string, number>();
const treatment = { arm: 'treatment' as const, checkoutHash: 'h'.repeat(32) };

describe('attributeOrder', () => {
  it('credits a cross-sell line its revenue after discounts, and nothing to plain lines', () => {
    // Given an order with one plain line and one cross-sell line discounted from 2000 to 1700
    const input = order({
      lines: [
        plainLine(1),
        offerLine(2, { unitPriceMinor: 2_000, discountedTotalMinor: 1_700, quantity: 1 }),
      ],
    });
    // When attributed
    const result = attributeOrder({ order: input, ...treatment, variantPrices: NO_PRICES });
    // Then only the offer line is credited, with its discounted total, kind and the order's arm
    expect(result.attributions).toEqual([
      {
        orderId: input.id,
        lineId: 'gid://shopify/LineItem/2',
        offerId: '100-2',
        kind: 'xsell',
        arm: 'treatment',
        revenueMinor: 1_700,
        quantity: 1,
      },
    ]);
    expect(result.fact).toMatchObject({
      attributedMinor: 1_700,
      offerLines: 1,
      revenueMinor: 5_000,
      malformedLines: 0,
      arm: 'treatment',
      cancelled: false,
    });
  });

  it("credits an upgrade only the price difference, at the line's own discount share", () => {
    // Given an upgrade from variant 100 (catalog 1500) to a 2000 line, 2 units, 10% discounted
    const line = offerLine(2, {
      kind: 'upgrade',
      from: 100,
      unitPriceMinor: 2_000,
      quantity: 2,
      discountedTotalMinor: 3_600,
    });
    const prices = new Map([[variant(100), 1_500]]);
    expect(upgradeSources(order({ lines: [line] }))).toEqual([variant(100)]);
    // When attributed
    const result = attributeOrder({ order: order({ lines: [line] }), ...treatment, variantPrices: prices });
    // Then the credit is (2000 − 1500) × 2 × 0.9 = 900
    expect(result.attributions[0]).toMatchObject({ kind: 'upgrade', revenueMinor: 900, quantity: 2 });
  });

  it('credits 0 and counts an upgrade whose from-variant is gone from the catalog', () => {
    const line = offerLine(2, { kind: 'upgrade', from: 404 });
    const result = attributeOrder({
      order: order({ lines: [line] }),
      ...treatment,
      variantPrices: NO_PRICES,
    });
    expect(result.attributions[0]).toMatchObject({ revenueMinor: 0, quantity: 1 });
    expect(result.fact.unpricedUpgrades).toBe(1);
    expect(result.problems[0]?.reason).toContain(variant(404));
  });

  it('keeps a malformed attribute unattributed and counts it', () => {
    const input = order({
      lines: [offerLine(2, { tandemAttribute: 'o1.t.x' }), offerLine(3, { tandemAttribute: '' })],
    });
    const result = attributeOrder({ order: input, ...treatment, variantPrices: NO_PRICES });
    expect(result.attributions).toEqual([]);
    expect(result.fact).toMatchObject({ malformedLines: 2, offerLines: 0, attributedMinor: 0 });
    expect(result.problems.map((p) => p.lineId)).toEqual([
      'gid://shopify/LineItem/2',
      'gid://shopify/LineItem/3',
    ]);
  });

  it('reduces credit by refunded quantities when refunds name lines, and pro rata when they do not', () => {
    // Given a cross-sell line of 4 units for 4000 in an order of 10000 with 2500 refunded
    const input = order({
      totalMinor: 10_000,
      refundedMinor: 2_500,
      lines: [offerLine(2, { quantity: 4, unitPriceMinor: 1_000, discountedTotalMinor: 4_000 })],
    });
    // When one unit of that line was refunded (itemised), or the refund named no line
    const itemised = attributeOrder({
      order: input,
      ...treatment,
      variantPrices: NO_PRICES,
      refundedQuantities: new Map([['gid://shopify/LineItem/2', 1]]),
    });
    const proRata = attributeOrder({ order: input, ...treatment, variantPrices: NO_PRICES });
    const otherLine = attributeOrder({
      order: input,
      ...treatment,
      variantPrices: NO_PRICES,
      refundedQuantities: new Map([['gid://shopify/LineItem/9', 1]]),
    });
    // Then the credit keeps 3 of 4 units, or 75% of the order
    expect(itemised.attributions[0]).toMatchObject({ revenueMinor: 3_000, quantity: 3 });
    expect(proRata.attributions[0]).toMatchObject({ revenueMinor: 3_000, quantity: 4 });
    expect(otherLine.attributions[0]).toMatchObject({ revenueMinor: 4_000, quantity: 4 });
    expect(itemised.fact.revenueMinor).toBe(7_500);
  });

  it('credits nothing for a cancelled order, and it keeps no revenue', () => {
    const result = attributeOrder({
      order: order({ cancelledAt: '2025-03-03T00:00:00.000Z' }),
      ...treatment,
      variantPrices: NO_PRICES,
    });
    expect(result.attributions).toEqual([]);
    expect(result.fact).toMatchObject({
      cancelled: true,
      revenueMinor: 0,
      attributedMinor: 0,
      offerLines: 0,
    });
  });

  it("counts offer lines whose attribute names another arm, and uses the attribute's arm when the order has none", () => {
    const input = order({ lines: [offerLine(2, { arm: 'treatment' })] });
    expect(
      attributeOrder({ order: input, arm: 'control', checkoutHash: null, variantPrices: NO_PRICES }).fact
        .armMismatches,
    ).toBe(1);
    const unknown = attributeOrder({ order: input, arm: null, checkoutHash: null, variantPrices: NO_PRICES });
    expect(unknown.attributions[0]?.arm).toBe('treatment');
    expect(unknown.fact).toMatchObject({ arm: null, armMismatches: 0 });
  });
});

describe('decideOrderArm', () => {
  const shop = 'arm-test.myshopify.com';
  it("recomputes the arm from the checkout token with the extension's function, salted with the shop", () => {
    // Given tokens at a 50% holdout
    const tokens = Array.from({ length: 200 }, (_, i) => `token-${i}`);
    const arms = tokens.map((token) =>
      decideOrderArm({
        shop,
        order: order({ checkoutToken: token }),
        previous: undefined,
        holdoutShare: 0.5,
      }),
    );
    // Then each equals armForCheckout with the shop as salt, both arms occur, and the token is hashed
    expect(arms.map((a) => a.arm)).toEqual(
      tokens.map((token) => armForCheckout(token, { holdoutShare: 0.5, salt: shop })),
    );
    expect(new Set(arms.map((a) => a.arm))).toEqual(new Set(['treatment', 'control']));
    expect(arms[0]?.checkoutHash).toBe(hashCheckoutToken('token-0'));
    expect(arms[0]?.checkoutHash).not.toContain('token');
  });

  it('keeps the arm decided when the order was first seen, whatever the share is now', () => {
    const previous = { arm: 'control', checkoutHash: 'p'.repeat(32) } as OrderFact;
    expect(decideOrderArm({ shop, order: order(), previous, holdoutShare: 0 })).toEqual({
      arm: 'control',
      checkoutHash: 'p'.repeat(32),
    });
    expect(
      decideOrderArm({ shop, order: order({ checkoutToken: null }), previous: undefined, holdoutShare: 0.5 }),
    ).toEqual({ arm: null, checkoutHash: null });
  });
});

describe('refundedQuantities', () => {
  it('sums refunded quantities per line from a REST payload', () => {
    const payload = {
      refunds: [
        {
          refund_line_items: [{ line_item_id: 7, quantity: 1 }],
          transactions: [{ kind: 'refund', status: 'success' }],
        },
        {
          refund_line_items: [
            { line_item_id: 7, quantity: 2 },
            { line_item_id: 8, quantity: 1 },
          ],
          transactions: [],
        },
      ],
    };
    expect([...(refundedQuantities(payload) ?? [])]).toEqual([
      ['gid://shopify/LineItem/7', 3],
      ['gid://shopify/LineItem/8', 1],
    ]);
  });

  it('itemises nothing without refunds, and defers to pro rata when money was refunded without lines', () => {
    expect(refundedQuantities({ refunds: [] })?.size).toBe(0);
    expect(refundedQuantities({})?.size).toBe(0);
    expect(
      refundedQuantities({
        refunds: [{ refund_line_items: [], transactions: [{ kind: 'refund', status: 'success' }] }],
      }),
    ).toBeUndefined();
    expect(
      refundedQuantities({
        refunds: [{ refund_line_items: [], transactions: [{ kind: 'refund', status: 'failure' }] }],
      })?.size,
    ).toBe(0);
  });
});
