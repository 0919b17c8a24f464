import { afterEach, describe, expect, it } from '@jest/globals';
import type { DeliveryView } from '@tandem/emulator';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { migrateToLatest } from '@tandem/web/store/index';
import { HARNESS_APP, startAppHarness, type AppHarness } from '../../support/app-harness.js';
import { openTestDatabase, type TestDatabase } from '../../support/db.js';
import { signedWebhookHeaders } from '../../support/webhooks.js';

// Shopify's updated_at has whole seconds, so two edits within one second reach the app with the same time. Delivered
// out of order, the older one must not win: on a tie with different content the app reads the product back.

const SEED = generateDemoShop({ seed: 71, products: 6, orders: 0, domain: 'product-tie.myshopify.com' });
const SHOP = SEED.shop.domain;

describe('products/update with a tied updated_at', () => {
  let db: TestDatabase | undefined;
  let harness: AppHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    await db?.drop();
  });

  it('reads the product back from Shopify instead of letting the later delivery win', async () => {
    // Given a synced shop whose product is renamed twice, the app taking both updates in order
    db = await openTestDatabase('sqlite');
    await migrateToLatest(db.database);
    const h = (harness = await startAppHarness({ seeds: [SEED], database: db.database }));
    await h.openAppAndSync(SHOP);
    const productId = SEED.products[0]?.id ?? '';
    const control = h.emulator.control;
    const renamed = async (title: string) => {
      await control.updateProduct({ shop: SHOP, productId, patch: { title } });
      const titled = (all: readonly DeliveryView[]) =>
        all.filter((d) => (d.payload as { title?: string }).title === title);
      const all = await control.waitForDeliveries({ shop: SHOP, topic: 'products/update' }, (deliveries) =>
        titled(deliveries).some((d) => d.state === 'delivered'),
      );
      return titled(all)[0]?.payload as Record<string, unknown>;
    };
    await renamed('Earlier title');
    const latest = await renamed('Final title');
    await h.jobsIdle();

    // When Shopify's retry of the earlier edit arrives last, stamped with the same second as the final one
    const send = async (body: Record<string, unknown>, eventId: string) => {
      const raw = JSON.stringify(body);
      const headers = signedWebhookHeaders(raw, {
        topic: 'products/update',
        shop: SHOP,
        eventId,
        secret: HARNESS_APP.clientSecret,
      });
      expect((await fetch(`${h.url}/webhooks`, { method: 'POST', headers, body: raw })).status).toBe(200);
      await h.jobsIdle();
    };
    await send({ ...latest, title: 'Earlier title' }, 'tie-older');

    // Then the store holds Shopify's current title, read back once
    expect((await h.app.stores.catalog.getProduct(SHOP, productId))?.title).toBe('Final title');
    // And a tie with the same content is applied as it is, without a read (the Admin API would fail every call)
    const outage = await control.injectFault({
      kind: 'http-error',
      status: 503,
      target: 'admin',
      shop: SHOP,
      count: 50,
    });
    await send(latest, 'tie-same');
    expect(await h.app.stores.inbox.listUnprocessed(SHOP)).toEqual([]);
    expect((await control.faults()).find((fault) => fault.id === outage.id)?.fired).toBe(0);
    expect((await h.app.stores.catalog.getProduct(SHOP, productId))?.title).toBe('Final title');
  });
});
