import { describe, expect, it } from '@jest/globals';
import { parseOfferList, serializeOfferList, type PublishedOffer } from '@tandem/offer-core';

const upgrade: PublishedOffer = {
  variantId: 'gid://shopify/ProductVariant/2',
  productId: 'gid://shopify/Product/1',
  score: 0.123456,
  reason: 'next_tier',
  kind: 'upgrade',
  fromVariantId: 'gid://shopify/ProductVariant/1',
  sizes: [250, 1000, 'g'],
};

/** The same upgrade as the metafield holds it (one-letter keys), as published lists already in shops do. */
const wireUpgrade = {
  v: 'gid://shopify/ProductVariant/2',
  p: 'gid://shopify/Product/1',
  s: 0.123456,
  r: 'next_tier',
  k: 'upgrade',
  f: 'gid://shopify/ProductVariant/1',
  q: [250, 1000, 'g'],
};

describe('published offer lists', () => {
  it('round-trips every field, sizes included, with the score rounded', () => {
    const parsed = parseOfferList(serializeOfferList([upgrade]));
    expect(parsed).toEqual({ kind: 'ok', list: { offers: [{ ...upgrade, score: 0.1235 }] } });
  });

  it('writes the wire format byte for byte as before: one-letter keys in a fixed order', () => {
    const crossSell: PublishedOffer = {
      variantId: 'gid://shopify/ProductVariant/4',
      productId: 'gid://shopify/Product/3',
      score: 0.98765,
      reason: 'bought_together',
      kind: 'xsell',
      support: 12,
      discountPct: 20,
    };
    const value = serializeOfferList([crossSell, upgrade], {
      partners: [['gid://shopify/Product/5', 0.5]],
      pairs: [['gid://shopify/Product/7', [['gid://shopify/Product/8', 0.25]]]],
      against: [['gid://shopify/Product/9', 0.125]],
    });
    expect(value).toBe(
      '{"ver":1,"o":[' +
        '{"v":"gid://shopify/ProductVariant/4","p":"gid://shopify/Product/3","s":0.9877,"r":"bought_together","k":"xsell","n":12,"d":20},' +
        '{"v":"gid://shopify/ProductVariant/2","p":"gid://shopify/Product/1","s":0.1235,"r":"next_tier","k":"upgrade","f":"gid://shopify/ProductVariant/1","q":[250,1000,"g"]}' +
        '],"t":[[5,0.5]],"x":[[7,[[8,0.25]]]],"m":[[9,0.125]]}',
    );
  });

  it('reads a value already published (one-letter keys) into named fields', () => {
    const published = JSON.stringify({ ver: 1, o: [wireUpgrade], t: [[5, 0.5]], m: [[9, 0.125]] });
    expect(parseOfferList(published)).toEqual({
      kind: 'ok',
      list: {
        offers: [upgrade],
        partners: [['gid://shopify/Product/5', 0.5]],
        against: [['gid://shopify/Product/9', 0.125]],
      },
    });
  });

  it('publishes votes by numeric product id, reads them back as GIDs, and drops those that round to 0', () => {
    const value = serializeOfferList([upgrade], {
      partners: [
        ['gid://shopify/Product/5', 0.012345],
        ['gid://shopify/Product/6', 0.00001],
      ],
      pairs: [
        ['gid://shopify/Product/7', [['gid://shopify/Product/8', 0.5]]],
        ['gid://shopify/Product/9', [['gid://shopify/Product/8', 0.00002]]],
      ],
    });
    expect(JSON.parse(value)).toMatchObject({ t: [[5, 0.0123]], x: [[7, [[8, 0.5]]]] });
    expect(parseOfferList(value)).toEqual({
      kind: 'ok',
      list: {
        offers: [{ ...upgrade, score: 0.1235 }],
        partners: [['gid://shopify/Product/5', 0.0123]],
        pairs: [['gid://shopify/Product/7', [['gid://shopify/Product/8', 0.5]]]],
      },
    });
    expect(serializeOfferList([upgrade], {})).not.toMatch(/"[txm]"/);
  });

  it('keeps a product id above 2^53 exact in votes, as its GID', () => {
    const big = 'gid://shopify/Product/788032119674292922';
    const value = serializeOfferList([upgrade], {
      partners: [[big, 0.5]],
      against: [['gid://shopify/Product/788032119674292923', 0.2]],
    });
    expect(parseOfferList(value)).toMatchObject({
      kind: 'ok',
      list: { partners: [[big, 0.5]], against: [['gid://shopify/Product/788032119674292923', 0.2]] },
    });
  });

  it('publishes votes against (m) as magnitudes beside a version-1 list, so older checkouts read it unchanged', () => {
    const value = serializeOfferList([upgrade], { against: [['gid://shopify/Product/5', 0.25]] });
    expect(JSON.parse(value)).toMatchObject({ ver: 1, m: [[5, 0.25]] });
    expect(parseOfferList(value)).toEqual({
      kind: 'ok',
      list: { offers: [{ ...upgrade, score: 0.1235 }], against: [['gid://shopify/Product/5', 0.25]] },
    });
  });

  it.each([
    [{ t: [[5]] }, 't: vote 0 is not [product id, score]'],
    [{ t: [['gid://shopify/ProductVariant/5', 0.1]] }, 't: vote 0 is not [product id, score]'],
    [{ t: [[5, -1]] }, 't: vote 0: score is not a number ≥ 0'],
    [{ x: [[7, [[8, 'a']]]] }, 'x: pair 0: vote 0: score is not a number ≥ 0'],
    [{ x: [[-7, []]] }, 'x: pair 0 is not [product id, votes]'],
    [{ x: {} }, 'x: is not an array'],
    [{ m: [[5, -0.2]] }, 'm: vote 0: score is not a number ≥ 0'],
  ])('names what is wrong with bad votes (%j)', (votes, reason) => {
    expect(parseOfferList({ ver: 1, o: [], ...votes })).toEqual({ kind: 'invalid', reason });
  });

  it.each([
    [{ ...wireUpgrade, q: [250, 0, 'g'] }, 'offer 0: q is not [from, to, g|ml|pc|gb] with positive amounts'],
    [
      { ...wireUpgrade, q: [250, 500, 'lb'] },
      'offer 0: q is not [from, to, g|ml|pc|gb] with positive amounts',
    ],
    [{ ...wireUpgrade, f: undefined }, 'offer 0: an upgrade has no f (the variant it upgrades from)'],
  ])('names what is wrong with a bad offer (%j)', (offer, reason) => {
    expect(parseOfferList({ ver: 1, o: [offer] })).toEqual({ kind: 'invalid', reason });
  });
});
