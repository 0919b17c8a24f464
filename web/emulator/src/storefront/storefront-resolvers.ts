/**
 * Storefront API 2025-07 for the checkout extension's price/availability query: `product`, `products`,
 * `node`, `nodes`; Product and ProductVariant with prices in the buyer's currency (fx.ts) and titles in the
 * buyer's language (EmulatedProduct.translations; unknown languages fall back to the default title).
 * Only ACTIVE, published products are visible — drafts and archived products resolve to null, as on a
 * real storefront.
 */
import type { EmulatedProduct, EmulatedVariant, UnitPriceMeasurement } from '../state/types.js';
import { gidType, numericId } from '../state/gid.js';
import type { ResolverMap } from '../engine/field-resolver.js';
import { paginate, type ConnectionArgs } from '../admin/connection.js';
import { withTypename } from '../admin/lookup.js';
import { decimal } from '../admin/money.js';
import { variantAvailable } from '../admin/variant-resolvers.js';
import { localizedTitle, type StorefrontContext } from './context.js';
import { convertPrice } from './fx.js';

/** Grams, millilitres or items per Shopify unit, to turn a pack price into a price per reference quantity. */
const BASE_UNITS: Readonly<Record<UnitPriceMeasurement['quantityUnit'], number>> = {
  G: 1,
  KG: 1000,
  ML: 1,
  L: 1000,
  ITEM: 1,
};

const product = (source: unknown): EmulatedProduct => source as EmulatedProduct;
const variant = (source: unknown): EmulatedVariant => source as EmulatedVariant;

function visible(found: EmulatedProduct | undefined, ctx: StorefrontContext): EmulatedProduct | undefined {
  return found &&
    found.status === 'ACTIVE' &&
    found.publishedAt !== null &&
    Date.parse(found.publishedAt) <= ctx.runtime.now()
    ? found
    : undefined;
}

function money(amount: string, ctx: StorefrontContext): { amount: string; currencyCode: string } {
  const converted = convertPrice(Number(amount), ctx.shop.shop.currencyCode, ctx.currency);
  return { amount: decimal(converted.amount), currencyCode: converted.currencyCode };
}

function image(p: EmulatedProduct, ctx: StorefrontContext): object | null {
  if (!p.imageUrl) return null;
  const url = ctx.runtime.imageUrl(ctx.shop.shop.domain, p.imageUrl);
  return {
    id: `gid://shopify/ProductImage/${numericId(p.id)}`,
    url,
    src: url,
    originalSrc: url,
    transformedSrc: url,
    altText: localizedTitle(p.translations, p.title, ctx.language),
    width: 800,
    height: 800,
  };
}

function node(id: string, ctx: StorefrontContext): object | null {
  const type = gidType(id);
  if (type === 'Product') {
    const found = visible(ctx.shop.products.get(id), ctx);
    return found ? withTypename(found, 'Product') : null;
  }
  if (type === 'ProductVariant') {
    const found = ctx.shop.variants.get(id);
    return found && visible(ctx.shop.products.get(found.productId), ctx)
      ? withTypename(found, 'ProductVariant')
      : null;
  }
  return null;
}

function priceRange(
  p: EmulatedProduct,
  ctx: StorefrontContext,
  pick: (v: EmulatedVariant) => string,
): object {
  const prices = p.variants.map(pick).sort((a, b) => Number(a) - Number(b));
  return { minVariantPrice: money(prices[0] ?? '0', ctx), maxVariantPrice: money(prices.at(-1) ?? '0', ctx) };
}

export const storefrontResolvers: ResolverMap<StorefrontContext> = {
  QueryRoot: {
    product: (_s, args, ctx) => {
      const byId = typeof args['id'] === 'string' ? ctx.shop.products.get(args['id']) : undefined;
      const byHandle =
        typeof args['handle'] === 'string'
          ? ctx.shop.productList().find((p) => p.handle === args['handle'])
          : undefined;
      return visible(byId ?? byHandle, ctx) ?? null;
    },
    products: (_s, args, ctx) =>
      paginate(
        ctx.shop.productList().filter((p) => visible(p, ctx)),
        args as ConnectionArgs,
        null,
        ctx,
      ),
    node: (_s, args, ctx) => node(String(args['id']), ctx),
    nodes: (_s, args, ctx) => (args['ids'] as readonly string[]).map((id) => node(id, ctx)),
  },
  Product: {
    title: (s, _a, ctx) => localizedTitle(product(s).translations, product(s).title, ctx.language),
    availableForSale: (s) => product(s).variants.some((v) => variantAvailable(v, product(s))),
    featuredImage: (s, _a, ctx) => image(product(s), ctx),
    images: (s, args, ctx) => {
      const found = image(product(s), ctx) as { id: string } | null;
      return paginate(found ? [found] : [], args as ConnectionArgs, () => 0, ctx);
    },
    variants: (s, args, ctx) => paginate(product(s).variants, args as ConnectionArgs, (v) => v.position, ctx),
    priceRange: (s, _a, ctx) => priceRange(product(s), ctx, (v) => v.price),
    compareAtPriceRange: (s, _a, ctx) => priceRange(product(s), ctx, (v) => v.compareAtPrice ?? v.price),
    options: (s) =>
      product(s).options.map((option, index) => ({
        id: `gid://shopify/ProductOption/${numericId(product(s).id) * 10 + index}`,
        name: option.name,
        values: option.values,
        optionValues: option.values.map((name) => ({ id: `gid://shopify/ProductOptionValue/${name}`, name })),
      })),
  },
  ProductVariant: {
    product: (s, _a, ctx) => ctx.shop.products.get(variant(s).productId),
    price: (s, _a, ctx) => money(variant(s).price, ctx),
    priceV2: (s, _a, ctx) => money(variant(s).price, ctx),
    compareAtPrice: (s, _a, ctx) =>
      variant(s).compareAtPrice ? money(variant(s).compareAtPrice ?? '0', ctx) : null,
    availableForSale: (s, _a, ctx) =>
      variantAvailable(variant(s), ctx.shop.products.get(variant(s).productId)),
    quantityAvailable: (s) => variant(s).inventoryQuantity,
    currentlyNotInStock: (s) =>
      variant(s).inventoryQuantity <= 0 && variant(s).inventoryPolicy === 'CONTINUE',
    image: (s, _a, ctx) => {
      const owner = ctx.shop.products.get(variant(s).productId);
      return owner ? image(owner, ctx) : null;
    },
    unitPrice: (s, _a, ctx) => {
      const measurement = variant(s).unitPriceMeasurement;
      if (!measurement) return null;
      const perBase =
        Number(variant(s).price) / (measurement.quantityValue * BASE_UNITS[measurement.quantityUnit]);
      const reference = measurement.referenceValue * BASE_UNITS[measurement.referenceUnit];
      return money((perBase * reference).toFixed(2), ctx);
    },
    unitPriceMeasurement: (s) => variant(s).unitPriceMeasurement ?? null,
  },
};
