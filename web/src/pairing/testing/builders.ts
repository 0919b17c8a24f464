import type { CatalogProduct, CatalogVariant } from '../types.js';

/** Test data builders: sensible defaults, every field overridable. */
export function buildVariant(
  overrides: Partial<CatalogVariant> & Pick<CatalogVariant, 'id'>,
): CatalogVariant {
  return { title: 'Default Title', priceMinor: 1000, available: true, options: [], ...overrides };
}

export function buildProduct(
  overrides: Partial<CatalogProduct> & Pick<CatalogProduct, 'id'>,
): CatalogProduct {
  return {
    title: `Product ${overrides.id}`,
    productType: '',
    vendor: '',
    collections: [],
    status: 'active',
    published: true,
    variants: [buildVariant({ id: `${overrides.id}01` })],
    ...overrides,
  };
}

/** A product whose variants sit on one option, e.g. sized('1', 'Size', [['250 g', 420], ['500 g', 560]]). */
export function buildTieredProduct(
  id: string,
  option: string,
  tiers: readonly (readonly [value: string, priceMinor: number, available?: boolean])[],
  overrides: Partial<CatalogProduct> = {},
): CatalogProduct {
  return buildProduct({
    id,
    variants: tiers.map(([value, priceMinor, available = true], index) =>
      buildVariant({
        id: `${id}0${index + 1}`,
        title: value,
        priceMinor,
        available,
        options: [{ name: option, value }],
      }),
    ),
    ...overrides,
  });
}
