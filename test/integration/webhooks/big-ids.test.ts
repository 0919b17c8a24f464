import { afterEach, describe, expect, it } from '@jest/globals';
import { parseOfferList } from '@tandem/offer-core';
import { recomputeOffers } from '@tandem/web/offers/recompute';
import { offerListValue } from '@tandem/web/offers/publish-offers';
import { buildWebhookHarness, payloadText, SHOP } from './harness.js';
import { send, type Harness } from './send.js';

// Shopify's ids exceed 2^53 in its own examples. Two such ids a few apart round to the same double, so anything
// that reads them as numbers merges two products. From the webhook body to the list checkout reads, they stay text.

const A = '788032119674292922';
const B = '788032119674292923'; // rounds to the same double as A
const C = '632910392';

let harness: Harness | undefined;
afterEach(async () => harness?.close());

/** The products/update fixture re-numbered (raw text: the digits must not pass through a JS number). */
function productText(product: string, variants: readonly [string, string], title: string): string {
  return payloadText('products-update')
    .replaceAll('788032119674292922', product)
    .replaceAll('642667041472713922', variants[0])
    .replaceAll('757650484644203962', variants[1])
    .replace('"title": "Hand grinder"', `"title": "${title}"`)
    .replaceAll('"inventory_quantity": 0', '"inventory_quantity": 4');
}

function orderText(n: number, lines: readonly (readonly [string, string])[]): string {
  const items = lines.map(
    ([product, variant], i) =>
      `{"id": 90000000000000000${n}${i}, "product_id": ${product}, "variant_id": ${variant}, ` +
      `"title": "x", "quantity": 1, "price": "10.00", "total_discount": "0.00", "discount_allocations": [], "properties": []}`,
  );
  return (
    `{"id": 82098291194615${String(n).padStart(4, '0')}, "created_at": "2026-11-${String(10 + n).padStart(2, '0')}T10:00:00Z", ` +
    `"updated_at": "2026-11-${String(10 + n).padStart(2, '0')}T10:00:00Z", "cancelled_at": null, "currency": "EUR", ` +
    `"subtotal_price": "20.00", "total_price": "20.00", "checkout_token": null, "customer": null, ` +
    `"line_items": [${items.join(', ')}], "refunds": []}`
  );
}

describe('ids above 2^53, from webhook to checkout', () => {
  it('keep two products whose ids round to the same double apart, up to the list checkout reads', async () => {
    // Given products A and B (ids above 2^53, one apart) and C, by webhook, and orders by webhook: C with A six
    // times, never with B
    const h = (harness = await buildWebhookHarness());
    await send(h, 'products/create', productText(A, ['642667041472713922', '757650484644203962'], 'A'));
    await send(h, 'products/create', productText(B, ['642667041472713923', '757650484644203963'], 'B'));
    await send(h, 'products/create', productText(C, ['808950810', '808950811'], 'C'));
    for (let n = 1; n <= 6; n += 1)
      await send(
        h,
        'orders/create',
        orderText(n, [
          [A, '642667041472713922'],
          [C, '808950810'],
        ]),
      );
    await h.jobsFinished(9);
    expect(await h.stores.catalog.countProducts(SHOP)).toBe(3);
    expect(await h.stores.orders.countOrders(SHOP)).toBe(6);

    // When the offers are recomputed and C's list is published as checkout reads it
    await recomputeOffers({ stores: h.stores, shop: SHOP, now: () => new Date('2026-11-23T12:00:00Z') });
    const stored = await h.stores.offers.getList(SHOP, `gid://shopify/Product/${C}`);
    if (!stored) throw new Error('C has no list');
    const read = parseOfferList(JSON.parse(offerListValue(stored) ?? 'null'));

    // Then checkout is offered A itself (exact ids), bought together by 6 shoppers, and B is no partner of C
    if (read.kind !== 'ok') throw new Error(read.reason);
    expect(read.list.offers.find((offer) => offer.kind === 'xsell')).toMatchObject({
      productId: `gid://shopify/Product/${A}`,
      variantId: 'gid://shopify/ProductVariant/642667041472713922',
      reason: 'bought_together',
      support: 6,
    });
    expect(
      read.list.offers.filter(
        (offer) => offer.productId === `gid://shopify/Product/${B}` && offer.reason === 'bought_together',
      ),
    ).toEqual([]);
  });
});
