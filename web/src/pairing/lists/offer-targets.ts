import type { IdInterner } from '../interner.js';
import type { ObservedProduct } from '../orders/types.js';
import type { CatalogIndex, UnsellableReason } from './catalog-index.js';
import { canonicalVariantId, productGid, variantGid } from './gids.js';

/** What a cross-sell of a product puts in the cart, or why it cannot be offered. */
export type OfferTarget =
  | { readonly kind: 'target'; readonly productGid: string; readonly variantGid: string }
  | { readonly kind: 'unavailable'; readonly reason: UnsellableReason | 'no_variant' };

/** A product's target; `preferred` is a variant the merchant chose, used when it can be offered. */
export type OfferTargets = (product: number, preferred?: string) => OfferTarget;

/** With a catalog: active, published, in stock; the preferred variant if available, else the first available. */
export function catalogTargets(catalog: CatalogIndex, products: IdInterner): OfferTargets {
  const usual = memoised((product) => {
    const sellable = catalog.sellability(products.id(product));
    if (sellable.kind === 'unsellable') return { kind: 'unavailable', reason: sellable.reason };
    return shopifyTarget(sellable.product.id, sellable.variant.id);
  });
  return (product, preferred) => {
    const target = usual(product);
    if (preferred === undefined || target.kind === 'unavailable') return target;
    const wanted = canonicalVariantId(preferred);
    const chosen = catalog
      .get(products.id(product))
      ?.variants.find((variant) => variant.available && canonicalVariantId(variant.id) === wanted);
    return chosen ? shopifyTarget(target.productGid, chosen.id) : target;
  };
}

/** Without a catalog: the variant bought most often, status and stock unknown (assumed sellable). */
export function observedTargets(
  products: IdInterner,
  observed: (product: number) => ObservedProduct,
): OfferTargets {
  return memoised((product) => {
    const variant = observed(product).variantId;
    return variant === undefined
      ? { kind: 'unavailable', reason: 'no_variant' }
      : shopifyTarget(products.id(product), variant);
  });
}

/** A product's target is the same for every anchor that offers it: work it out once. */
function memoised(resolve: OfferTargets): OfferTargets {
  const known: OfferTarget[] = [];
  return (product) => (known[product] ??= resolve(product));
}

/**
 * Offline evaluation: ids need not be Shopify ids, so products get stand-in GIDs from their index. The lists
 * still go through the published format and the checkout's merge; only the labels are synthetic.
 */
export function syntheticTargets(): OfferTargets {
  return memoised((product) => ({
    kind: 'target',
    productGid: `gid://shopify/Product/${product + 1}`,
    variantGid: `gid://shopify/ProductVariant/${product + 1}`,
  }));
}

function shopifyTarget(product: string, variant: string): OfferTarget {
  const p = productGid(product);
  const v = variantGid(variant);
  return p === undefined || v === undefined
    ? { kind: 'unavailable', reason: 'no_variant' }
    : { kind: 'target', productGid: p, variantGid: v };
}
