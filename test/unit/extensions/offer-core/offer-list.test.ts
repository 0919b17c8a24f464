import { describe, expect, it } from '@jest/globals';
import { parseOfferList, serializeOfferList, type PublishedOffer } from '@tandem/offer-core';

const upgrade: PublishedOffer = {
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
    expect(parsed).toEqual({ kind: 'ok', list: { ver: 1, o: [{ ...upgrade, s: 0.1235 }] } });
  });

  it.each([
    [{ ...upgrade, q: [250, 0, 'g'] }, 'offer 0: q is not [from, to, g|ml|pc|gb] with positive amounts'],
    [{ ...upgrade, q: [250, 500, 'lb'] }, 'offer 0: q is not [from, to, g|ml|pc|gb] with positive amounts'],
    [{ ...upgrade, f: undefined }, 'offer 0: an upgrade has no f (the variant it upgrades from)'],
  ])('names what is wrong with a bad offer (%j)', (offer, reason) => {
    expect(parseOfferList({ ver: 1, o: [offer] })).toEqual({ kind: 'invalid', reason });
  });
});
