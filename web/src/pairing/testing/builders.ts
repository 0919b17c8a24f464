import { BasketRecorder } from '../orders/basket-recorder.js';
import type { BasketLog } from '../orders/types.js';
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

const DAY = 86_400_000;

/** Baskets of product indices as an in-memory log, one day apart (or undated). */
export function basketLog(baskets: readonly (readonly number[])[], dated = false): BasketLog {
  const recorder = new BasketRecorder(0, Number.POSITIVE_INFINITY);
  baskets.forEach((basket, at) => recorder.add(basket, dated ? at * DAY : Number.NaN));
  return recorder.log();
}
