import { describe, expect, it } from '@jest/globals';
import { BulkProductsDocument } from '@tandem/web/shopify/admin/generated/graphql';
import { bulkQueryText } from '@tandem/web/sync/bulk/bulk-query';
import { parseSyncCliArgs } from '@tandem/web/sync/cli-args';
import { createProgressBar, renderBar } from '@tandem/web/sync/progress-bar';
import { readCursor, resolveSyncOptions } from '@tandem/web/sync/index';

describe('bulkQueryText', () => {
  it('inlines a string value and drops an argument whose value is null', () => {
    expect(bulkQueryText(BulkProductsDocument, { query: "updated_at:>='2026-01-01'" })).toContain(
      `products(query: "updated_at:>='2026-01-01'")`,
    );
    const all = bulkQueryText(BulkProductsDocument, { query: null });
    expect(all).toContain('products {');
    expect(all).not.toContain('$query');
    expect(() => bulkQueryText(BulkProductsDocument, {})).toThrow('no value for $query');
  });
});

describe('readCursor', () => {
  it('reads only cursors this sync wrote', () => {
    const cursor = {
      v: 1,
      phase: 'orders',
      startedAt: '2026-11-01T00:00:00.000Z',
      productQuery: null,
      orderQuery: "created_at:>='x'",
      totals: { products: 4, orders: null },
      after: 'abc',
      window: null,
      windowOffset: 250,
      bulk: null,
    };
    expect(readCursor(cursor)).toEqual(cursor);
    expect(readCursor({ ...cursor, phase: 'unknown' })).toBeUndefined();
    expect(readCursor({ ...cursor, bulk: { id: 7 } })).toBeUndefined();
    expect(readCursor({ ...cursor, v: 2 })).toBeUndefined();
    expect(readCursor('page-2')).toBeUndefined();
  });
});

describe('resolveSyncOptions', () => {
  it('fills defaults and names every bad option', () => {
    expect(resolveSyncOptions({ customerHashKey: 'k' })).toMatchObject({
      kind: 'full',
      maxPageSize: 250,
      orderWindowDays: 60,
    });
    expect(() => resolveSyncOptions({ customerHashKey: '', maxPageSize: 500, firstPageSize: 0 })).toThrow(
      'Invalid sync options: customerHashKey must not be empty; maxPageSize must be an integer from 1 to 250 (got 500); firstPageSize must be an integer from 1 to 250 (got 0)',
    );
  });
});

describe('sync CLI', () => {
  it('parses the shop, kind and path, and names bad arguments', () => {
    expect(
      parseSyncCliArgs([
        '--shop',
        'demo.myshopify.com',
        '--kind',
        'reconcile',
        '--path',
        'bulk',
        '--all-orders',
      ]),
    ).toEqual({
      kind: 'run',
      args: { shop: 'demo.myshopify.com', kind: 'reconcile', path: 'bulk', allOrders: true },
    });
    const bad = parseSyncCliArgs(['--shop', 'Demo', '--kind', 'weekly', '--verbose']);
    expect(bad.kind === 'error' && bad.message.split('\n\n')[0]).toBe(
      '--kind must be one of full, incremental, reconcile (got "weekly")\nunknown option --verbose\n--shop must be a name.myshopify.com domain (got "Demo")',
    );
    expect(parseSyncCliArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it('draws a bar in place on a terminal and only lasting lines elsewhere', () => {
    expect(renderBar('products', 1_250, 5_000)).toBe(
      `products  [${'█'.repeat(7)}${'░'.repeat(21)}] 1,250 / 5,000  25%`,
    );
    const tty: string[] = [];
    const bar = createProgressBar({ isTTY: true, write: (text) => tty.push(text) });
    bar({ type: 'progress', phase: 'orders', done: 1, total: 2 });
    bar({ type: 'swept', deleted: 3 });
    expect(tty).toEqual([renderBar('orders', 1, 2), '\r\x1b[2Kremoved 3 products no longer in Shopify\n']);
    const log: string[] = [];
    const plain = createProgressBar({ write: (text) => log.push(text) });
    plain({ type: 'progress', phase: 'orders', done: 1, total: 2 });
    plain({ type: 'skipped', phase: 'orders', id: 'gid://shopify/Order/1', reason: 'bad' });
    expect(log).toEqual(['orders: skipped gid://shopify/Order/1: bad\n']);
  });
});
