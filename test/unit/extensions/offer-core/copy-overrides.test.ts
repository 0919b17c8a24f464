import { describe, expect, it } from '@jest/globals';
import { copyText, crossSellCopy } from '@tandem/offer-core';
import { extensionI18n } from '../harness/fake-i18n.js';
import { gid } from '../harness/fixtures.js';

const offer = (n: number) =>
  ({
    variantId: gid.variant(1031),
    productId: gid.product(103),
    score: 0.9,
    reason: 'bought_together',
    kind: 'xsell',
    support: n,
  }) as const;

describe('merchant copy overrides', () => {
  it('rewords the most common reason, "bought together by N shoppers", in its plural forms', () => {
    // Given the merchant's German wording for one and for many shoppers
    const copy = {
      de: {
        'reason.bought_together.one': 'Ein Kunde kaufte es mit {{product}}',
        'reason.bought_together.other': '{{count}} Kunden kauften es mit {{product}}',
      },
    };
    const i18n = extensionI18n('de', 'EUR');
    // Then checkout shows it for a German buyer, with the count filled in
    expect(copyText(i18n, crossSellCopy(offer(12), 'Kaffee'), { copy }, 'de-DE')).toBe(
      '12 Kunden kauften es mit Kaffee',
    );
    // And an English buyer still reads the built-in text
    const en = extensionI18n('en', 'EUR');
    expect(copyText(en, crossSellCopy(offer(12), 'Coffee'), { copy }, 'en')).toBe(
      'Bought together with Coffee by 12 shoppers',
    );
  });
});
