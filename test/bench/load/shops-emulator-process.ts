/**
 * The many-shop bench's Shopify: one emulator process holding `shops` small demo shops at Shopify's standard
 * rate limit (bucket 2,000 points, restore 100/s), the app installed in each. argv[2] is JSON {shops, products,
 * orders}. Prints {url, installs: [{shop, accessToken}]} when ready; exits on SIGTERM.
 */
import { createEmulator } from '@tandem/emulator';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { BENCH_APP } from '../sync/bench-app.js';

export const STANDARD_LIMIT = { restoreRate: 100, bucketSize: 2_000 } as const;

const { shops, products, orders } = JSON.parse(process.argv[2] ?? '{}') as {
  shops: number;
  products: number;
  orders: number;
};
const seeds = Array.from({ length: shops }, (_, i) =>
  generateDemoShop({
    seed: 1_000 + i,
    products,
    orders,
    domain: `many-${String(i).padStart(3, '0')}.myshopify.com`,
  }),
);
const emulator = await createEmulator({
  apps: [BENCH_APP],
  shops: seeds,
  shopSettings: Object.fromEntries(seeds.map((seed) => [seed.shop.domain, STANDARD_LIMIT])),
});
const installs = [];
for (const seed of seeds) {
  const { accessToken } = await emulator.control.installApp({
    shop: seed.shop.domain,
    clientId: BENCH_APP.clientId,
  });
  installs.push({ shop: seed.shop.domain, accessToken });
}
process.stdout.write(`${JSON.stringify({ url: emulator.url, installs })}\n`);
process.once('SIGTERM', () => void emulator.close().then(() => process.exit(0)));
