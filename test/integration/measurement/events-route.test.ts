import { describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import request from 'supertest';
import { createServer } from '@tandem/web/http/create-server';
import { eventsRoutes } from '@tandem/web/http/routes/events-routes';
import { createLogger } from '@tandem/web/logger';
import { createEventIngest, hashCheckoutToken, type IngestLimits } from '@tandem/web/measurement/index';
import { createMemoryStores } from '@tandem/web/store/index';

const SHOP = 'events-route.myshopify.com';
const NOW = new Date('2025-03-02T12:00:00.000Z');
const MARCH = { from: '2025-03-01T00:00:00Z', to: '2025-04-01T00:00:00Z' };

const event = (overrides: Record<string, unknown> = {}) => ({
  v: 1,
  event: 'eligible',
  offerId: null,
  arm: 'treatment',
  target: 'block',
  checkoutToken: 'c1a2b3',
  ts: NOW.getTime() - 2_000,
  ...overrides,
});
const body = (events: unknown[], shop = SHOP) => JSON.stringify({ shop, events });

/** A fresh app slice per test: the real events route and ingest over memory stores, with one shop installed. */
async function harness(limits: Partial<IngestLimits> = {}) {
  const stores = createMemoryStores();
  await stores.shops.markInstalled(SHOP, { scopes: ['read_orders'], at: '2025-01-01T00:00:00.000Z' });
  const ingest = createEventIngest({ stores, now: () => NOW, limits, writer: { maxWaitMs: 1 } });
  const logger = createLogger({ logLevel: 'silent' }, new Writable({ write: (_c, _e, done) => done() }));
  const server = createServer({ logger, readiness: [], routes: [eventsRoutes({ ingest })] });
  const post = (text: string, type = 'text/plain') =>
    request(server).post('/api/events').set('Content-Type', type).send(text);
  return { stores, server, post };
}

describe('POST /api/events', () => {
  it('stores a text/plain batch from the pixel with the checkout token hashed, answering CORS', async () => {
    // Given an installed shop
    const { stores, post } = await harness();
    // When the pixel beacons an eligible and an impression event
    const response = await post(
      body([event(), event({ event: 'impression', offerId: '7001-8002', ts: NOW.getTime() - 1_000 })]),
    );
    // Then both are stored under the hashed token, and any origin may read the answer
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ accepted: 2 });
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const stored = await stores.events.list(SHOP, MARCH);
    expect(stored.items.map((e) => [e.type, e.checkoutToken, e.offerId])).toEqual([
      ['eligible', hashCheckoutToken('c1a2b3'), null],
      ['impression', hashCheckoutToken('c1a2b3'), '7001-8002'],
    ]);
    expect(JSON.stringify(stored)).not.toContain('c1a2b3');
    // And the day is waiting for its rollup
    expect((await stores.measurement.dirtyDays(SHOP)).map((d) => d.day)).toEqual(['2025-03-02']);
  });

  it('accepts application/json too, and answers the CORS preflight', async () => {
    const { post, server } = await harness();
    expect((await post(body([event()]), 'application/json')).body).toEqual({ accepted: 1 });
    const preflight = await request(server)
      .options('/api/events')
      .set('Origin', 'https://extensions.shopifycdn.com');
    expect(preflight.status).toBe(204);
    expect(preflight.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'POST, OPTIONS',
      'access-control-allow-headers': 'Content-Type',
    });
  });

  it.each([
    ['an unknown field', body([event({ email: 'buyer@example.com' })]), 'events[0]', 'email'],
    ['a wrong type', body([event({ ts: '2025-03-02T11:00:00Z' })]), 'events[0].ts', 'number'],
    ['a future timestamp', body([event({ ts: NOW.getTime() + 3_600_000 })]), 'events[0].ts', 'in the future'],
    ['an unknown shop', body([event()], 'stranger.myshopify.com'), 'shop', 'does not have Tandem installed'],
    ['a body that is not JSON', '{"shop":', undefined, 'not valid JSON'],
  ])('answers 400 naming the reason for %s, storing nothing', async (_case, text, path, reason) => {
    const { stores, post } = await harness();
    const response = await post(text);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_input');
    expect(JSON.stringify(response.body.error)).toContain(reason);
    if (path) expect(response.body.error.issues.map((issue: { path: string }) => issue.path)).toContain(path);
    expect(await stores.events.count(SHOP)).toBe(0);
    expect(await stores.measurement.dirtyDays(SHOP)).toEqual([]);
  });

  it('answers 413 to a body over the size limit, before reading it', async () => {
    const { stores, post } = await harness({ maxBodyBytes: 1_024 });
    const big = body(Array.from({ length: 20 }, () => event()));
    expect(big.length).toBeGreaterThan(1_024);
    const response = await post(big);
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
    expect(await stores.events.count(SHOP)).toBe(0);
  });

  it('answers 429 with Retry-After past the per-IP request budget; other addresses go on', async () => {
    const { post, server } = await harness({ perIp: { capacity: 2, refillPerSecond: 0.5 } });
    expect((await post(body([event()]))).status).toBe(200);
    expect((await post(body([event()]))).status).toBe(200);
    const limited = await post(body([event()]));
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('2');
    expect(limited.body.error.code).toBe('rate_limited');
    // A client behind the (loopback) proxy is told apart by X-Forwarded-For
    const other = await request(server)
      .post('/api/events')
      .set('Content-Type', 'text/plain')
      .set('X-Forwarded-For', '203.0.113.9')
      .send(body([event()]));
    expect(other.status).toBe(200);
  });

  it('answers 429 past the per-shop event budget, storing nothing of the refused batch', async () => {
    const { stores, post } = await harness({ perShop: { capacity: 3, refillPerSecond: 1 } });
    expect((await post(body([event(), event()]))).status).toBe(200);
    const limited = await post(body([event(), event()]));
    expect(limited.status).toBe(429);
    expect(limited.body.error.message).toContain(SHOP);
    expect(await stores.events.count(SHOP)).toBe(2);
  });
});
