import { describe, expect, it } from '@jest/globals';
import {
  ARMS,
  encodeTandemAttribute,
  offerIdFor,
  OFFER_KINDS,
  parseTandemAttribute,
} from '@tandem/offer-core';
import fc from 'fast-check';

const numericId = fc.bigInt({ min: 1n, max: 10n ** 15n }).map(String);

describe('_tandem line attribute', () => {
  it('round-trips every offer, arm and kind', () => {
    fc.assert(
      fc.property(
        numericId,
        numericId,
        fc.constantFrom(...ARMS),
        fc.constantFrom(...OFFER_KINDS),
        (source, target, arm, offerKind) => {
          const offerId = offerIdFor(
            `gid://shopify/Product/${source}`,
            `gid://shopify/ProductVariant/${target}`,
          );
          expect(offerId).toBe(`${source}-${target}`);
          expect(parseTandemAttribute(encodeTandemAttribute({ offerId, arm, offerKind }))).toEqual({
            kind: 'offer',
            offerId,
            arm,
            offerKind,
          });
        },
      ),
    );
  });

  it.each([
    [undefined, 'value is not a string'],
    [42, 'value is not a string'],
    ['', 'expected 4 ":"-separated parts, got 1'],
    ['1:xsell:treatment', 'expected 4 ":"-separated parts, got 3'],
    ['2:xsell:treatment:1-2', 'unknown format version "2"'],
    ['1:bundle:treatment:1-2', 'unknown offer kind "bundle"'],
    ['1:xsell:holdout:1-2', 'unknown arm "holdout"'],
    ['1:xsell:treatment:abc', 'offer id "abc" is not <number>-<number>'],
    ['1:xsell:treatment:1-2-3', 'offer id "1-2-3" is not <number>-<number>'],
  ])('reports %p as invalid: %s', (value, reason) => {
    expect(parseTandemAttribute(value)).toEqual({ kind: 'invalid', reason });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(['offer', 'invalid']).toContain(parseTandemAttribute(value).kind);
      }),
    );
  });
});
