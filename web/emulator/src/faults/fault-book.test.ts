import { describe, expect, it } from '@jest/globals';
import { FaultBook } from './fault-book.js';
import { seededRandom } from './random.js';

const admin = { shop: 'a.myshopify.com', target: 'admin' as const };

describe('FaultBook', () => {
  it('fires a counted fault on the next N matching occurrences only, then forgets it', () => {
    // Given two 503s for the Admin API of one shop
    const book = new FaultBook(seededRandom(1));
    book.add({ kind: 'http-error', status: 503, target: 'admin', shop: 'a.myshopify.com', count: 2 });
    // When requests for another shop, the Storefront API and the Admin API pass
    expect(book.take(['http-error'], { ...admin, shop: 'b.myshopify.com' })).toBeUndefined();
    expect(book.take(['http-error'], { ...admin, target: 'storefront' })).toBeUndefined();
    // Then only the two matching Admin requests fail
    expect(book.take(['http-error'], admin)?.kind).toBe('http-error');
    expect(book.take(['http-error'], admin)?.kind).toBe('http-error');
    expect(book.take(['http-error'], admin)).toBeUndefined();
    expect(book.list()).toEqual([]);
  });

  it('fires once when neither count nor share is given, and `any` matches every target', () => {
    const book = new FaultBook(seededRandom(1));
    book.add({ kind: 'timeout', target: 'any' });
    expect(book.take(['timeout'], { shop: 'x', target: 'bulk' })?.kind).toBe('timeout');
    expect(book.take(['timeout'], { shop: 'x', target: 'bulk' })).toBeUndefined();
  });

  it('fires a share of occurrences reproducibly for the same seed, capped by count', () => {
    const run = () => {
      const book = new FaultBook(seededRandom(42));
      book.add({ kind: 'throttle', share: 0.3, count: 5 });
      return Array.from({ length: 100 }, () => book.take(['throttle'], admin) !== undefined);
    };
    const fired = run();
    expect(fired.filter(Boolean)).toHaveLength(5);
    expect(fired.indexOf(true)).toBeGreaterThan(0);
    expect(run()).toEqual(fired);
  });

  it('matches webhook faults by topic and ignores other kinds', () => {
    const book = new FaultBook(seededRandom(1));
    book.add({ kind: 'drop-webhook', topic: 'orders/create' });
    expect(book.take(['http-error'], { shop: 'x', target: 'admin' })).toBeUndefined();
    expect(book.take(['drop-webhook'], { shop: 'x', topic: 'products/update' })).toBeUndefined();
    expect(book.take(['drop-webhook'], { shop: 'x', topic: 'orders/create' })?.kind).toBe('drop-webhook');
  });

  it('reset removes every rule and reports how many there were', () => {
    const book = new FaultBook(seededRandom(1));
    book.add({ kind: 'throttle' });
    book.add({ kind: 'duplicate-webhook' });
    expect(book.reset()).toBe(2);
    expect(book.list()).toEqual([]);
  });
});
