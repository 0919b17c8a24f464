// The running app against the emulator with a demo shop, built admin included: what the browser tests and the
// admin bench open, with offers mined from the demo orders and published as `npm start` does.
import path from 'node:path';
import type { ShopSeed } from '@tandem/emulator';
import { parseOfferList, type PublishedOffer, type PublishedOfferList } from '@tandem/offer-core';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import type { ProductWithVariants } from '@tandem/web/domain/index';
import { runStaleBuilds } from '@tandem/web/dev/demo/run-stale-builds';
import { DEMO_BUILDS } from '@tandem/web/dev/demo/stale-builds';
import { recomputeOffers } from '@tandem/web/offers/recompute';
import { publishOfferLists } from '@tandem/web/offers/publish-offers';
import { publishedOffers } from '@tandem/web/offers/stored-list';
import { migrateToLatest } from '@tandem/web/store/index';
import type { SettingsPatch } from '@tandem/web/store/validation/settings';
import { startAppHarness, type AppHarness } from '../../support/app-harness.js';
import { openTestDatabase, type TestDatabase } from '../../support/db.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface AdminDemo {
  readonly harness: AppHarness;
  readonly seed: ShopSeed;
  readonly shop: string;
  /** The admin page at `pagePath`, as the Shopify admin would open it (with `shop`). */
  url(pagePath: string, query?: Record<string, string>): string;
  close(): Promise<void>;
}

/**
 * Builds the admin (production build, as served) into web/frontend/dist when its sources changed since the last
 * build: one build per run shared by every browser suite (and `npm start`), not one per test emptying dist/ while
 * another worker's page loads from it.
 */
export async function buildFrontend(): Promise<void> {
  const outcome = await runStaleBuilds(
    ROOT,
    DEMO_BUILDS.filter((step) => step.name === 'admin'),
  );
  if (outcome.kind === 'failed') throw new Error(`the admin build failed: run ${outcome.command} to see why`);
}

/** A synced demo shop of `products` products, its admin served by the app. */
export async function startAdminDemo(
  options: { products?: number; orders?: number; settings?: SettingsPatch } = {},
): Promise<AdminDemo> {
  const seed = generateDemoShop({
    seed: 5,
    products: options.products ?? 60,
    orders: options.orders ?? 1_500,
    domain: 'admin-demo.myshopify.com',
  });
  const db: TestDatabase = await openTestDatabase('sqlite');
  await migrateToLatest(db.database);
  const harness = await startAppHarness({ seeds: [seed], database: db.database });
  const shop = seed.shop.domain;
  // Settings the merchant chose before the first sync (personalisation decides whether it remembers customers).
  if (options.settings) await harness.app.stores.settings.put(shop, options.settings);
  // The admin's first call installs the shop and queues the first sync; wait for it like a merchant would.
  const issued = (await (await fetch(`${harness.url}/dev/session-token?shop=${shop}`)).json()) as {
    token: string;
  };
  await fetch(`${harness.url}/api/sync`, { headers: { Authorization: `Bearer ${issued.token}` } });
  await harness.jobsIdle();
  return {
    harness,
    seed,
    shop,
    url: (pagePath, query = {}) =>
      `${harness.url}${pagePath}?${new URLSearchParams({ shop, ...query }).toString()}`,
    async close() {
      await harness.close();
      await db.drop();
    },
  };
}

/** Mines the demo shop's orders into offer lists and publishes them, as the demo's start does. */
export async function publishOffers(demo: AdminDemo): Promise<number> {
  const { stores } = demo.harness.app;
  const report = await recomputeOffers({ stores, shop: demo.shop, now: () => new Date() });
  const published = await publishOfferLists({
    client: await demo.harness.app.adminClient(demo.shop),
    offers: stores.offers,
    shop: demo.shop,
  });
  return Math.min(report.withOffers, published.written);
}

export interface ProductWithCrossSells {
  readonly product: ProductWithVariants;
  /** Its cross-sells in rank order, resolved against the catalog. */
  readonly crossSells: readonly ProductWithVariants[];
}

/** The first product whose stored list has at least `count` cross-sells. */
export async function productWithCrossSells(demo: AdminDemo, count: number): Promise<ProductWithCrossSells> {
  const { stores } = demo.harness.app;
  const { items } = await stores.catalog.listProducts(demo.shop, { limit: 1000 });
  const byId = new Map(items.map((product) => [product.id, product]));
  for (const product of items) {
    const list = await stores.offers.getList(demo.shop, product.id);
    const crossSells = publishedOffers(list).flatMap((offer) => {
      const target = offer.kind === 'xsell' ? byId.get(offer.productId) : undefined;
      return target ? [target] : [];
    });
    if (crossSells.length >= count) return { product, crossSells };
  }
  throw new Error(`no product of the demo shop has ${count} cross-sells`);
}

/** The product's offers as checkout reads them: its `$app:tandem`/`offers` metafield in the emulator. */
/** The published `offers` metafield value of a product, parsed (an empty list when there is none). */
export async function liveList(demo: AdminDemo, productId: string): Promise<PublishedOfferList> {
  const metafield = await demo.harness.emulator.control.metafield({
    shop: demo.shop,
    ownerId: productId,
    namespace: '$app:tandem',
    key: 'offers',
  });
  if (!metafield) return { offers: [] };
  const parsed = parseOfferList(metafield.value);
  if (parsed.kind === 'invalid') throw new Error(`${productId}'s published list: ${parsed.reason}`);
  return parsed.list;
}

export async function liveOffers(demo: AdminDemo, productId: string): Promise<readonly PublishedOffer[]> {
  return (await liveList(demo, productId)).offers;
}
