import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { restCheckout } from '@tandem/emulator/state/rest-checkout';
import { restInventoryLevel, restOrder, restProduct } from '@tandem/emulator/state/rest-payloads';
import { buildOrder, buildProduct, buildTestSeed } from '@tandem/emulator/state/test-shop';
import {
  customersDataRequestPayload,
  customersRedactPayload,
  shopRedactPayload,
} from '@tandem/emulator/webhooks/payloads/privacy';
import { shopPayload } from '@tandem/emulator/webhooks/payloads/shop';

// The emulator's webhook bodies hold to the keys of Shopify's published examples (the fixtures the app is tested
// with, test/integration/webhooks/payloads/SOURCES.md): a field Shopify no longer sends (inventory_management)
// must not reach the app from the emulator either, or no test meets the real shape.

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL(`../../integration/webhooks/payloads/${name}.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
const keys = (value: unknown): string[] => Object.keys(value as Record<string, unknown>).sort();
const first = (value: unknown): unknown => (value as unknown[])[0];

describe("the emulator's webhook bodies have the keys of Shopify's examples", () => {
  const seed = buildTestSeed();
  const product = buildProduct(1);

  it('products/update: product, variant and option keys', () => {
    const body = restProduct(product, null);
    const example = fixture('products-update');
    expect(keys(body)).toEqual(keys(example));
    expect(keys(first(body['variants']))).toEqual(keys(first(example['variants'])));
    expect(keys(first(body['options']))).toEqual(keys(first(example['options'])));
    expect(keys(first(body['variant_gids']))).toEqual(keys(first(example['variant_gids'])));
    expect(first(body['variants'])).not.toHaveProperty('inventory_management');
  });

  it('inventory_levels/update', () => {
    const variant = product.variants[0];
    if (!variant) throw new Error('test product has no variant');
    expect(keys(restInventoryLevel(variant, '2026-11-20T09:00:00Z'))).toEqual(
      keys(fixture('inventory-levels-update')),
    );
  });

  it('the privacy topics and app/uninstalled', () => {
    const customer = {
      id: 'gid://shopify/Customer/115310627314723954',
      email: 'jon@example.com',
      phone: null,
    };
    expect(keys(shopRedactPayload(seed.shop))).toEqual(keys(fixture('shop-redact')));
    expect(keys(customersRedactPayload(seed.shop, customer, []))).toEqual(keys(fixture('customers-redact')));
    expect(keys(customersDataRequestPayload(seed.shop, customer, [], 1))).toEqual(
      keys(fixture('customers-data-request')),
    );
    // The emulated shop knows fewer fields than a real one; the ones it sends are Shopify's.
    expect(keys(fixture('app-uninstalled'))).toEqual(expect.arrayContaining(keys(shopPayload(seed.shop))));
  });

  it('checkouts/create carries every field of the example, for the checkout and its lines', () => {
    const variant = product.variants[0];
    if (!variant) throw new Error('test product has no variant');
    const line = buildOrder(1, [{ variant, quantity: 2 }]).lineItems;
    const body = restCheckout({
      id: 1,
      token: 'tok',
      createdAt: '2026-11-20T09:00:00Z',
      updatedAt: '2026-11-20T09:00:00Z',
      currencyCode: 'EUR',
      lineItems: line,
    });
    const example = fixture('checkouts-create');
    expect(keys(body)).toEqual(keys(example));
    expect(keys(first(body['line_items']))).toEqual(keys(first(example['line_items'])));
  });

  it('orders/create carries every field the app reads, for the order and its lines', () => {
    const variant = product.variants[0];
    if (!variant) throw new Error('test product has no variant');
    const body = restOrder(buildOrder(1, [{ variant, quantity: 2 }]), undefined);
    const example = fixture('orders-create');
    expect(keys(body)).toEqual(expect.arrayContaining(keys(example)));
    expect(keys(first(body['line_items']))).toEqual(
      expect.arrayContaining(keys(first(example['line_items']))),
    );
  });
});
