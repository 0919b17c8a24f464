import { createControlClient } from '@tandem/emulator';
import path from 'node:path';
import type { App } from '../../app.js';
import type { EmbeddedEmulator } from '../embedded-emulator.js';
import { createShopify } from '../../shopify/shopify-api.js';
import { DEFAULT_SYNC_OPTIONS } from '../../sync/index.js';
import { connectDemoShop } from './connect.js';
import { forgetPublishedProfiles } from './fresh-profiles.js';
import { LOG_FILE } from './log-destination.js';
import type { RecomputeReport } from '../../offers/recompute.js';
import { refreshOffers } from '../../offers/refresh.js';
import { formatSeconds, type StatusReporter } from './status.js';
import { awaitFirstSync } from './sync-wait.js';

export interface BootstrapDeps {
  readonly app: App;
  readonly emulator: EmbeddedEmulator;
  readonly status: StatusReporter;
  /** Where this process listens, for its own requests (127.0.0.1). */
  readonly localUrl: string;
  /** What the user opens (localhost). */
  readonly publicUrl: string;
}

const count = (value: number) => value.toLocaleString('en-US');

/**
 * After the server listens: install the app into the demo shop by token exchange, wait for the first sync, mine
 * the offers with the pairing engine and publish them, then print where to look. Each step is one status line.
 */
export async function bootstrapDemo(deps: BootstrapDeps): Promise<void> {
  const { app, status } = deps;
  const shop = deps.emulator.shops[0];
  if (shop === undefined) throw new Error('the embedded emulator has no shop');
  const since = new Date().toISOString();
  // The demo merchant has switched personalisation on (off by default for real shops) before the first sync, which
  // then remembers the customers whose profiles the preview's returning buyers read. A later start keeps whatever
  // the admin's Settings say.
  if ((await app.stores.shops.get(shop))?.status !== 'installed')
    await app.stores.settings.put(shop, { personalise: true });
  const connected = await status.step(
    'install',
    () =>
      connectDemoShop({
        shop,
        clientId: app.config.shopify.apiKey,
        localUrl: deps.localUrl,
        control: createControlClient(deps.emulator.url),
        shopify: createShopify(app.config.shopify, app.logger),
        stores: app.stores,
      }),
    (outcome) =>
      outcome.kind === 'installed'
        ? `${shop} installed by token exchange; first full sync queued`
        : `token exchange with the restarted emulator; data kept from the last start`,
  );
  await status.step(
    'sync',
    (progress) =>
      awaitFirstSync(
        { stores: app.stores, queue: app.queue, shop },
        { installedNow: connected.kind === 'installed', since },
        progress,
      ),
    (outcome) =>
      outcome.kind === 'reused'
        ? `reusing ${count(outcome.products)} products and ${count(outcome.orders)} orders synced ${outcome.finishedAt ?? 'before'}`
        : `${count(outcome.run.counts['products'] ?? 0)} products, ${count(outcome.run.counts['orders'] ?? 0)} orders (last ${DEFAULT_SYNC_OPTIONS.orderWindowDays} days), ${count(outcome.run.costSpent)} cost points`,
  );
  // A restarted (in-memory) emulator holds none of the profiles the store remembers writing: forgotten, they are
  // written again by the pipeline below.
  if (connected.kind === 'reconnected') await forgetPublishedProfiles(app.stores, shop);
  // One run of the offers pipeline, shown as three steps: mining, publishing, buyer profiles.
  let recomputed: (report: RecomputeReport) => void = () => undefined;
  const mined = new Promise<RecomputeReport>((resolve) => (recomputed = resolve));
  const refresh = refreshOffers(
    { stores: app.stores, adminClient: app.adminClient, now: () => new Date() },
    shop,
    { republishAll: true, onRecomputed: (report) => recomputed(report) },
  );
  await status.step(
    'offers',
    // A pipeline that fails before the lists are mined fails this step with its error.
    () => Promise.race([mined, refresh]),
    (report) =>
      `mined ${count(report.orders)} orders: ${count(report.withOffers)} of ${count(report.lists)} products have offers (${count(report.coldStart)} cold start)`,
  );
  await status.step(
    'publish',
    () => refresh,
    (report) =>
      `${count(report.published.written)} product metafields and the shop config in ${report.published.calls + 1} metafieldsSet calls`,
  );
  await status.step(
    'profiles',
    async () => (await refresh).profiles,
    (report) =>
      report.personalise
        ? `${count(report.customers)} customers with orders: ${count(report.written)} buyer profiles written (personalisation on)`
        : 'personalisation is off in Settings: no buyer profiles',
  );
  const pad = (label: string) => label.padEnd(18);
  status.line(`  ✓ ready     in ${formatSeconds(status.elapsedMs())}`);
  status.line(`    ${pad('Checkout preview')}${deps.publicUrl}/preview/checkout`);
  status.line(`    ${pad('Admin (embedded)')}${deps.publicUrl}/preview/admin`);
  status.line(
    `    ${pad('Shopify emulator')}${deps.emulator.url}  (Admin + Storefront GraphQL; control API at /_control)`,
  );
  status.line(`    ${pad('Logs')}${path.join(app.config.dataDir, LOG_FILE)}`);
  status.line(
    `  Data stays in ${app.config.dataDir}: the next start reuses it; \`npm start -- --reset\` starts over. Ctrl+C stops.`,
  );
}
