// Shared setup for the emulator conformance suites: a small shop, a test app, a fresh emulator per test.
import { createEmulator, type Emulator, type EmulatorOptions } from '@tandem/emulator';
import { buildTestSeed } from '@tandem/emulator/state/test-shop';
import { ADMIN_API_VERSION } from '@tandem/web/config';

export const TEST_APP = {
  clientId: 'test-client-id',
  clientSecret: 'test-client-secret',
  appId: '4242',
  scopes: ['read_products', 'write_products', 'read_orders'],
} as const;

export const SHOP = 'test-shop.myshopify.com';
export const ADMIN_VERSION = ADMIN_API_VERSION;

/** A fresh emulator over a 3-product, 2-order shop; fast webhook retries unless overridden. */
export function startEmulator(overrides: Partial<EmulatorOptions> = {}): Promise<Emulator> {
  return createEmulator({
    apps: [TEST_APP],
    shops: [buildTestSeed()],
    webhookRetry: { baseDelayMs: 10, timeoutMs: 1_000 },
    ...overrides,
  });
}

export function adminUrl(emulator: Emulator, shop = SHOP): string {
  return `${emulator.url}/shops/${shop}/admin/api/${ADMIN_VERSION}/graphql.json`;
}

/** Response JSON as tests read it (they assert on its shape, so a loose type is the honest one). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** POSTs a GraphQL document to the Admin API with an access token. */
export async function adminQuery(
  emulator: Emulator,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; body: Json }> {
  const response = await fetch(adminUrl(emulator), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token !== null && { 'X-Shopify-Access-Token': token }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

/** An installed app's offline token, as a merchant install hands it out. */
export async function offlineToken(emulator: Emulator, shop = SHOP): Promise<string> {
  return (await emulator.control.installApp({ shop, clientId: TEST_APP.clientId })).accessToken;
}
