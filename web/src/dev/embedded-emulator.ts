import type { AppConfig } from '../config.js';
import { orderJournal, withPreviewOrders } from './demo/order-journal.js';
import type { Logger } from '../logger.js';

/** Shopify Plus: 1,000 points/s (https://shopify.dev/docs/api/usage/limits). */
const PLUS_RESTORE_RATE = 1_000;

export interface EmbeddedEmulator {
  readonly url: string;
  readonly shops: readonly string[];
  /** One line for the demo's status: shop, catalog and history. */
  readonly summary: string;
  close(): Promise<void>;
}

/**
 * The demo app as the emulated Partner Dashboard knows it: granted the scopes the app requests (`SCOPES`, as
 * shopify.app.toml declares them; buyer profiles need write_customers), its webhooks pointed at this server.
 */
export function emulatedApp<App extends { readonly scopes: readonly string[] }>(
  app: App,
  config: Pick<AppConfig, 'shopify'>,
): App & { readonly scopes: readonly string[]; readonly webhookUri: string } {
  return { ...app, scopes: [...config.shopify.scopes], webhookUri: `${config.shopify.appUrl}/webhooks` };
}

/**
 * Emulator mode without SHOPIFY_EMULATOR_URL: start the Shopify emulator in this process with the seeded demo
 * shop, the app pre-installed and its webhooks pointed at this server. Loaded lazily so production never
 * imports the emulator.
 */
export async function startEmbeddedEmulator(config: AppConfig, logger: Logger): Promise<EmbeddedEmulator> {
  const { createEmulator, DEMO_APP } = await import('@tandem/emulator');
  const { generateDemoShop } = await import('@tandem/emulator/demo/index');
  if (config.shopify.apiKey !== DEMO_APP.clientId) {
    throw new Error(
      'The embedded emulator runs the demo app; unset SHOPIFY_API_KEY/SHOPIFY_API_SECRET to use it',
    );
  }
  const started = Date.now();
  // The emulator lives in memory: orders placed in the checkout preview on earlier starts are replayed into it.
  const generated = generateDemoShop();
  const replayed = await orderJournal(config.dataDir).read(generated.shop.domain);
  const seed = withPreviewOrders(generated, replayed);
  const emulator = await createEmulator({
    apps: [emulatedApp(DEMO_APP, config)],
    shops: [seed],
    // The demo shop is on Shopify Plus (its plan says so), whose Admin API bucket restores 1,000 points/s.
    shopSettings: { [seed.shop.domain]: { restoreRate: PLUS_RESTORE_RATE } },
  });
  logger.info(
    {
      url: emulator.url,
      shop: seed.shop.domain,
      products: seed.products.length,
      orders: seed.orders.length,
      replayed: replayed.length,
      ms: Date.now() - started,
    },
    'Shopify emulator started',
  );
  const count = (value: number) => value.toLocaleString('en-US');
  const summary = `${seed.shop.domain}: ${count(seed.products.length)} products, ${count(seed.orders.length)} orders over 6 months${replayed.length > 0 ? ` (${count(replayed.length)} from the checkout preview)` : ''}`;
  return { url: emulator.url, shops: [seed.shop.domain], summary, close: () => emulator.close() };
}
