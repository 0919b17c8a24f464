/** The engine: Shopify's Admin and Storefront GraphQL over emulated shops, as a library (no HTTP). */
import { executeAdmin } from '../admin/execute-admin.js';
import { resolveNamespace } from '../admin/app-namespace.js';
import { topicToRest } from '../admin/webhook-topics.js';
import { settleBulkOperations } from '../admin/bulk/bulk-settle.js';
import { executeStorefront } from '../storefront/execute-storefront.js';
import { ShopState, metafieldKey } from '../state/shop-state.js';
import { BUCKET_SECONDS, DEFAULT_RESTORE_RATE, LeakyBucket } from './cost/leaky-bucket.js';
import { ShopFaults } from './faults.js';
import { EngineRuntime } from './runtime.js';
import { upsertCheckout } from './checkout-mutations.js';
import { decideAppSubscription, settleBilling } from './app-billing.js';
import { createOrder, deleteProduct, setInventory, updateProduct } from './shop-mutations.js';
import type { EmulatorEngine, EngineOptions } from './types.js';

export function createEngine(options: EngineOptions = {}): EmulatorEngine {
  const runtime = new EngineRuntime(options);
  const settled = (domain: string) => {
    const shop = runtime.shop(domain);
    settleBulkOperations(runtime, shop);
    return shop;
  };
  return {
    addShop(seed, shopOptions = {}) {
      const domain = seed.shop.domain;
      if (runtime.shops.has(domain)) throw new Error(`addShop: shop '${domain}' already exists.`);
      const restoreRate = shopOptions.restoreRate ?? DEFAULT_RESTORE_RATE;
      const bucketSize = shopOptions.bucketSize ?? restoreRate * BUCKET_SECONDS;
      const concurrentBulkQueries = shopOptions.concurrentBulkQueries ?? 1;
      if (!(bucketSize > 0)) throw new RangeError(`addShop: bucketSize must be > 0, got ${bucketSize}`);
      if (!Number.isInteger(concurrentBulkQueries) || concurrentBulkQueries < 1)
        throw new RangeError(`addShop: concurrentBulkQueries must be a whole number ≥ 1`);
      runtime.shops.set(domain, {
        state: new ShopState(seed, { restoreRate, bucketSize, concurrentBulkQueries }),
        bucket: new LeakyBucket(bucketSize, restoreRate, runtime.now(), runtime.timeScale),
        faults: new ShopFaults(),
      });
    },
    hasShop: (domain) => runtime.shops.has(domain),
    executeAdmin: (domain, body, request) => executeAdmin(runtime, domain, body, request),
    executeStorefront: (domain, body, apiVersion) => executeStorefront(runtime, domain, body, apiVersion),
    readBulkFile(fileId) {
      for (const shop of runtime.shops.values()) settleBulkOperations(runtime, shop);
      return runtime.bulkFiles.get(fileId);
    },
    putStagedUpload(key, content) {
      runtime.stagedUploads.set(key, content);
    },
    createOrder: (domain, input) => createOrder(runtime, domain, input),
    upsertCheckout: (domain, input) => upsertCheckout(runtime, domain, input),
    updateProduct: (domain, productId, patch) => updateProduct(runtime, domain, productId, patch),
    setInventory: (domain, variantId, quantity) => setInventory(runtime, domain, variantId, quantity),
    deleteProduct: (domain, productId) => deleteProduct(runtime, domain, productId),
    onChange: (listener) => runtime.bus.subscribe(listener),
    appSubscription(domain, id) {
      const { state } = runtime.shop(domain);
      settleBilling(runtime, state);
      return state.appSubscriptions.get(id);
    },
    decideAppSubscription: (domain, id, decision) =>
      decideAppSubscription(runtime, runtime.shop(domain).state, id, decision),
    faults(domain) {
      const { faults } = runtime.shop(domain);
      return {
        throttleNext: (n) => faults.throttleNext(n),
        truncateNextBulkFile: (fraction) => faults.truncateNextBulkFile(fraction),
      };
    },
    snapshot(domain) {
      const { state } = settled(domain);
      return {
        products: state.products.size,
        variants: state.variants.size,
        orders: state.orders.size,
        metafields: state.metafieldCount(),
        discounts: state.discounts.size,
      };
    },
    metafield(domain, ownerId, namespace, key) {
      const found = runtime
        .shop(domain)
        .state.metafields.get(ownerId)
        ?.get(metafieldKey(resolveNamespace(namespace, runtime.appId), key));
      return found ? { type: found.type, value: found.value } : undefined;
    },
    webhookSubscriptions(domain) {
      return [...runtime.shop(domain).state.webhooks.values()].map((w) => ({
        id: w.id,
        topic: topicToRest(w.topic),
        uri: w.uri,
        format: w.format,
        includeFields: w.includeFields,
      }));
    },
  };
}
