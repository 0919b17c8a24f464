/** A sync over the queued fake fetch and memory stores, on a fake clock that `sleep` advances. */
import { readFileSync } from 'node:fs';
import { createAdminClient } from '@tandem/web/shopify/admin/client';
import type { AdminLogEvent } from '@tandem/web/shopify/admin/types';
import { createMemoryStores } from '@tandem/web/store/index';
import type { SyncDeps, SyncEvent, SyncOptions } from '@tandem/web/sync/index';
import { createQueuedFetch, type QueuedResponse } from '../../support/queued-fetch.js';
import { ADMIN_API_VERSION } from '@tandem/web/config';

export const SHOP = 'tandem-test.myshopify.com';
export const HASH_KEY = 'test-app-secret';

export const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));
export const fixtureText = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** A canned answer for operation `operationName` from fixture `name`. */
export const answer = (
  operationName: string,
  name: string,
  variables?: Record<string, unknown>,
): QueuedResponse => ({
  operationName,
  body: fixture(name),
  ...(variables ? { variables } : {}),
});

/** A bulk result file download. */
export const file = (name: string): QueuedResponse => ({ body: fixtureText(name) });

export function createHarness(responses: readonly QueuedResponse[], start = '2026-11-01T00:00:00.000Z') {
  const queued = createQueuedFetch(responses);
  let clock = Date.parse(start);
  const sleeps: number[] = [];
  const clientEvents: AdminLogEvent[] = [];
  const sleep = async (ms: number) => {
    sleeps.push(ms);
    clock += ms;
  };
  const client = createAdminClient({
    shop: SHOP,
    accessToken: 'shpat_test',
    apiVersion: ADMIN_API_VERSION,
    fetch: queued.fetch,
    now: () => clock,
    sleep,
    random: () => 0,
    maxAttempts: 2,
    backoff: { baseMs: 10, maxMs: 10, jitter: 0 },
    log: (event) => clientEvents.push(event),
  });
  const stores = createMemoryStores({ clock: () => new Date(clock) });
  const events: SyncEvent[] = [];
  const deps = (
    options: Partial<SyncOptions> = {},
    extra: Partial<Pick<SyncDeps, 'signal' | 'log'>> = {},
  ): SyncDeps => ({
    client,
    stores,
    shop: SHOP,
    now: () => new Date(clock),
    sleep,
    fetch: queued.fetch,
    log: (event) => events.push(event),
    options: {
      customerHashKey: HASH_KEY,
      bulkPoll: { initialMs: 1_000, factor: 2, maxMs: 4_000 },
      ...options,
    },
    ...extra,
  });
  /** Requests of one operation, in order. */
  const requestsOf = (operationName: string) =>
    queued.requests.filter((request) => request.operationName === operationName);
  return {
    queued,
    stores,
    sleeps,
    events,
    clientEvents,
    deps,
    requestsOf,
    advance: (ms: number) => (clock += ms),
  };
}
