import { describe, expect, it } from '@jest/globals';
import { OFFER_VARIANTS_QUERY, offerVariantsVariables, parseOfferVariants } from '@tandem/offer-core';
import { buildCatalog, gid, storefrontNodes } from '../harness/fixtures.js';
import { storefrontProblems } from '../harness/storefront-schema.js';

describe('Storefront offer query', () => {
  it('validates against the Storefront 2026-10 schema', () => {
    expect(storefrontProblems(OFFER_VARIANTS_QUERY)).toEqual([]);
  });

  it('the validation itself catches a wrong field', () => {
    expect(storefrontProblems(OFFER_VARIANTS_QUERY.replace('availableForSale', 'inStock'))).toEqual([
      'Cannot query field "inStock" on type "ProductVariant".',
    ]);
  });

  it.each([
    ['nb-NO', 'NO', { country: 'NO', language: 'NB' }],
    ['pt-BR', 'BR', { country: 'BR', language: 'PT_BR' }],
    ['de', undefined, { language: 'DE' }],
    ['en-US', 'united', { language: 'EN' }],
  ])('maps checkout language %s and country %s to @inContext variables', (language, country, expected) => {
    expect(offerVariantsVariables(['a'], country, language)).toEqual({ ids: ['a'], ...expected });
  });

  it('reads prices, availability and images, and skips missing nodes', () => {
    const data = storefrontNodes(
      buildCatalog(),
      [gid.variant(1041), gid.variant(9999), gid.variant(1061)],
      'NOK',
    );
    const variants = parseOfferVariants(data);
    expect([...variants.keys()]).toEqual([gid.variant(1041), gid.variant(1061)]);
    expect(variants.get(gid.variant(1041))).toEqual({
      id: gid.variant(1041),
      productId: gid.product(104),
      productTitle: 'Mug',
      handle: 'mug',
      title: 'Default Title',
      availableForSale: true,
      price: { amount: 95, currencyCode: 'NOK' },
      compareAtPrice: { amount: 120, currencyCode: 'NOK' },
      image: { url: 'https://cdn.example/mug.png', altText: undefined },
    });
    expect(variants.get(gid.variant(1061))?.availableForSale).toBe(false);
  });

  it('treats an unexpected answer as no variants', () => {
    expect(parseOfferVariants(undefined).size).toBe(0);
    expect(parseOfferVariants({ nodes: [{ id: 'x', price: { amount: 'free' } }] }).size).toBe(0);
  });
});
