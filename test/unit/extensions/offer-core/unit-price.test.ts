import { describe, expect, it } from '@jest/globals';
import {
  copyText,
  decideOffers,
  DEFAULT_SHOP_CONFIG,
  parseOfferVariants,
  planOffers,
  resolveSettings,
  type CartLineInput,
  type PublishedOffer,
  type ShownOffer,
} from '@tandem/offer-core';
import { buildCatalog, gid, storefrontNodes, type CatalogVariant } from '../harness/fixtures.js';
import { extensionI18n } from '../harness/fake-i18n.js';

const CURRENCY: Readonly<Record<string, string>> = { en: 'EUR', nl: 'EUR', de: 'EUR', nb: 'NOK' };

const cartLine = (variant: number, product: number, eur: number): CartLineInput => ({
  id: 'gid://shopify/CartLine/1',
  merchandiseId: gid.variant(variant),
  productId: gid.product(product),
  title: 'Product',
  quantity: 1,
  totalAmount: eur,
  attributes: [],
});

const upgradeOffer = (from: number, to: number, product: number, extra: Partial<PublishedOffer> = {}) => ({
  variantId: gid.variant(to),
  productId: gid.product(product),
  score: 0.5,
  reason: 'next_tier' as const,
  kind: 'upgrade' as const,
  fromVariantId: gid.variant(from),
  ...extra,
});

/** The upgrade checkout shows for a one-line cart, in the buyer's language and currency. */
function upgradeFor(
  catalog: Map<string, CatalogVariant>,
  from: number,
  offer: PublishedOffer,
  language: string,
): ShownOffer | undefined {
  const currency = CURRENCY[language] ?? 'EUR';
  const entry = catalog.get(gid.variant(from));
  const product = Number(entry?.productId.split('/').pop());
  const lines = [cartLine(from, product, (entry?.eur ?? 0) * (currency === 'NOK' ? 10 : 1))];
  const settings = resolveSettings({}, { ...DEFAULT_SHOP_CONFIG, maxUpgradeDeltaPct: 100 });
  const plan = planOffers({
    target: 'line',
    lines,
    offersByProduct: new Map([[gid.product(product), { offers: [offer] }]]),
    settings,
    lineId: lines[0]?.id ?? '',
  });
  const variants = parseOfferVariants(storefrontNodes(catalog, plan.variantIds, currency));
  return decideOffers({ plan, variants, lines, settings, arm: 'treatment', language })[0];
}

function upgradeLine(
  catalog: Map<string, CatalogVariant>,
  from: number,
  offer: PublishedOffer,
  language: string,
  copy: Readonly<Record<string, Readonly<Record<string, string>>>> = {},
): string {
  const shown = upgradeFor(catalog, from, offer, language);
  if (!shown) throw new Error('no upgrade shown');
  const i18n = extensionI18n(language, CURRENCY[language] ?? 'EUR');
  return copyText(i18n, shown.copy, { copy }, language).replace(/\u00a0/g, ' ');
}

/** A shop with goods sold by measure and goods that merely have a size. */
function shop(): Map<string, CatalogVariant> {
  const catalog = buildCatalog();
  const add = (entry: CatalogVariant) => catalog.set(entry.id, entry);
  const variant = (
    product: number,
    n: number,
    title: string,
    eur: number,
    extra: Partial<CatalogVariant> = {},
  ) =>
    add({
      id: gid.variant(n),
      productId: gid.product(product),
      productTitle: `Product ${product}`,
      handle: `product-${product}`,
      title,
      eur,
      available: true,
      ...extra,
    });
  // Loose tea: small packs, unit price set in Shopify per 100 g.
  variant(201, 2011, '50 g', 6, {
    measure: { type: 'WEIGHT', quantity: [50, 'G'], reference: [100, 'G'] },
  });
  variant(201, 2012, '100 g', 10, {
    measure: { type: 'WEIGHT', quantity: [100, 'G'], reference: [100, 'G'] },
  });
  // A backpack: 32 L and 45 L are its size, not what is sold.
  variant(202, 2021, '32 L', 100);
  variant(202, 2022, '45 L', 129);
  return catalog;
}

describe('unit prices on the upgrade line', () => {
  it('compares the price per kg for the coffee sizes the backend published as sold by weight', () => {
    // Given 250 g at 12.50 and 500 g at 16.70, published with their weights
    const offer = upgradeOffer(1011, 1012, 101, { sizes: [250, 500, 'g'] });
    // Then every language reads a price per kg, not "per 250 g"
    expect(upgradeLine(buildCatalog(), 1011, offer, 'en')).toBe(
      '€4.20 more for 500 g: €33.40/kg instead of €50.00/kg',
    );
    expect(upgradeLine(buildCatalog(), 1011, offer, 'nl')).toBe(
      '€ 4,20 meer voor 500 g: € 33,40/kg in plaats van € 50,00/kg',
    );
    expect(upgradeLine(buildCatalog(), 1011, offer, 'de')).toBe(
      '4,20 € mehr für 500 g: 33,40 €/kg statt 50,00 €/kg',
    );
    expect(upgradeLine(buildCatalog(), 1011, offer, 'nb')).toBe(
      '42,00 kr mer for 500 g: 334,00 kr/kg i stedet for 500,00 kr/kg',
    );
  });

  it("uses Shopify's own unit price and reference where the merchant set them", () => {
    // Given tea whose unit price the merchant set per 100 g, and no published quantities
    const offer = upgradeOffer(2011, 2012, 201);
    // Then the line quotes Shopify's figures: 12.00 → 10.00 per 100 g
    expect(upgradeLine(shop(), 2011, offer, 'en')).toBe(
      '€4.00 more for 100 g: €10.00/100 g instead of €12.00/100 g',
    );
  });

  it('quotes small packs per 100 g, and per kg where the locale always does (German PAngV)', () => {
    // Given tea published as sold by weight, without Shopify's unit price
    const catalog = shop();
    for (const id of [2011, 2012]) {
      const entry = catalog.get(gid.variant(id));
      if (!entry) continue;
      const { measure: _measure, ...unmeasured } = entry;
      catalog.set(entry.id, unmeasured);
    }
    const offer = upgradeOffer(2011, 2012, 201, { sizes: [50, 100, 'g'] });
    expect(upgradeLine(catalog, 2011, offer, 'nl')).toBe(
      '€ 4,00 meer voor 100 g: € 10,00/100 g in plaats van € 12,00/100 g',
    );
    expect(upgradeLine(catalog, 2011, offer, 'de')).toBe(
      '4,00 € mehr für 100 g: 100,00 €/kg statt 120,00 €/kg',
    );
  });

  it('says nothing per unit for goods that are not sold by measure', () => {
    // Given a backpack upgrade with no unit price in Shopify and no published quantity
    const offer = upgradeOffer(2021, 2022, 202);
    // Then the line is the plain upgrade line
    expect(upgradeLine(shop(), 2021, offer, 'nl')).toBe('€ 29,00 meer voor 45 L');
  });

  it('says nothing per unit when the bigger size is not cheaper per unit', () => {
    // Given 250 g → 300 g at 16.70: dearer per kg
    const offer = upgradeOffer(1011, 1012, 101, { sizes: [250, 300, 'g'] });
    expect(upgradeFor(buildCatalog(), 1011, offer, 'en')?.copy.key).toBe('reason.upgrade');
  });

  it('lets the merchant reword the unit-price line per language', () => {
    const offer = upgradeOffer(1011, 1012, 101, { sizes: [250, 500, 'g'] });
    const copy = {
      nl: { 'reason.upgrade_unit': 'Voor {{amount}} extra: {{variant}} ({{unit_price}} per {{unit}})' },
    };
    expect(upgradeLine(buildCatalog(), 1011, offer, 'nl', copy)).toBe(
      'Voor € 4,20 extra: 500 g (€ 33,40 per kg)',
    );
    // And other languages keep the built-in text
    expect(upgradeLine(buildCatalog(), 1011, offer, 'en', copy)).toBe(
      '€4.20 more for 500 g: €33.40/kg instead of €50.00/kg',
    );
  });
});
