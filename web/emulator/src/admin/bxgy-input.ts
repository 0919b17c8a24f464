/**
 * Validation of `DiscountAutomaticBxgyInput` (https://shopify.dev/docs/api/admin-graphql/2026-10/mutations/discountAutomaticBxgyCreate).
 * Rules emulated: title and startsAt required; endsAt after startsAt; customerBuys needs specific products,
 * variants or collections (BXGY cannot target "all items") and exactly one of quantity/amount; customerGets
 * needs items and a `discountOnQuantity` with quantity > 0 and one effect (percentage in (0, 1] or amount > 0);
 * every referenced id must exist; usesPerOrderLimit ≥ 1. Errors use DiscountErrorCode values; fields are
 * input paths (`["automaticBxgyDiscount", "customerGets", "value"]`). Exact Shopify messages are not all known.
 */
import type { BxgyItems } from '../state/records.js';
import type { ShopState } from '../state/shop-state.js';

export interface DiscountUserError {
  readonly field: readonly string[];
  readonly message: string;
  readonly code: string;
}

interface ItemsInput {
  readonly all?: boolean | null;
  readonly products?: {
    readonly productsToAdd?: readonly string[] | null;
    readonly productVariantsToAdd?: readonly string[] | null;
  } | null;
  readonly collections?: { readonly add?: readonly string[] | null } | null;
}

export interface BxgyInput {
  readonly title?: string | null;
  readonly startsAt?: string | null;
  readonly endsAt?: string | null;
  readonly usesPerOrderLimit?: string | number | null;
  readonly combinesWith?: {
    readonly orderDiscounts?: boolean | null;
    readonly productDiscounts?: boolean | null;
    readonly shippingDiscounts?: boolean | null;
  } | null;
  readonly customerBuys?: {
    readonly items?: ItemsInput | null;
    readonly value?: {
      readonly quantity?: string | number | null;
      readonly amount?: string | number | null;
    } | null;
  } | null;
  readonly customerGets?: {
    readonly items?: ItemsInput | null;
    readonly value?: {
      readonly discountOnQuantity?: {
        readonly quantity?: string | number | null;
        readonly effect?: {
          readonly percentage?: number | null;
          readonly amount?: string | number | null;
        } | null;
      } | null;
    } | null;
  } | null;
}

export type Fail = (path: readonly string[], code: string, message: string) => void;

export function parseItems(
  items: ItemsInput | null | undefined,
  path: readonly string[],
  shop: ShopState,
  fail: Fail,
): BxgyItems | undefined {
  if (!items) {
    fail(path, 'BLANK', 'Items must be specified.');
    return undefined;
  }
  if (items.all) {
    fail(
      [...path, 'all'],
      'INVALID',
      'Buy X get Y discounts must target specific products, variants or collections.',
    );
    return undefined;
  }
  const parsed: BxgyItems = {
    productIds: [...(items.products?.productsToAdd ?? [])],
    variantIds: [...(items.products?.productVariantsToAdd ?? [])],
    collectionIds: [...(items.collections?.add ?? [])],
  };
  if (parsed.productIds.length + parsed.variantIds.length + parsed.collectionIds.length === 0) {
    fail(path, 'BLANK', 'Items must include at least one product, variant or collection.');
    return undefined;
  }
  const missing = [
    ...parsed.productIds.filter((id) => !shop.products.has(id)),
    ...parsed.variantIds.filter((id) => !shop.variants.has(id)),
    ...parsed.collectionIds.filter((id) => !shop.collections.has(id)),
  ];
  for (const id of missing) fail(path, 'INVALID', `${id} does not exist.`);
  return missing.length === 0 ? parsed : undefined;
}

/** A positive whole quantity, or undefined after reporting why not. */
export function positiveQuantity(
  value: string | number | null | undefined,
  path: readonly string[],
  fail: Fail,
): number | undefined {
  const quantity = Number(value);
  if (value === null || value === undefined || !Number.isInteger(quantity) || quantity <= 0) {
    fail(path, 'GREATER_THAN', 'Quantity must be a whole number greater than 0.');
    return undefined;
  }
  return quantity;
}
