// Bulk operation files over real HTTP: JSONL downloads, the truncation fault, and staged uploads for bulk mutations.
import { describe, expect, it, jest } from '@jest/globals';
import type { Emulator } from '@tandem/emulator';
import { adminQuery, offlineToken, SHOP, startEmulator } from './support/harness.js';

// The engine builds the Admin schema (~10 MB) on first use in each test file: allow for that cold start.
jest.setTimeout(30_000);

const BULK_PRODUCTS = `mutation { bulkOperationRunQuery(query: """{ products { edges { node { id variants { edges { node { id } } } } } } }""") {
  bulkOperation { id } userErrors { message } } }`;

/** Polls currentBulkOperation until it completes and returns its file URL. */
async function completedBulkUrl(
  emulator: Emulator,
  token: string,
  type: 'QUERY' | 'MUTATION',
): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const { body } = await adminQuery(
      emulator,
      token,
      `{ currentBulkOperation(type: ${type}) { status url } }`,
    );
    const operation = body.data.currentBulkOperation as { status: string; url: string | null };
    if (operation.status === 'COMPLETED' && operation.url) return operation.url;
    if (operation.status === 'FAILED') throw new Error('bulk operation failed');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('bulk operation did not complete');
}

async function runBulkQuery(emulator: Emulator, token: string): Promise<string> {
  const started = await adminQuery(emulator, token, BULK_PRODUCTS);
  expect(started.body.data.bulkOperationRunQuery.userErrors).toEqual([]);
  const url = await completedBulkUrl(emulator, token, 'QUERY');
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return response.text();
}

describe('bulk files', () => {
  it('serves the JSONL of a finished bulk query at its url, and cuts the next file short on request', async () => {
    // Given a fast emulator (bulk operations finish within milliseconds)
    const emulator = await startEmulator({ timeScale: 1000 });
    try {
      const token = await offlineToken(emulator);
      // When a bulk query runs normally
      const full = await runBulkQuery(emulator, token);
      const lines = full.trim().split('\n');
      // Then every line is JSON and nested variants point at their product
      expect(lines).toHaveLength(9);
      expect(
        lines.map((line) => JSON.parse(line) as { __parentId?: string }).filter((line) => line.__parentId),
      ).toHaveLength(6);
      // When the next file is cut at half its size
      await emulator.control.truncateNextBulkFile({ shop: SHOP, fraction: 0.5 });
      const cut = await runBulkQuery(emulator, token);
      // Then the download is a strict prefix of the full file
      expect(cut.length).toBeLessThan(full.length);
      expect(full.startsWith(cut)).toBe(true);
    } finally {
      await emulator.close();
    }
  });

  it("fails the next download of a shop's bulk file with an injected 502, then serves it", async () => {
    const emulator = await startEmulator({ timeScale: 1000 });
    try {
      const token = await offlineToken(emulator);
      await adminQuery(emulator, token, BULK_PRODUCTS);
      const url = await completedBulkUrl(emulator, token, 'QUERY');
      // Given a 502 for bulk downloads of this shop only
      await emulator.control.injectFault({
        kind: 'http-error',
        status: 502,
        target: 'bulk',
        shop: 'other.myshopify.com',
      });
      await emulator.control.injectFault({ kind: 'http-error', status: 502, target: 'bulk', shop: SHOP });
      // Then the first download fails, the second succeeds, and the other shop's fault is untouched
      expect((await fetch(url)).status).toBe(502);
      expect((await fetch(url)).status).toBe(200);
      expect((await emulator.control.faults()).map((fault) => fault.spec.shop)).toEqual([
        'other.myshopify.com',
      ]);
    } finally {
      await emulator.close();
    }
  });

  it('answers 404 for an unknown bulk file', async () => {
    const emulator = await startEmulator();
    try {
      expect((await fetch(`${emulator.url}/bulk/nope.jsonl`)).status).toBe(404);
    } finally {
      await emulator.close();
    }
  });

  it('accepts a staged upload as a multipart form POST and runs the bulk mutation over it', async () => {
    const emulator = await startEmulator({ timeScale: 1000 });
    try {
      const token = await offlineToken(emulator);
      // Given a staged upload target
      const staged = await adminQuery(
        emulator,
        token,
        `mutation { stagedUploadsCreate(input: [{resource: BULK_MUTATION_VARIABLES, filename: "vars.jsonl", mimeType: "text/jsonl", httpMethod: POST}]) {
           stagedTargets { url parameters { name value } } userErrors { message } } }`,
      );
      const target = staged.body.data.stagedUploadsCreate.stagedTargets[0] as {
        url: string;
        parameters: { name: string; value: string }[];
      };
      // When the JSONL is posted as Shopify's storage expects (parameters first, then the file)
      const form = new FormData();
      for (const { name, value } of target.parameters) form.append(name, value);
      const line = (product: number) =>
        JSON.stringify({
          metafields: [
            {
              ownerId: `gid://shopify/Product/${product}`,
              namespace: '$app',
              key: 'offers',
              type: 'json',
              value: `[${product}]`,
            },
          ],
        });
      const jsonl = [line(101), line(102)].join('\n');
      form.append('file', new Blob([jsonl], { type: 'text/jsonl' }), 'vars.jsonl');
      const upload = await fetch(target.url, { method: 'POST', body: form });
      const key = target.parameters.find((p) => p.name === 'key')?.value ?? '';
      // Then the storage answers 201 with the key, and the bulk mutation runs over the file
      expect(upload.status).toBe(201);
      expect(await upload.text()).toContain(`<Key>${key}</Key>`);
      const run = await adminQuery(
        emulator,
        token,
        `mutation($path: String!) { bulkOperationRunMutation(mutation: "mutation call($metafields: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $metafields) { metafields { value } userErrors { message } } }", stagedUploadPath: $path) {
           bulkOperation { id } userErrors { message } } }`,
        { path: key },
      );
      expect(run.body.data.bulkOperationRunMutation.userErrors).toEqual([]);
      const results = await (await fetch(await completedBulkUrl(emulator, token, 'MUTATION'))).text();
      expect(results.trim().split('\n')).toHaveLength(2);
      expect(results).toContain('[102]');
      const stored = await emulator.control.metafield({
        shop: SHOP,
        ownerId: 'gid://shopify/Product/102',
        namespace: '$app',
        key: 'offers',
      });
      expect(stored).toEqual({ type: 'json', value: '[102]' });
    } finally {
      await emulator.close();
    }
  });

  it('rejects a staged upload without the key or file field', async () => {
    const emulator = await startEmulator();
    try {
      const form = new FormData();
      form.append('file', new Blob(['{}']), 'vars.jsonl');
      const response = await fetch(`${emulator.url}/staged-uploads`, { method: 'POST', body: form });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('InvalidArgument');
    } finally {
      await emulator.close();
    }
  });
});

describe('product images', () => {
  it("serves the seed products' SVG images", async () => {
    const emulator = await startEmulator();
    try {
      const response = await fetch(`${emulator.url}/images/coffee-1.svg`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('image/svg+xml');
      expect(await response.text()).toMatch(/^<svg /);
      expect((await fetch(`${emulator.url}/images/none.svg`)).status).toBe(404);
    } finally {
      await emulator.close();
    }
  });
});
