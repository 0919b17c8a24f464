// The buyer profile at checkout: read from the customer app metafield, checked, and used by the offer core's plan.
import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_SHOP_CONFIG,
  prepare,
  serializeOfferList,
  serializeProfile,
  serializeShopConfig,
  type AppMetafieldEntryLike,
  type CheckoutSnapshot,
  type PublishedProfile,
} from '@tandem/offer-core';

const SHOP = 'shop.myshopify.com';
const TODAY = 20_400;
const product = (n: number) => `gid://shopify/Product/${n}`;
const variant = (n: number) => `gid://shopify/ProductVariant/${n}`;
const entry = (type: string, id: string, key: string, value: string): AppMetafieldEntryLike => ({
  target: { type, id },
  metafield: { namespace: '$app:tandem', key, value },
});
// The cart holds product 1, whose list offers 2 and 3.
const LIST = serializeOfferList([
  { variantId: variant(20), productId: product(2), score: 0.6, reason: 'bought_together', kind: 'xsell' },
  { variantId: variant(30), productId: product(3), score: 0.3, reason: 'bought_together', kind: 'xsell' },
]);
// A regular buyer: product 4 every ~20 days, last 25 days ago (due); product 3 bought 5 days ago, once (not again).
const PROFILE: PublishedProfile = {
  ver: 1,
  shop: SHOP,
  at: TODAY - 2,
  n: 4,
  i: [
    [4, 40, 23, 4, 20],
    [3, 30, 3, 1, 0],
  ],
  h: [],
};

/** `shop` null: checkout did not say which shop this is. */
function snapshot(profile: string | undefined, shop: string | null = SHOP): CheckoutSnapshot {
  return {
    lines: [
      {
        id: 'line-1',
        merchandiseId: variant(10),
        productId: product(1),
        title: 'Coffee',
        quantity: 1,
        totalAmount: 20,
        attributes: [],
      },
    ],
    appMetafields: [
      entry('shop', 'gid://shopify/Shop/1', 'config', serializeShopConfig(DEFAULT_SHOP_CONFIG)),
      entry('product', product(1), 'offers', LIST),
      ...(profile === undefined ? [] : [entry('customer', 'gid://shopify/Customer/7', 'profile', profile)]),
    ],
    settings: {},
    language: 'en',
    country: 'NL',
    currencyCode: 'EUR',
    checkoutToken: 'token-1',
    canAddCartLine: true,
    canUpdateCartLine: true,
    editor: false,
    lineId: undefined,
    shop: shop ?? undefined,
    today: TODAY,
  };
}

const planned = (value: ReturnType<typeof prepare>) =>
  value.kind === 'prepared'
    ? value.plan.crossSells.map(({ offer }) => [offer.productId, offer.reason, offer.variantId])
    : [];

describe('prepare with a buyer profile', () => {
  it('offers a guest what the cart suggests, with no problem reported', () => {
    const guest = prepare(snapshot(undefined), 'block');
    expect(planned(guest)).toEqual([
      [product(2), 'bought_together', variant(20)],
      [product(3), 'bought_together', variant(30)],
    ]);
    expect(guest.problems).toEqual([]);
  });

  it('offers the returning buyer their due repeat purchase as Buy again, and not what they just bought', () => {
    const returning = prepare(snapshot(serializeProfile(PROFILE)), 'block');
    expect(planned(returning)).toEqual([
      [product(2), 'bought_together', variant(20)],
      [product(4), 'buy_again', variant(40)],
    ]);
    expect(returning.problems).toEqual([]);
  });

  it.each([
    ['that is malformed', '{"ver":1', SHOP, 'buyer profile ignored: profile is not JSON'],
    [
      'of another shop',
      serializeProfile({ ...PROFILE, shop: 'other.myshopify.com' }),
      SHOP,
      'buyer profile ignored: profile is of another shop (other.myshopify.com)',
    ],
    [
      'that is stale',
      serializeProfile({ ...PROFILE, at: TODAY - 200 }),
      SHOP,
      'buyer profile ignored: profile is stale (200 days old, at most 120)',
    ],
    ['for an unknown shop', serializeProfile(PROFILE), null, 'buyer profile ignored: the shop is unknown'],
  ])('treats a profile %s as a guest, with the reason for the debug log', (_, value, shop, reason) => {
    const ignored = prepare(snapshot(value, shop), 'block');
    expect(planned(ignored)).toEqual(planned(prepare(snapshot(undefined), 'block')));
    expect(ignored.problems).toEqual([reason]);
  });
});
