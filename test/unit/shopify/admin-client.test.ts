import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import {
  assertNoUserErrors,
  createAdminClient,
  GraphqlRequestError,
  type AdminCredentials,
} from '@tandem/web/shopify/admin/client';
import { ShopInfoDocument } from '@tandem/web/shopify/admin/generated/graphql';
import type { AdminLogEvent } from '@tandem/web/shopify/admin/types';
import { ShopifyUserError, ShopUninstalledError, UnavailableError } from '@tandem/web/errors';
import { createQueuedFetch, type QueuedResponse } from '../../support/queued-fetch.js';
import { ADMIN_API_VERSION } from '@tandem/web/config';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));

function buildClient(
  responses: QueuedResponse[],
  overrides: { onAuthFailure?: (status: number) => void; accessToken?: AdminCredentials } = {},
) {
  const queued = createQueuedFetch(responses);
  const sleeps: number[] = [];
  const events: AdminLogEvent[] = [];
  let clock = 0;
  const client = createAdminClient({
    shop: 'tandem-demo.myshopify.com',
    accessToken: 'shpat_test',
    apiVersion: ADMIN_API_VERSION,
    fetch: queued.fetch,
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    random: () => 0,
    log: (event) => events.push(event),
    ...overrides,
  });
  return { client, queued, sleeps, events };
}

describe('admin client', () => {
  it('sends the typed operation with the access token and returns data and cost', async () => {
    // Given Shopify answers the shop query
    const { client, queued } = buildClient([{ operationName: 'ShopInfo', body: fixture('shop-info') }]);
    // When the client asks for it
    const result = await client.request(ShopInfoDocument, {});
    // Then the request went to the shop's Admin endpoint with the token, and data + cost come back
    expect(queued.requests[0]?.url).toBe('https://tandem-demo.myshopify.com/admin/api/2026-10/graphql.json');
    expect(queued.requests[0]?.headers['x-shopify-access-token']).toBe('shpat_test');
    expect(result.data.shop.currencyCode).toBe('EUR');
    expect(result.cost?.throttleStatus.currentlyAvailable).toBe(1998);
    queued.assertAllUsed();
  });

  it('waits before a request the bucket cannot afford instead of getting throttled', async () => {
    // Given the last answer left 150 points and this operation costs 400
    const { client, queued, sleeps, events } = buildClient([
      { operationName: 'ShopInfo', body: fixture('shop-info-low-bucket') },
      { operationName: 'ShopInfo', body: fixture('shop-info') },
    ]);
    await client.request(ShopInfoDocument, {});
    // When the same operation runs again
    await client.request(ShopInfoDocument, {});
    // Then it first waited (400 − 150) / 100 per s = 2.5 s
    expect(sleeps).toEqual([2_500]);
    expect(events.filter((event) => event.type === 'throttle-wait')).toHaveLength(1);
    queued.assertAllUsed();
  });

  it('retries a THROTTLED answer after the bucket has refilled enough', async () => {
    const { client, queued, sleeps } = buildClient([
      { operationName: 'ShopInfo', body: fixture('throttled') },
      { operationName: 'ShopInfo', body: fixture('shop-info') },
    ]);
    const result = await client.request(ShopInfoDocument, {});
    // 752 requested, 552 available, 100/s → 2 s
    expect(sleeps).toEqual([2_000]);
    expect(result.data.shop.name).toBe('Tandem Demo');
    queued.assertAllUsed();
  });

  it('retries 5xx and network errors with exponential backoff, then gives up', async () => {
    const { client, queued, sleeps } = buildClient([
      { status: 502, body: 'Bad gateway' },
      { networkError: 'socket hang up' },
      { status: 503, body: '{}' },
      { status: 500, body: '{}' },
      { status: 500, body: '{}' },
      { status: 500, body: '{}' },
    ]);
    await expect(client.request(ShopInfoDocument, {})).rejects.toBeInstanceOf(UnavailableError);
    expect(sleeps).toEqual([500, 1_000, 2_000, 4_000, 8_000]);
    queued.assertAllUsed();
  });

  it('turns 401 into a non-retryable uninstall error and reports it once', async () => {
    const failures: number[] = [];
    const { client, queued, sleeps } = buildClient([{ status: 401, body: fixture('invalid-token') }], {
      onAuthFailure: (status) => failures.push(status),
    });
    await expect(client.request(ShopInfoDocument, {})).rejects.toBeInstanceOf(ShopUninstalledError);
    expect(failures).toEqual([401]);
    expect(sleeps).toEqual([]);
    queued.assertAllUsed();
  });

  it('refreshes an expiring token once on 401 and retries with the new one', async () => {
    // Given credentials whose token Shopify refuses once (it lapsed between our check and Shopify's)
    const refreshed: string[] = [];
    let current = 'shpat_old';
    const accessToken: AdminCredentials = {
      token: async () => current,
      refreshAfterUnauthorized: async (rejected) => {
        refreshed.push(rejected);
        current = 'shpat_new';
        return current;
      },
    };
    const { client, queued, sleeps } = buildClient(
      [
        { status: 401, body: fixture('invalid-token') },
        { operationName: 'ShopInfo', body: fixture('shop-info') },
      ],
      { accessToken },
    );
    // When a request is made
    const result = await client.request(ShopInfoDocument, {});
    // Then the rejected token was refreshed once, the retry carried the new one, without a backoff wait
    expect(result.data.shop.currencyCode).toBe('EUR');
    expect(refreshed).toEqual(['shpat_old']);
    expect(queued.requests.map((request) => request.headers['x-shopify-access-token'])).toEqual([
      'shpat_old',
      'shpat_new',
    ]);
    expect(sleeps).toEqual([]);
    queued.assertAllUsed();
  });

  it('gives up when the refreshed token is refused too (one refresh per request)', async () => {
    const failures: number[] = [];
    let refreshes = 0;
    const accessToken: AdminCredentials = {
      token: async () => `shpat_${refreshes}`,
      refreshAfterUnauthorized: async () => `shpat_${++refreshes}`,
    };
    const { client, queued } = buildClient(
      [
        { status: 401, body: fixture('invalid-token') },
        { status: 401, body: fixture('invalid-token') },
      ],
      { accessToken, onAuthFailure: (status) => failures.push(status) },
    );
    await expect(client.request(ShopInfoDocument, {})).rejects.toBeInstanceOf(ShopUninstalledError);
    expect([refreshes, failures]).toEqual([1, [401]]);
    queued.assertAllUsed();
  });

  it('does not retry a query Shopify rejects as invalid', async () => {
    const { client, queued } = buildClient([{ body: fixture('unknown-field') }]);
    await expect(client.request(ShopInfoDocument, {})).rejects.toThrow(GraphqlRequestError);
    queued.assertAllUsed();
  });
});

describe('assertNoUserErrors', () => {
  it('raises the userErrors with their fields', () => {
    const payload = (fixture('metafields-set-user-errors') as { data: { metafieldsSet: { userErrors: [] } } })
      .data.metafieldsSet;
    expect(() => assertNoUserErrors('metafieldsSet', payload.userErrors)).toThrow(ShopifyUserError);
    expect(() => assertNoUserErrors('metafieldsSet', payload.userErrors)).toThrow(
      'metafields.0.value: Value is too big',
    );
    expect(() => assertNoUserErrors('metafieldsSet', [])).not.toThrow();
  });
});
