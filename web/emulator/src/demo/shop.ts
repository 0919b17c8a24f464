import type { EmulatedProduct, ShopIdentity, ShopSeed } from '../state/types.js';
import { buildCollections } from './collections.js';
import { catalogModelFor, materialiseCatalog } from './catalog-stream.js';
import { buildCustomer } from './customer-builder.js';
import { gid, LEGACY_ID_BASE } from './ids.js';
import { resolveOptions } from './options.js';
import { toEmulatedOrder, type LineLookup } from './order-builder.js';
import { generateOrders } from './order-stream.js';
import type { DemoShopOptions } from './types.js';

function shopIdentity(domain: string, seed: number): ShopIdentity {
  return {
    domain,
    id: gid('Shop', LEGACY_ID_BASE.Shop + (seed >>> 0)),
    name: 'Tandem Demo Store',
    email: `owner@${domain}`,
    currencyCode: 'EUR',
    ianaTimezone: 'Europe/Amsterdam',
    primaryLocale: 'en',
    plan: { displayName: 'Shopify Plus', shopifyPlus: true },
  };
}

/**
 * The deterministic demo shop: catalog, collections, customers and order history. Same options → the
 * same JSON byte for byte. Defaults: 400 products, 25,000 orders over the 6 months before 2026-11-01.
 */
export function generateDemoShop(options: DemoShopOptions = {}): ShopSeed {
  const resolved = resolveOptions(options);
  const model = catalogModelFor(resolved);
  const products: EmulatedProduct[] = [];
  for (const { product } of materialiseCatalog(model)) products.push(product);
  // Product i has legacy id base + i and its variants base + variantStart[i] + offset (catalog-model.ts).
  const lookup: LineLookup = (productId, variantId) => {
    const index = productId - LEGACY_ID_BASE.Product;
    const product = products[index];
    const variant =
      product?.variants[variantId - LEGACY_ID_BASE.ProductVariant - (model.variantStart[index] ?? 0)];
    return product && variant ? { product, variant } : undefined;
  };
  const orders = [];
  for (const record of generateOrders(model, resolved)) orders.push(toEmulatedOrder(record, lookup));
  return {
    shop: shopIdentity(resolved.domain, resolved.seed),
    collections: buildCollections(),
    products,
    customers: Array.from({ length: resolved.customers }, (_, index) => buildCustomer(resolved.seed, index)),
    orders,
  };
}
