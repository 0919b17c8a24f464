// The whole app over HTTP against the emulator, with two installed demo shops, for the admin API tests.
import type { ShopSeed } from '@tandem/emulator';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { migrateToLatest } from '@tandem/web/store/index';
import { HARNESS_APP, startAppHarness, type AppHarness } from '../../support/app-harness.js';
import { openTestDatabase, type SqlBackend, type TestDatabase } from '../../support/db.js';

export interface AdminFixture {
  readonly harness: AppHarness;
  readonly shop: string;
  readonly seed: ShopSeed;
  readonly otherShop: string;
  /** A product id of the other shop that the main shop does not have. */
  readonly foreignProductId: string;
  /** An /api call with a fresh session token for `shop` (default: the main shop); returns status and JSON. */
  call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    shop?: string,
  ): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

/** A fresh app and emulator with two shops, both installed and synced (their first API call did it). */
export async function startAdminFixture(backend: SqlBackend = 'sqlite'): Promise<AdminFixture> {
  const seed = generateDemoShop({ seed: 11, products: 40, orders: 300, domain: 'admin-main.myshopify.com' });
  // The generator numbers products from the same base in every shop: the other shop's last products exist only there.
  const other = generateDemoShop({ seed: 12, products: 44, orders: 20, domain: 'admin-other.myshopify.com' });
  const db: TestDatabase = await openTestDatabase(backend);
  await migrateToLatest(db.database);
  const harness = await startAppHarness({ seeds: [seed, other], database: db.database });
  const call: AdminFixture['call'] = async (method, path, body, shop = seed.shop.domain) => {
    const { token } = await harness.emulator.control.sessionToken({ shop, clientId: HARNESS_APP.clientId });
    const response = await fetch(`${harness.url}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as never };
  };
  // First authenticated calls install each shop and queue its first sync.
  await call('GET', '/api/sync');
  await call('GET', '/api/sync', undefined, other.shop.domain);
  await harness.jobsIdle();
  return {
    harness,
    shop: seed.shop.domain,
    seed,
    otherShop: other.shop.domain,
    foreignProductId: other.products.at(-1)?.id ?? '',
    call,
    async close() {
      await harness.close();
      await db.drop();
    },
  };
}

/** The first active product of the seed that has at least `variants` variants. */
export function activeProduct(seed: ShopSeed, variants = 1): ShopSeed['products'][number] {
  const product = seed.products.find(
    (candidate) => candidate.status === 'ACTIVE' && candidate.variants.length >= variants,
  );
  if (!product) throw new Error(`the demo seed has no active product with ${variants} variants`);
  return product;
}
