/**
 * Buyer profile publishing cost (`npm run bench:profiles -- [--customers 100000] [--scale 20] [--mode both|set|bulk]`):
 * every customer of an emulated shop gets its `$app:tandem`/`profile` metafield written by `syncProfiles`, at
 * Shopify's standard rate (bucket 2,000, restore 100/s) on the emulator's clock (`scale` emulated seconds per real
 * second) — once with metafieldsSet 25 a call, once through bulk mutations (staged JSONL files), each on a fresh
 * emulator and store. Reports the
 * quality figures that do not depend on the machine: calls, cost points, the client's pacing waits and THROTTLED
 * answers, and the cost-limited minimum time (points − 2,000) ÷ 100/s. Emulated wall time is printed too, but on a
 * loaded machine the emulator's own CPU shows up in it: read it as an upper bound, not a measurement.
 */
import { parseArgs } from 'node:util';
import { createEmulator } from '@tandem/emulator';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { ADMIN_API_VERSION } from '@tandem/web/config';
import { syncProfiles } from '@tandem/web/profiles/publish-profiles';
import { createAdminClient } from '@tandem/web/shopify/admin/client';
import { hashCustomerId } from '@tandem/web/shopify/admin/mappers';
import { emulatorFetch } from '@tandem/web/shopify/emulator-fetch';
import { createMemoryStores } from '@tandem/web/store/index';
import { buildLine, buildOrder } from '../../contract/store/builders.js';
import type { OrderWithLines } from '@tandem/web/domain/index';

const { values } = parseArgs({
  options: { customers: { type: 'string' }, scale: { type: 'string' }, mode: { type: 'string' } },
});
const customers = Number(values.customers ?? 100_000);
const scale = Number(values.scale ?? 20);
const mode = values.mode ?? 'both';
if (!['both', 'set', 'bulk'].includes(mode)) throw new Error(`--mode must be both, set or bulk, got ${mode}`);
const RESTORE_RATE = 100;
const BUCKET = 2_000;
const APP = {
  clientId: 'profiles-bench',
  clientSecret: 'profiles-bench-secret',
  scopes: ['write_customers'],
};
const HASH_KEY = 'profiles-bench-hash-key';
const DAY_MS = 86_400_000;

// A small catalog; the customers are what is measured. Each has 1–3 orders of 2–4 of the 40 products.
const seed = generateDemoShop({ products: 40, orders: 50, domain: 'profiles-bench.myshopify.com' });
const shop = seed.shop.domain;
const ids = Array.from({ length: customers }, (_, n) => `gid://shopify/Customer/${9_000_000 + n}`);
async function runOnce(bulk: boolean): Promise<void> {
  const emulator = await createEmulator({
    apps: [APP],
    shops: [
      {
        ...seed,
        customers: ids.map((id) => ({
          id,
          email: `${id.slice(-7)}@example.com`,
          firstName: 'A',
          lastName: 'B',
        })),
      },
    ],
    timeScale: scale,
    shopSettings: { [shop]: { restoreRate: RESTORE_RATE, bucketSize: BUCKET } },
  });
  try {
    const { accessToken } = await emulator.control.installApp({ shop, clientId: APP.clientId });
    const origin = Date.now();
    const nowMs = () => origin + (Date.now() - origin) * scale;
    let waits = 0;
    let throttled = 0;
    const client = createAdminClient({
      shop,
      accessToken,
      apiVersion: ADMIN_API_VERSION,
      fetch: emulatorFetch(emulator.url),
      now: nowMs,
      sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms / scale)),
      log: (event) => {
        if (event.type === 'throttle-wait') waits += 1;
        if (event.type === 'retry' && event.reason === 'THROTTLED') throttled += 1;
      },
    });
    const stores = createMemoryStores();
    await stores.settings.put(shop, { personalise: true });
    const products = seed.products.map((product) => product.id);
    const orders: OrderWithLines[] = [];
    ids.forEach((customerId, n) => {
      for (let o = 0; o < 1 + (n % 3); o++) {
        const createdAt = new Date(origin - ((n + 7 * o) % 55) * DAY_MS).toISOString();
        orders.push(
          buildOrder(3 * n + o, {
            id: `gid://shopify/Order/${1_000_000 + 3 * n + o}`,
            createdAt,
            customerHash: hashCustomerId(HASH_KEY, customerId),
            checkoutToken: null,
            subtotalMinor: 1000,
            totalMinor: 1000,
            updatedAt: createdAt,
            lines: Array.from({ length: 2 + ((n + o) % 3) }, (_, l) =>
              buildLine(10 * (3 * n + o) + l, {
                productId: products[(n * 7 + o * 3 + l * 11) % products.length] ?? null,
                variantId: null,
                unitPriceMinor: 500,
                discountedTotalMinor: 500,
              }),
            ),
          }),
        );
      }
    });
    for (let at = 0; at < orders.length; at += 5_000)
      await stores.orders.upsertOrders(shop, orders.slice(at, at + 5_000));
    await stores.profiles.remember(
      shop,
      ids.map((customerId) => ({ customerId, customerHash: hashCustomerId(HASH_KEY, customerId) })),
    );
    const started = nowMs();
    const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms / scale));
    // Bulk for every write (threshold 1) or never.
    const profileBulk = bulk
      ? {
          bulk: {
            threshold: 1,
            fetch: emulatorFetch(emulator.url),
            sleep,
            poll: { initialMs: 1_000, factor: 1.5, maxMs: 10_000 },
          },
        }
      : {};
    const report = await syncProfiles({ client, stores, shop, now: () => new Date(nowMs()), ...profileBulk });
    const emulatedSeconds = (nowMs() - started) / 1000;
    const minimum = Math.max(0, report.costSpent - BUCKET) / RESTORE_RATE;
    const written = [...ids].filter((id) =>
      emulator.engine.metafield(shop, id, '$app:tandem', 'profile'),
    ).length;
    const sizes = ids
      .slice(0, 1_000)
      .map(
        (id) =>
          new TextEncoder().encode(emulator.engine.metafield(shop, id, '$app:tandem', 'profile')?.value)
            .length,
      );
    process.stdout.write(
      [
        `profiles bench (${bulk ? 'bulk mutations' : 'metafieldsSet'}): ${customers.toLocaleString('en-US')} customers, ${orders.length.toLocaleString('en-US')} orders; bucket ${BUCKET}, restore ${RESTORE_RATE}/s, time ×${scale}`,
        `  written ${report.written.toLocaleString('en-US')} (${written.toLocaleString('en-US')} found in the emulator), ${report.calls.toLocaleString('en-US')} Admin calls (${report.bulkOperations} bulk operations), ${report.costSpent.toLocaleString('en-US')} cost points (${(report.costSpent / Math.max(1, report.calls)).toFixed(1)} a call)`,
        `  pacing waits ${waits}, THROTTLED answers ${throttled}`,
        `  cost-limited minimum ${minimum.toFixed(0)} s (${(minimum / 60).toFixed(1)} min) at 100 points/s; emulated wall ${emulatedSeconds.toFixed(0)} s (upper bound under load)`,
        `  profile size (first 1,000): max ${Math.max(...sizes)} B, mean ${(sizes.reduce((a, b) => a + b, 0) / sizes.length).toFixed(0)} B`,
        `  a second run with nothing changed: ${JSON.stringify(await syncProfiles({ client, stores, shop, now: () => new Date(nowMs()), ...profileBulk }).then((again) => ({ written: again.written, calls: again.calls })))}`,
      ].join('\n') + '\n',
    );
  } finally {
    await emulator.close();
  }
}

if (mode !== 'bulk') await runOnce(false);
if (mode !== 'set') await runOnce(true);
