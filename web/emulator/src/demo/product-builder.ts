/**
 * Materialises a ProductSpec as the emulator's EmulatedProduct: translated titles, handle, options,
 * tier-major variants with prices, compare-at prices, stock and GIDs.
 */
import type { DemoLocale, EmulatedProduct, EmulatedVariant, SelectedOption } from '../state/types.js';
import { DEMO_LOCALES } from '../state/types.js';
import { collectionIdsOf, smartCollectionsOf } from './collections.js';
import { gid, isoSeconds, LEGACY_ID_BASE } from './ids.js';
import { compareAtPrice, formatCents } from './money.js';
import type { ProductSpec } from './product-spec.js';
import { kebab, slugify } from './text.js';
import { unitMeasurements } from './unit-measurement.js';
import { MODIFIERS, seriesName } from './vocab/index.js';

const SMART_TAGS = {
  'best-sellers': 'bestseller',
  'new-arrivals': 'new',
  sale: 'sale',
  'gifts-under-50': 'gift',
} as const;

export function productTitle(spec: ProductSpec, locale: DemoLocale): string {
  const name = spec.kind.names[spec.name]?.[locale] ?? '';
  const modifier = spec.kind.modifiers
    ? MODIFIERS[spec.kind.modifiers]?.[spec.modifier]?.[locale]
    : undefined;
  const generation = spec.generation > 1 ? ` ${spec.generation}` : '';
  return `${seriesName(spec.series)} ${name}${generation}${modifier ? ` – ${modifier}` : ''}`;
}

/** Unique handle: the title's slug, with -2, -3… if a slug repeats. */
function uniqueHandle(title: string, taken: Set<string>): string {
  const base = slugify(title);
  let handle = base;
  for (let n = 2; taken.has(handle); n += 1) handle = `${base}-${n}`;
  taken.add(handle);
  return handle;
}

function vendorCode(vendor: string): string {
  return (vendor.match(/\b[A-Za-z]/g) ?? ['X']).join('').toUpperCase().slice(0, 3).padEnd(3, 'X');
}

function variantOptions(spec: ProductSpec, position: number): SelectedOption[] {
  const extraCount = spec.extra?.values.length ?? 1;
  const selected: SelectedOption[] = [];
  if (spec.tierAxis)
    selected.push({
      name: spec.tierAxis.option,
      value: spec.tierValues[Math.floor(position / extraCount)] ?? '',
    });
  if (spec.extra)
    selected.push({ name: spec.extra.option, value: spec.extra.values[position % extraCount] ?? '' });
  return selected.length > 0 ? selected : [{ name: 'Title', value: 'Default Title' }];
}

export function buildProduct(
  spec: ProductSpec,
  variantStart: number,
  productCount: number,
  handles: Set<string>,
): EmulatedProduct {
  const legacyId = LEGACY_ID_BASE.Product + spec.index;
  const productId = gid('Product', legacyId);
  const createdAt = isoSeconds(spec.createdAtMs);
  const updatedAt = isoSeconds(spec.updatedAtMs);
  const translations = Object.fromEntries(
    DEMO_LOCALES.map((locale) => [locale, productTitle(spec, locale)]),
  ) as Record<DemoLocale, string>;
  const title = translations.en;
  const handle = uniqueHandle(title, handles);
  const sku = `${vendorCode(spec.vendor)}-${spec.kind.key.slice(0, 3).toUpperCase()}-${String(spec.index).padStart(5, '0')}`;
  const extraCount = spec.extra?.values.length ?? 1;
  // Only tiers sold by measure (coffee by weight, creams by volume, packs): a backpack's litres are its size.
  const measurements = spec.tierAxis?.perUnit ? unitMeasurements(spec.tierValues) : undefined;

  const variants = Array.from({ length: spec.variantCount }, (_, position): EmulatedVariant => {
    const variantLegacyId = variantStart + position;
    const price = spec.tierPrices[Math.floor(position / extraCount)] ?? 0;
    const selectedOptions = variantOptions(spec, position);
    const measurement = measurements?.[Math.floor(position / extraCount)];
    return {
      id: gid('ProductVariant', LEGACY_ID_BASE.ProductVariant + variantLegacyId),
      productId,
      title: selectedOptions.map((option) => option.value).join(' / '),
      sku: `${sku}-${position + 1}`,
      position: position + 1,
      price: formatCents(price),
      compareAtPrice:
        spec.compareAtFactor > 0
          ? formatCents(compareAtPrice(price, spec.compareAtFactor, spec.priceStyle))
          : null,
      selectedOptions,
      inventoryQuantity: spec.stock[position] ?? 0,
      inventoryPolicy: spec.backorder[position] ? 'CONTINUE' : 'DENY',
      inventoryItemId: gid('InventoryItem', LEGACY_ID_BASE.InventoryItem + variantLegacyId),
      createdAt,
      updatedAt,
      ...(measurement ? { unitPriceMeasurement: measurement } : {}),
    };
  });

  const options: EmulatedProduct['options'] = [];
  if (spec.tierAxis) options.push({ name: spec.tierAxis.option, values: [...spec.tierValues] });
  if (spec.extra) options.push({ name: spec.extra.option, values: [...spec.extra.values] });
  if (options.length === 0) options.push({ name: 'Title', values: ['Default Title'] });

  return {
    id: productId,
    title,
    handle,
    productType: spec.kind.productType,
    vendor: spec.vendor,
    status: spec.status,
    tags: [
      spec.kind.vertical,
      kebab(spec.kind.key),
      ...spec.kind.tags,
      ...smartCollectionsOf(spec, productCount).map((smart) => SMART_TAGS[smart]),
    ],
    publishedAt: spec.publishedAtMs === null ? null : isoSeconds(spec.publishedAtMs),
    options,
    imageUrl: `/images/${handle}.svg`,
    translations,
    collectionIds: collectionIdsOf(spec, productCount),
    variants,
    createdAt,
    updatedAt,
  };
}
