import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { HARNESS_APP } from '../../support/app-harness.js';
import type { SqlBackend } from '../../support/db.js';
import { signedWebhookHeaders } from '../../support/webhooks.js';
import { startAdminFixture, type AdminFixture } from '../admin/admin-fixture.js';

// Hostile input against the whole app on each database: tampered and fuzzed webhooks, oversized bodies, and SQL
// metacharacters in every string the admin API stores.

const FUZZ_RUNS = 1_000;
const FUZZ_TOPICS = [
  'orders/create',
  'products/create',
  'products/update',
  'products/delete',
  'inventory_levels/update',
  'customers/data_request',
  'customers/redact',
];
const HOSTILE = [
  "'; DROP TABLE shops; --",
  'Robert"); DELETE FROM orders WHERE ("1"="1',
  '%_\\ ` $1 ? :name',
  'Ünïcødé ✓ 中文 עברית 🙂',
  'x'.repeat(490),
];

describe.each<SqlBackend>(['sqlite', 'postgres'])('hostile input [%s]', (backend) => {
  let fixture: AdminFixture;
  beforeAll(async () => {
    fixture = await startAdminFixture(backend);
  });
  afterAll(async () => fixture?.close());

  const token = async () =>
    (
      await fixture.harness.emulator.control.sessionToken({
        shop: fixture.shop,
        clientId: HARNESS_APP.clientId,
      })
    ).token;
  const postWebhook = (topic: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${fixture.harness.url}/webhooks`, {
      method: 'POST',
      headers: {
        ...signedWebhookHeaders(body, { topic, shop: fixture.shop, secret: HARNESS_APP.clientSecret }),
        ...headers,
      },
      body,
    });
  const counts = async () => {
    const { stores } = fixture.harness.app;
    return {
      products: await stores.catalog.countProducts(fixture.shop),
      orders: await stores.orders.countOrders(fixture.shop),
      lines: await stores.orders.countLines(fixture.shop),
    };
  };

  it('refuses a webhook whose body changed after signing, storing nothing', async () => {
    const signed = JSON.stringify({ id: 1, title: 'signed' });
    const headers = signedWebhookHeaders(signed, {
      topic: 'products/update',
      shop: fixture.shop,
      secret: HARNESS_APP.clientSecret,
    });
    const response = await fetch(`${fixture.harness.url}/webhooks`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ id: 1, title: 'changed' }),
    });
    expect(response.status).toBe(401);
    expect(
      await fixture.harness.app.stores.inbox.get(fixture.shop, headers['X-Shopify-Webhook-Id'] ?? ''),
    ).toBeUndefined();
  });

  it('survives fuzzed, validly signed webhook bodies: no 5xx, no crash, no partial rows', async () => {
    const before = await counts();
    const failures: string[] = [];
    fixture.harness.app.queue.onEvent((event) => {
      if (event.kind === 'failed') failures.push(`${event.name}: ${event.error.message}`);
    });
    const answers = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FUZZ_TOPICS),
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.jsonValue().map((value) => JSON.stringify({ id: value, line_items: value })),
        ),
        async (topic, body) => {
          const response = await postWebhook(topic, body);
          await response.arrayBuffer();
          answers.set(response.status, (answers.get(response.status) ?? 0) + 1);
          return response.status < 500;
        },
      ),
      { numRuns: FUZZ_RUNS, seed: 20261123 },
    );
    await fixture.harness.jobsIdle(120_000);
    // Then the app still answers, every job ended without crashing, and no fuzzed body left a row behind
    expect((await fetch(`${fixture.harness.url}/healthz`)).status).toBe(200);
    expect([...new Set(failures)]).toEqual([]);
    expect(await counts()).toEqual(before);
    expect(await fixture.harness.app.stores.inbox.shopsWithUnprocessed()).toEqual([]);
    expect([...answers.keys()].every((status) => status < 500)).toBe(true);
  }, 300_000);

  it('refuses cross-topic and cross-shop replays of signed bodies: nothing is deleted', async () => {
    // Given a synced, installed shop and bodies Shopify really signed for this app (any shop, any topic)
    const { stores } = fixture.harness.app;
    const before = await counts();
    const order = await fs.readFile(
      new URL('../webhooks/payloads/orders-create.json', import.meta.url),
      'utf8',
    );
    const ownRedact = JSON.stringify({ shop_id: 548380009, shop_domain: fixture.shop });
    const otherRedact = JSON.stringify({ shop_id: 548380010, shop_domain: 'other-shop.myshopify.com' });
    // When each is re-sent under a destructive topic for this shop
    const replays: [string, string][] = [
      ['shop/redact', order], // an order body as shop/redact
      ['shop/redact', '{"id":1}'], // the 8-byte body that wiped an installed shop
      ['shop/redact', otherRedact], // another shop's redaction
      ['shop/redact', ownRedact], // a real redaction, but the shop is still installed
      ['app/uninstalled', order],
      ['customers/redact', order],
      ['products/delete', order],
    ];
    for (const [topic, body] of replays) expect((await postWebhook(topic, body)).status).toBe(200);
    await fixture.harness.jobsIdle();
    // Then the shop is installed with all its data, and every replay was refused and logged as such
    expect((await stores.shops.get(fixture.shop))?.status).toBe('installed');
    expect(await counts()).toEqual(before);
    expect(await stores.inbox.shopsWithUnprocessed()).toEqual([]);
  });

  it('stores a product title with NUL and a lone surrogate from a webhook, cleaned', async () => {
    // Given a products/create whose title holds what Postgres text refuses
    const body = (
      await fs.readFile(new URL('../webhooks/payloads/products-update.json', import.meta.url), 'utf8')
    )
      .replace('"title": "Hand grinder"', '"title": "Hand\\u0000 grinder \\ud83d"')
      .replaceAll('"inventory_quantity": 0', '"inventory_quantity": 3');
    expect((await postWebhook('products/create', body)).status).toBe(200);
    await fixture.harness.jobsIdle();
    // Then it is stored, cleaned the same on every backend
    const product = await fixture.harness.app.stores.catalog.getProduct(
      fixture.shop,
      'gid://shopify/Product/788032119674292922',
    );
    expect(product?.title).toBe('Hand grinder \uFFFD');
  });

  it('answers oversized bodies with 413 on webhooks, the admin API and the pixel endpoint', async () => {
    const big = (bytes: number) => JSON.stringify({ padding: 'x'.repeat(bytes) });
    expect((await postWebhook('orders/create', big(3 * 1024 * 1024))).status).toBe(413);
    const api = await fetch(`${fixture.harness.url}/api/settings`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${await token()}`, 'Content-Type': 'application/json' },
      body: big(1024 * 1024),
    });
    expect(api.status).toBe(413);
    const events = await fetch(`${fixture.harness.url}/api/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: big(1024 * 1024),
    });
    expect(events.status).toBe(413);
  });

  it('stores SQL metacharacters and unicode verbatim, and searches with them without effect', async () => {
    // Given copy overrides made of hostile strings
    const headers = { Authorization: `Bearer ${await token()}`, 'Content-Type': 'application/json' };
    const current = (await (await fetch(`${fixture.harness.url}/api/settings`, { headers })).json()) as {
      settings: Record<string, unknown>;
    };
    const copy = {
      en: { heading: HOSTILE[0], dismiss: HOSTILE[1], 'offer.add': HOSTILE[2] },
      nl: { heading: HOSTILE[3], dismiss: HOSTILE[4] },
    };
    const put = await fetch(`${fixture.harness.url}/api/settings`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ ...current.settings, copy }),
    });
    expect(put.status).toBe(200);
    // Then they come back exactly, and every table is still there
    const read = (await (await fetch(`${fixture.harness.url}/api/settings`, { headers })).json()) as {
      settings: { copy: unknown };
    };
    expect(read.settings.copy).toEqual(copy);
    // (searches are capped at 100 characters, so the long string is left out)
    for (const q of HOSTILE.filter((text) => text.length <= 100)) {
      const search = await fetch(`${fixture.harness.url}/api/products?q=${encodeURIComponent(q)}`, {
        headers,
      });
      expect(search.status).toBe(200);
    }
    expect((await fixture.harness.app.stores.shops.get(fixture.shop))?.status).toBe('installed');
    expect((await counts()).products).toBeGreaterThan(0);
  });

  it('rejects a NUL character with a 400 that names the field (Postgres text cannot hold it)', async () => {
    const headers = { Authorization: `Bearer ${await token()}`, 'Content-Type': 'application/json' };
    const current = (await (await fetch(`${fixture.harness.url}/api/settings`, { headers })).json()) as {
      settings: Record<string, unknown>;
    };
    const put = await fetch(`${fixture.harness.url}/api/settings`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ ...current.settings, copy: { en: { heading: 'a\u0000b' } } }),
    });
    expect(put.status).toBe(400);
    expect(JSON.stringify(await put.json())).toContain('heading');
  });
});
