import { PRODUCT_STATUSES, type ProductWithVariants, type Variant } from '../../domain/product.js';
import type { Checker } from './checker.js';
import { validate } from './validate.js';

function variant(check: Checker, value: Variant, path: string, productId: string): Variant {
  const id = check.gid(`${path}.id`, value.id, 'ProductVariant');
  if (value.productId !== productId) check.fail(`${path}.productId`, `must be the product's id ${productId}`);
  return {
    id,
    productId,
    title: check.string(`${path}.title`, value.title, { empty: true }),
    sku: check.nullableString(`${path}.sku`, value.sku, { max: 255, empty: true }),
    position: check.int(`${path}.position`, value.position, { min: 0 }),
    priceMinor: check.money(`${path}.priceMinor`, value.priceMinor),
    compareAtPriceMinor:
      value.compareAtPriceMinor === null
        ? null
        : check.money(`${path}.compareAtPriceMinor`, value.compareAtPriceMinor),
    selectedOptions: check.array(
      `${path}.selectedOptions`,
      value.selectedOptions,
      (option, optionPath) => {
        const { name, value: optionValue } = (option ?? {}) as { name?: unknown; value?: unknown };
        return {
          name: check.string(`${optionPath}.name`, name, { max: 255 }),
          value: check.string(`${optionPath}.value`, optionValue, { max: 255, empty: true }),
        };
      },
      100,
    ),
    inventoryQuantity: check.nullableInt(`${path}.inventoryQuantity`, value.inventoryQuantity),
    availableForSale: check.bool(`${path}.availableForSale`, value.availableForSale),
    updatedAt: check.timestamp(`${path}.updatedAt`, value.updatedAt),
  };
}

/** Checks products with their variants; a variant id may belong to only one product of the batch. */
export function validateProducts(products: readonly ProductWithVariants[]): ProductWithVariants[] {
  return validate('products', (check) => {
    const variantOwners = new Map<string, string>();
    return check.array(
      'products',
      products,
      (item, path) => {
        const value = (item ?? {}) as ProductWithVariants;
        const id = check.gid(`${path}.id`, value.id, 'Product');
        const own = new Set<string>();
        const variants = check.array(
          `${path}.variants`,
          value.variants,
          (v, variantPath) => {
            const clean = variant(check, (v ?? {}) as Variant, variantPath, id);
            if (own.has(clean.id)) check.fail(`${variantPath}.id`, `repeats variant ${clean.id}`);
            own.add(clean.id);
            const owner = variantOwners.get(clean.id);
            if (owner !== undefined && owner !== id)
              check.fail(`${variantPath}.id`, `is also a variant of ${owner}`);
            variantOwners.set(clean.id, id);
            return clean;
          },
          2_048,
        );
        return {
          id,
          title: check.string(`${path}.title`, value.title, { max: 1_000, empty: true }),
          handle: check.string(`${path}.handle`, value.handle, { max: 1_000, empty: true }),
          productType: check.string(`${path}.productType`, value.productType, { max: 255, empty: true }),
          vendor: check.string(`${path}.vendor`, value.vendor, { max: 255, empty: true }),
          status: check.oneOf(`${path}.status`, value.status, PRODUCT_STATUSES),
          tags: check.stringArray(`${path}.tags`, value.tags, 250),
          publishedAt: check.nullableTimestamp(`${path}.publishedAt`, value.publishedAt),
          imageUrl: check.nullableString(`${path}.imageUrl`, value.imageUrl, { max: 2_048 }),
          collectionIds: check.array(`${path}.collectionIds`, value.collectionIds, (c, p) =>
            check.gid(p, c, 'Collection'),
          ),
          options: check.array(
            `${path}.options`,
            value.options,
            (option, optionPath) => {
              const { name, values } = (option ?? {}) as { name?: unknown; values?: unknown };
              return {
                name: check.string(`${optionPath}.name`, name, { max: 255 }),
                values: check.stringArray(`${optionPath}.values`, values),
              };
            },
            100,
          ),
          updatedAt: check.timestamp(`${path}.updatedAt`, value.updatedAt),
          variants,
        };
      },
      100_000,
    );
  });
}

export interface InventoryUpdate {
  readonly variantId: string;
  readonly inventoryQuantity: number | null;
  readonly availableForSale: boolean;
  readonly updatedAt: string;
}

export function validateInventoryUpdates(updates: readonly InventoryUpdate[]): InventoryUpdate[] {
  return validate('inventory updates', (check) =>
    check.array(
      'updates',
      updates,
      (item, path) => {
        const value = (item ?? {}) as InventoryUpdate;
        return {
          variantId: check.gid(`${path}.variantId`, value.variantId, 'ProductVariant'),
          inventoryQuantity: check.nullableInt(`${path}.inventoryQuantity`, value.inventoryQuantity),
          availableForSale: check.bool(`${path}.availableForSale`, value.availableForSale),
          updatedAt: check.timestamp(`${path}.updatedAt`, value.updatedAt),
        };
      },
      100_000,
    ),
  );
}
