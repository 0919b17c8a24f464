/**
 * Test harness: a fresh engine on a fake clock with one test shop (see state/test-shop.ts), and helpers
 * that run Admin/Storefront GraphQL and return the JSON body. Tests advance time with `advance(ms)`.
 */
import { createEngine } from '../create-engine.js';
import { buildTestSeed, type TestSeedOptions } from '../../state/test-shop.js';
import type { ChangeEvent, EmulatorEngine, EngineOptions, ShopOptions } from '../types.js';

export const TEST_DOMAIN = 'test-shop.myshopify.com';
export const ALL_SCOPES = [
  'read_products',
  'write_products',
  'read_orders',
  'write_orders',
  'read_all_orders',
  'read_discounts',
  'write_discounts',
  'read_customers',
] as const;
/** 2025-02-01T00:00:00Z: one month after the test seed's first timestamps. */
export const START_MS = Date.UTC(2025, 1, 1);

export interface GraphqlResult {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly {
    message: string;
    path?: readonly (string | number)[];
    extensions?: Record<string, unknown>;
  }[];
  readonly extensions?: {
    cost?: {
      requestedQueryCost: number;
      actualQueryCost: number | null;
      throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
    };
    search?: unknown;
  };
}

export interface Harness {
  readonly engine: EmulatorEngine;
  readonly events: ChangeEvent[];
  advance(ms: number): void;
  now(): number;
  admin(
    query: string,
    variables?: Record<string, unknown>,
    scopes?: readonly string[],
  ): Promise<GraphqlResult>;
  storefront(query: string, variables?: Record<string, unknown>): Promise<GraphqlResult>;
}

export function harness(
  seed: TestSeedOptions = {},
  shop: ShopOptions = {},
  options: EngineOptions = {},
): Harness {
  let now = START_MS;
  const engine = createEngine({ clock: () => now, appId: '4242', ...options });
  engine.addShop(buildTestSeed(seed), shop);
  const events: ChangeEvent[] = [];
  engine.onChange((event) => events.push(event));
  return {
    engine,
    events,
    advance: (ms) => {
      now += ms;
    },
    now: () => now,
    admin: async (query, variables, scopes = ALL_SCOPES) =>
      (
        await engine.executeAdmin(
          TEST_DOMAIN,
          { query, variables: variables ?? null },
          { apiVersion: '2026-10', scopes },
        )
      ).body as GraphqlResult,
    storefront: async (query, variables) =>
      (await engine.executeStorefront(TEST_DOMAIN, { query, variables: variables ?? null }))
        .body as GraphqlResult,
  };
}

/** `data` of a result, failing loudly (with the errors) when the request did not succeed. */
export function dataOf(result: GraphqlResult): Record<string, unknown> {
  if (result.errors || !result.data)
    throw new Error(`GraphQL failed: ${JSON.stringify(result.errors ?? result)}`);
  return result.data;
}
