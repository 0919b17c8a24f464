import { describe, expect, it } from '@jest/globals';
import type { Shop } from '../domain/shop.js';
import { guardDestructive } from './destructive-guard.js';

const SHOP = 'guarded.myshopify.com';
const record = (overrides: Partial<Shop> = {}): Shop => ({
  domain: SHOP,
  status: 'uninstalled',
  scopes: [],
  installedAt: '2026-11-01T00:00:00.000Z',
  uninstalledAt: '2026-11-20T00:00:00.000Z',
  needsReauth: false,
  shopId: '548380009',
  ...overrides,
});
const redact = { shop_id: 548380009, shop_domain: SHOP };
const customer = { ...redact, customer: { id: '115310627314723954' }, orders_to_redact: [] };

describe('guardDestructive', () => {
  it.each([
    ['shop/redact of an uninstalled shop', 'shop/redact', redact, record(), 'allowed'],
    ['shop/redact while installed', 'shop/redact', redact, record({ status: 'installed' }), 'refused'],
    ['shop/redact of an unknown shop', 'shop/redact', redact, undefined, 'refused'],
    [
      'shop/redact naming another domain',
      'shop/redact',
      { ...redact, shop_domain: 'x.myshopify.com' },
      record(),
      'refused',
    ],
    ['shop/redact naming another shop id', 'shop/redact', { ...redact, shop_id: 1 }, record(), 'refused'],
    [
      'shop/redact with extra keys (an order body)',
      'shop/redact',
      { ...redact, line_items: [] },
      record(),
      'refused',
    ],
    ['shop/redact before the shop id is known', 'shop/redact', redact, record({ shopId: null }), 'allowed'],
    ['customers/redact', 'customers/redact', customer, record({ status: 'installed' }), 'allowed'],
    ['customers/redact without customer', 'customers/redact', redact, record(), 'refused'],
    [
      'app/uninstalled without myshopify_domain',
      'app/uninstalled',
      { id: 548380009, domain: SHOP },
      record(),
      'refused',
    ],
    ['app/uninstalled', 'app/uninstalled', { id: 548380009, myshopify_domain: SHOP }, record(), 'allowed'],
    ['products/delete with an order body', 'products/delete', { id: 1, line_items: [] }, record(), 'refused'],
    ['products/delete', 'products/delete', { id: '788032119674292922' }, record(), 'allowed'],
    ['orders/create (not destructive)', 'orders/create', {}, undefined, 'allowed'],
  ] as const)('%s', (_name, topic, payload, shop, verdict) => {
    expect(guardDestructive(topic, SHOP, payload, shop).kind).toBe(verdict);
  });
});
