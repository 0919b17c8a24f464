// A small coffee shop: the catalog, its published offers and Storefront prices per currency.
import {
  serializeOfferList,
  serializeShopConfig,
  DEFAULT_SHOP_CONFIG,
  type PublishedOffer,
  type ShopConfig,
} from '@tandem/offer-core';

export const gid = {
  product: (n: number): string => `gid://shopify/Product/${n}`,
  variant: (n: number): string => `gid://shopify/ProductVariant/${n}`,
};

export interface CatalogVariant {
  readonly id: string;
  readonly productId: string;
  readonly productTitle: string;
  readonly handle: string;
  readonly title: string;
  /** Price in EUR; other currencies are derived by RATES. */
  readonly eur: number;
  readonly compareAtEur?: number;
  readonly available: boolean;
  /** Shopify's unit-price measurement, when the merchant set one: what the variant holds and the reference. */
  readonly measure?: {
    readonly type: 'WEIGHT' | 'VOLUME' | 'COUNT';
    readonly quantity: readonly [number, string];
    readonly reference: readonly [number, string];
  };
}

export const RATES: Readonly<Record<string, number>> = { EUR: 1, NOK: 10, USD: 1.2 };

const variant = (
  product: number,
  n: number,
  productTitle: string,
  title: string,
  eur: number,
  extra: Partial<CatalogVariant> = {},
): CatalogVariant => ({
  id: gid.variant(n),
  productId: gid.product(product),
  productTitle,
  handle: productTitle.toLowerCase().replace(/\s+/g, '-'),
  title,
  eur,
  available: true,
  ...extra,
});

/** Fresh per call, so a test can change one entry without leaking into another. */
export function buildCatalog(): Map<string, CatalogVariant> {
  const variants = [
    variant(101, 1011, 'Coffee beans', '250 g', 12.5),
    variant(101, 1012, 'Coffee beans', '500 g', 16.7),
    variant(102, 1021, 'Coffee grinder', 'Default Title', 39),
    variant(103, 1031, 'Filter papers', 'Default Title', 4.95),
    variant(104, 1041, 'Mug', 'Default Title', 9.5, { compareAtEur: 12 }),
    variant(105, 1051, 'Kettle', 'Default Title', 89),
    variant(106, 1061, 'Scale', 'Default Title', 24, { available: false }),
    variant(107, 1071, 'Dripper', 'Default Title', 14),
  ];
  return new Map(variants.map((entry) => [entry.id, entry]));
}

export const xsell = (
  product: number,
  variantN: number,
  s: number,
  r: PublishedOffer['reason'],
  extra: Partial<PublishedOffer> = {},
): PublishedOffer => ({
  variantId: gid.variant(variantN),
  productId: gid.product(product),
  score: s,
  reason: r,
  kind: 'xsell',
  ...extra,
});

/** Coffee beans' list: five cross-sells (one sold out, one pricey) and the 250 g → 500 g upgrade. */
export function beansOffers(): PublishedOffer[] {
  return [
    xsell(103, 1031, 0.9, 'bought_together', { support: 12 }),
    xsell(104, 1041, 0.8, 'similar'),
    xsell(106, 1061, 0.75, 'bought_together', { support: 3 }),
    xsell(105, 1051, 0.7, 'popular'),
    xsell(102, 1021, 0.6, 'merchant'),
    xsell(107, 1071, 0.5, 'bought_together', { support: 1 }),
    {
      variantId: gid.variant(1012),
      productId: gid.product(101),
      score: 0.5,
      reason: 'next_tier',
      kind: 'upgrade',
      fromVariantId: gid.variant(1011),
    },
  ];
}

export function offersValue(offers: readonly PublishedOffer[]): string {
  return serializeOfferList(offers);
}

export function configValue(overrides: Partial<ShopConfig> = {}): string {
  return serializeShopConfig({ ...DEFAULT_SHOP_CONFIG, holdoutShare: 0, ...overrides });
}

/** Storefront money for a catalog EUR amount in `currency`, as the API returns it (Decimal string). */
export function moneyIn(eur: number, currency: string): { amount: string; currencyCode: string } {
  const rate = RATES[currency];
  if (rate === undefined) throw new Error(`no rate for ${currency}`);
  return { amount: (Math.round(eur * rate * 100) / 100).toFixed(2), currencyCode: currency };
}

/** The `nodes` answer for `ids`, like the Storefront API: unknown ids are null. */
export function storefrontNodes(
  catalog: ReadonlyMap<string, CatalogVariant>,
  ids: readonly string[],
  currency: string,
): unknown {
  return {
    nodes: ids.map((id) => {
      const entry = catalog.get(id);
      if (!entry) return null;
      return {
        id: entry.id,
        title: entry.title,
        availableForSale: entry.available,
        price: moneyIn(entry.eur, currency),
        compareAtPrice: entry.compareAtEur === undefined ? null : moneyIn(entry.compareAtEur, currency),
        image: { url: `https://cdn.example/${entry.handle}.png`, altText: null },
        ...unitPriceFields(entry, currency),
        product: { id: entry.productId, title: entry.productTitle, handle: entry.handle },
      };
    }),
  };
}

const BASE_UNITS: Readonly<Record<string, number>> = { G: 1, KG: 1000, ML: 1, L: 1000, ITEM: 1 };

/** Shopify's unit price: the price per reference quantity, as the Storefront API computes it. */
function unitPriceFields(entry: CatalogVariant, currency: string): Record<string, unknown> {
  const measure = entry.measure;
  if (!measure) return { unitPrice: null, unitPriceMeasurement: null };
  const [quantityValue, quantityUnit] = measure.quantity;
  const [referenceValue, referenceUnit] = measure.reference;
  const perBase = entry.eur / (quantityValue * (BASE_UNITS[quantityUnit] ?? Number.NaN));
  return {
    unitPrice: moneyIn(perBase * referenceValue * (BASE_UNITS[referenceUnit] ?? Number.NaN), currency),
    unitPriceMeasurement: {
      measuredType: measure.type,
      quantityValue,
      quantityUnit,
      referenceValue,
      referenceUnit,
    },
  };
}
