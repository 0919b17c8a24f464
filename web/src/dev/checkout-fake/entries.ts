// Checkout's values in Shopify's full shapes, built in one place from what a fake knows about them.
import type {
  AppMetafieldEntry,
  AppMetafieldEntryTarget,
  CartInstructions,
  CartLine,
  Country,
  CountryCode,
  Currency,
  CurrencyCode,
  Storage,
} from '@shopify/ui-extensions/checkout';

// Codes come from the shop's data and the buyer's choice as plain strings; checkout's types list the ISO codes.
export const currencyOf = (isoCode: string): Currency => ({ isoCode: isoCode as CurrencyCode });
export const countryOf = (isoCode: string): Country => ({ isoCode: isoCode as CountryCode });

export interface LineFacts {
  readonly id: string;
  readonly variantId: string;
  /** Checkout puts the product title in `merchandise.title` and the variant title in `subtitle`. */
  readonly productTitle: string;
  readonly variantTitle: string;
  readonly productId: string;
  readonly quantity: number;
  readonly totalAmount: number;
  readonly currencyCode: string;
  readonly imageUrl?: string | undefined;
  readonly attributes: readonly { readonly key: string; readonly value: string }[];
}

/** A cart line as checkout hands it to extensions (`lines`, `target`): no discounts, bundles or selling plans. */
export function cartLine(facts: LineFacts): CartLine {
  return {
    id: facts.id,
    merchandise: {
      type: 'variant',
      id: facts.variantId,
      title: facts.productTitle,
      subtitle: facts.variantTitle,
      ...(facts.imageUrl === undefined ? {} : { image: { url: facts.imageUrl } }),
      selectedOptions: [],
      product: { id: facts.productId, vendor: '', productType: '' },
      requiresShipping: true,
    },
    quantity: facts.quantity,
    cost: {
      totalAmount: { amount: facts.totalAmount, currencyCode: currencyOf(facts.currencyCode).isoCode },
    },
    attributes: facts.attributes.map(({ key, value }) => ({ key, value })),
    discountAllocations: [],
    lineComponents: [],
    parentRelationship: null,
  };
}

/** Checkout's `instructions`: only cart line changes vary here (an express wallet locks them). */
export function cartInstructions(lines: {
  readonly canAddCartLine: boolean;
  readonly canUpdateCartLine: boolean;
  readonly canRemoveCartLine: boolean;
}): CartInstructions {
  return {
    attributes: { canUpdateAttributes: true },
    delivery: { canSelectCustomAddress: true },
    discounts: { canUpdateDiscountCodes: true },
    lines: { ...lines },
    metafields: { canDeleteCartMetafield: true, canSetCartMetafields: true },
    notes: { canUpdateNote: true },
  };
}

/** One `appMetafields` entry of a JSON metafield: a product's offers, the shop's config, the buyer's profile. */
export function jsonMetafieldEntry(
  target: AppMetafieldEntryTarget,
  namespace: string,
  key: string,
  value: string,
): AppMetafieldEntry {
  return {
    target: { type: target.type, id: target.id },
    metafield: { namespace, key, value, valueType: 'json_string', type: 'json' },
  };
}

/** Checkout's `storage` over a map (structured clones, as a persisted value would come back). */
export function mapStorage(map: Map<string, unknown>): Storage {
  return {
    read: async <T>(key: string) => (map.has(key) ? (structuredClone(map.get(key)) as T) : null),
    async write(key, data: unknown) {
      map.set(key, structuredClone(data));
    },
    async delete(key) {
      map.delete(key);
    },
  };
}
