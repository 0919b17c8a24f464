import { describe, expect, it } from '@jest/globals';
import type { PublishedOffer } from '@tandem/offer-core';
import { createMemoryStores } from '../store/index.js';
import { publishedList, publishedOffers, toStoredList } from './stored-list.js';

const SHOP = 'stored-list.myshopify.com';
const upgrade: PublishedOffer = {
  variantId: 'gid://shopify/ProductVariant/12',
  productId: 'gid://shopify/Product/1',
  score: 0.123456,
  reason: 'next_tier',
  kind: 'upgrade',
  fromVariantId: 'gid://shopify/ProductVariant/11',
  sizes: [250, 500, 'g'],
};
const crossSell: PublishedOffer = {
  variantId: 'gid://shopify/ProductVariant/20',
  productId: 'gid://shopify/Product/2',
  score: 0.987654,
  reason: 'bought_together',
  kind: 'xsell',
  support: 6,
};

describe('offer lists in the store', () => {
  it('keeps the wire form lists were stored in before (one-letter keys, nothing rounded), so hashes stay', () => {
    const stored = toStoredList(
      'gid://shopify/Product/1',
      [crossSell, upgrade],
      { partners: [['gid://shopify/Product/3', 0.012345]] },
      '2026-11-23T12:00:00.000Z',
    );
    expect(stored).toEqual({
      productId: 'gid://shopify/Product/1',
      offers: [
        {
          v: 'gid://shopify/ProductVariant/20',
          p: 'gid://shopify/Product/2',
          s: 0.987654,
          r: 'bought_together',
          k: 'xsell',
          n: 6,
        },
        {
          v: 'gid://shopify/ProductVariant/12',
          p: 'gid://shopify/Product/1',
          s: 0.123456,
          r: 'next_tier',
          k: 'upgrade',
          f: 'gid://shopify/ProductVariant/11',
          q: [250, 500, 'g'],
        },
      ],
      votes: { t: [['gid://shopify/Product/3', 0.012345]] },
      computedAt: '2026-11-23T12:00:00.000Z',
    });
    expect(
      toStoredList('gid://shopify/Product/1', [crossSell], {}, '2026-11-23T12:00:00.000Z'),
    ).not.toHaveProperty('votes');
  });

  it('reads a stored list back with named fields, and an unreadable one as empty', async () => {
    const stores = createMemoryStores();
    await stores.offers.putLists(SHOP, [
      toStoredList(
        'gid://shopify/Product/1',
        [crossSell, upgrade],
        { against: [['gid://shopify/Product/4', 0.5]] },
        '2026-11-23T12:00:00.000Z',
      ),
      {
        productId: 'gid://shopify/Product/9',
        offers: [{ v: 'nope' }],
        computedAt: '2026-11-23T12:00:00.000Z',
      },
    ]);
    const list = await stores.offers.getList(SHOP, 'gid://shopify/Product/1');
    expect(list && publishedList(list)).toEqual({
      offers: [crossSell, upgrade],
      against: [['gid://shopify/Product/4', 0.5]],
    });
    expect(publishedOffers(await stores.offers.getList(SHOP, 'gid://shopify/Product/9'))).toEqual([]);
    expect(publishedOffers(undefined)).toEqual([]);
  });
});
