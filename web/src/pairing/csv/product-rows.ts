import { canonicalProductId } from '../lists/gids.js';
import type { ObservedProduct } from '../orders/types.js';
import {
  PRODUCT_STATUSES,
  type CatalogProduct,
  type CatalogVariant,
  type ProductStatus,
  type SelectedOption,
} from '../types.js';
import { CsvError } from './csv-error.js';

/**
 * Catalog CSV: one row per product or per variant. Only `product_id` is required; recognised columns are
 * product_id, variant_id, title, variant_title, product_type, vendor, category / collection / collections
 * (";"-separated), status, published, available, price (major units), option1_name … option3_value.
 */
export class ProductRowParser {
  private columns: Map<string, number> | undefined;
  private readonly products = new Map<
    string,
    { product: Omit<CatalogProduct, 'variants'>; variants: CatalogVariant[]; price: number | undefined }
  >();

  constructor(private readonly file: string) {}

  add(fields: readonly string[], line: number): void {
    if (!this.columns) {
      this.columns = new Map(
        fields.map((name, index) => [
          name
            .trim()
            .replace(/^\uFEFF/, '')
            .toLowerCase(),
          index,
        ]),
      );
      if (!this.columns.has('product_id'))
        throw new CsvError(this.file, line, 'product_id', 'missing from the header');
      return;
    }
    const cell = (name: string): string => {
      const index = this.columns?.get(name);
      return index === undefined ? '' : (fields[index] ?? '').trim();
    };
    const id = canonicalProductId(cell('product_id'));
    if (id === '') throw new CsvError(this.file, line, 'product_id', 'is empty');
    const priceText = cell('price');
    const price = priceText === '' ? undefined : Number(priceText);
    if (price !== undefined && !(price >= 0))
      throw new CsvError(this.file, line, 'price', `'${priceText}' is not a price`);
    const statusText = cell('status').toLowerCase() || 'active';
    if (!(PRODUCT_STATUSES as readonly string[]).includes(statusText))
      throw new CsvError(
        this.file,
        line,
        'status',
        `'${statusText}' is not one of ${PRODUCT_STATUSES.join(', ')}`,
      );
    let entry = this.products.get(id);
    if (!entry) {
      const collections = (cell('collections') || cell('collection') || cell('category'))
        .split(';')
        .map((name) => name.trim())
        .filter(Boolean);
      const product = {
        id,
        title: cell('title'),
        productType: cell('product_type'),
        vendor: cell('vendor'),
        collections,
        status: statusText as ProductStatus,
        published: !/^(false|0|no)$/i.test(cell('published')),
      };
      entry = { product, variants: [], price };
      this.products.set(id, entry);
    }
    const variantId = cell('variant_id');
    if (variantId === '') return;
    const options: SelectedOption[] = [1, 2, 3]
      .map((n) => ({ name: cell(`option${n}_name`), value: cell(`option${n}_value`) }))
      .filter((option) => option.name !== '' && option.value !== '');
    const available = !/^(false|0|no)$/i.test(cell('available'));
    entry.variants.push({
      id: variantId,
      title: cell('variant_title'),
      priceMinor: toMinor(price ?? 0),
      available,
      options,
    });
  }

  /** The catalog; products without variant rows get the variants the orders show (assumed available). */
  catalog(observe: (productId: string) => ObservedProduct | undefined): CatalogProduct[] {
    return [...this.products.values()].map(({ product, variants, price }) => {
      if (variants.length > 0) return { ...product, variants };
      const seen = observe(product.id);
      const unitPrice = price ?? seen?.unitPrice ?? 0;
      const observedVariants = (seen?.variantIds ?? []).map((id) => ({
        id,
        title: '',
        priceMinor: toMinor(unitPrice),
        available: true,
        options: [],
      }));
      return { ...product, variants: observedVariants };
    });
  }
}

/** Major to minor units for two-decimal currencies (the CSV formats carry no currency). */
export function toMinor(major: number): number {
  return Math.round(major * 100);
}
