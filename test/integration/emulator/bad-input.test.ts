// Bad input over real HTTP: oversized and malformed requests get Shopify-shaped errors, the control API names bad fields.
import { describe, expect, it, jest } from '@jest/globals';
import { adminUrl, offlineToken, SHOP, startEmulator, type Json } from './support/harness.js';

// The engine builds the Admin schema (~10 MB) on first use in each test file: allow for that cold start.
jest.setTimeout(30_000);

async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: Json }> {
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, body: text.startsWith('{') ? (JSON.parse(text) as Json) : text };
}

describe('Admin API bad input', () => {
  it('answers 413 for a body over the limit, and keeps serving', async () => {
    const emulator = await startEmulator({ maxBodyBytes: 1024 });
    try {
      const token = await offlineToken(emulator);
      const headers = { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': token };
      const big = JSON.stringify({ query: `{ shop { name } } # ${'x'.repeat(2048)}` });
      expect(await post(adminUrl(emulator), big, headers)).toEqual({
        status: 413,
        body: { errors: 'Request body exceeds the size limit' },
      });
      expect(
        (await post(adminUrl(emulator), JSON.stringify({ query: '{ shop { name } }' }), headers)).status,
      ).toBe(200);
    } finally {
      await emulator.close();
    }
  });

  it('answers 400 naming the parameter for malformed JSON, a missing query or bad variables', async () => {
    const emulator = await startEmulator();
    try {
      const token = await offlineToken(emulator);
      const headers = { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': token };
      const malformed = await post(adminUrl(emulator), '{"query": "{ shop { name } }"', headers);
      const noQuery = await post(adminUrl(emulator), JSON.stringify({ variables: {} }), headers);
      const badVariables = await post(
        adminUrl(emulator),
        JSON.stringify({ query: '{ shop { name } }', variables: [1] }),
        headers,
      );
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors).toMatch(/^Bad Request: request body is not valid JSON/);
      expect(noQuery).toEqual({
        status: 400,
        body: { errors: { query: 'Required parameter missing or invalid' } },
      });
      expect(badVariables).toEqual({
        status: 400,
        body: { errors: { variables: 'Required parameter missing or invalid' } },
      });
    } finally {
      await emulator.close();
    }
  });

  it('accepts a bare query with Content-Type application/graphql', async () => {
    const emulator = await startEmulator();
    try {
      const token = await offlineToken(emulator);
      const answer = await post(adminUrl(emulator), '{ shop { name } }', {
        'Content-Type': 'application/graphql',
        'X-Shopify-Access-Token': token,
      });
      expect(answer).toMatchObject({ status: 200, body: { data: { shop: { name: 'Test Shop' } } } });
    } finally {
      await emulator.close();
    }
  });

  it('answers 404 for an unknown shop or path', async () => {
    const emulator = await startEmulator();
    try {
      const unknownShop = await post(adminUrl(emulator, 'nope.myshopify.com'), '{}', {
        'Content-Type': 'application/json',
      });
      const unknownPath = await fetch(`${emulator.url}/shops/${SHOP}/admin/api/2026-10/products.json`);
      expect(unknownShop).toEqual({ status: 404, body: { errors: 'Not Found' } });
      expect(unknownPath.status).toBe(404);
    } finally {
      await emulator.close();
    }
  });
});

describe('control API validation', () => {
  it('answers 400 naming each bad field', async () => {
    const emulator = await startEmulator();
    try {
      const answer = await post(
        `${emulator.url}/_control/orders`,
        JSON.stringify({
          shop: SHOP,
          lines: [{ variantId: 'gid://shopify/ProductVariant/10010', quantity: 0 }],
          createdAt: 'yesterday',
        }),
        { 'Content-Type': 'application/json' },
      );
      expect(answer.status).toBe(400);
      expect(answer.body.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
        'createdAt',
        'lines.0.quantity',
      ]);
      expect(answer.body.message).toContain('lines.0.quantity');
    } finally {
      await emulator.close();
    }
  });

  it('answers 400 for malformed JSON and 422 with the engine message for an unknown variant', async () => {
    const emulator = await startEmulator();
    try {
      const malformed = await post(`${emulator.url}/_control/faults`, '{"kind":', {
        'Content-Type': 'application/json',
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.message).toMatch(/not valid JSON/);
      const unknownVariant = await post(
        `${emulator.url}/_control/orders`,
        JSON.stringify({ shop: SHOP, lines: [{ variantId: 'gid://shopify/ProductVariant/1', quantity: 1 }] }),
        { 'Content-Type': 'application/json' },
      );
      expect(unknownVariant.status).toBe(422);
      expect(unknownVariant.body.message).toContain('gid://shopify/ProductVariant/1');
    } finally {
      await emulator.close();
    }
  });
});
