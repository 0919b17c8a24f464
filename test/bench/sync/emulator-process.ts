/**
 * The bench's emulated shop in its own process, so its CPU and memory stay out of the sync's figures. argv[2] is JSON
 * {products, orders, scale}. Prints one JSON line {url, shop, accessToken, seed} when ready; exits on SIGTERM.
 */
import { createEmulator } from '@tandem/emulator';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { BENCH_APP } from './bench-app.js';

const { products, orders, scale } = JSON.parse(process.argv[2] ?? '{}') as {
  products: number;
  orders: number;
  scale: number;
};
const seed = generateDemoShop({ products, orders, domain: 'sync-bench.myshopify.com' });
const shop = seed.shop.domain;
const emulator = await createEmulator({
  apps: [BENCH_APP],
  shops: [seed],
  timeScale: scale,
  shopSettings: { [shop]: { restoreRate: 100, bucketSize: 2_000 } },
});
const { accessToken } = await emulator.control.installApp({ shop, clientId: BENCH_APP.clientId });
const counts = {
  products: seed.products.length,
  variants: seed.products.reduce((sum, product) => sum + product.variants.length, 0),
  orders: seed.orders.length,
  lines: seed.orders.reduce((sum, order) => sum + order.lineItems.length, 0),
};
process.stdout.write(`${JSON.stringify({ url: emulator.url, shop, accessToken, counts })}\n`);
process.once('SIGTERM', () => void emulator.close().then(() => process.exit(0)));
