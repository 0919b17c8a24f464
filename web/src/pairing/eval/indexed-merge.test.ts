import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  mergeOffers,
  REASON_CODES,
  type CartProductOffers,
  type PublishedOffer,
  type Vote,
} from '@tandem/offer-core';
import { IndexedMerge } from './indexed-merge.js';

const PRODUCTS = 14;
// Ids chosen so that GID string order differs from index order (…/10 sorts before …/2).
const gidOf = (product: number): string => `gid://shopify/Product/${product + 1}`;
const indexOf = (gid: string): number => Number(gid.slice(gid.lastIndexOf('/') + 1)) - 1;

const productArb = fc.integer({ min: 0, max: PRODUCTS - 1 });
// Few distinct scores, so ties (and the tie-breaks) are common.
const scoreArb = fc.constantFrom(0, 0.1, 0.25, 0.5, 1);
const offerArb = fc.record({
  product: productArb,
  s: scoreArb,
  r: fc.constantFrom(...REASON_CODES),
  upgrade: fc.boolean(),
});
const votesArb = fc.array(fc.tuple(productArb, scoreArb), { maxLength: 6 });
const listArb = fc.record({
  offers: fc.array(offerArb, { maxLength: 6 }),
  t: votesArb,
  m: votesArb,
  x: fc.array(fc.tuple(productArb, votesArb), { maxLength: 3 }),
});

const toVotes = (votes: readonly (readonly [number, number])[]): Vote[] =>
  votes.map(([product, score]) => [gidOf(product), score]);

type RawList = typeof listArb extends fc.Arbitrary<infer T> ? T : never;

function published(raw: ReadonlyMap<number, RawList>): Map<number, CartProductOffers> {
  const lists = new Map<number, CartProductOffers>();
  for (const [product, list] of raw)
    lists.set(product, {
      productId: gidOf(product),
      offers: list.offers.map((offer): PublishedOffer => ({
        variantId: `gid://shopify/ProductVariant/${offer.product + 1}`,
        productId: gidOf(offer.product),
        score: offer.s,
        reason: offer.r,
        kind: offer.upgrade ? 'upgrade' : 'xsell',
        ...(offer.upgrade ? { fromVariantId: 'gid://shopify/ProductVariant/1' } : {}),
      })),
      partners: toVotes(list.t),
      against: toVotes(list.m),
      pairs: list.x.map(([partner, votes]) => [gidOf(partner), toVotes(votes)]),
    });
  return lists;
}

describe('IndexedMerge', () => {
  it('ranks every cart exactly as checkout’s mergeOffers does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(productArb, listArb), { maxLength: PRODUCTS }),
        fc.uniqueArray(productArb, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 10 }),
        (entries, cart, k) => {
          const lists = published(new Map(entries));
          const merge = new IndexedMerge(lists, PRODUCTS, indexOf, gidOf);
          const expected = mergeOffers(
            cart.flatMap((product) => lists.get(product) ?? []),
            { max: k, excludeProductIds: new Set(cart.map(gidOf)) },
          ).map((entry) => indexOf(entry.offer.productId));
          expect(merge.recommend(cart, k)).toEqual(expected);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
