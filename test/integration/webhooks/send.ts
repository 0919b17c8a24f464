import { readFileSync } from 'node:fs';
import request from 'supertest';
import { signedWebhookHeaders } from '../../support/webhooks.js';
import type { buildWebhookHarness } from './harness.js';
import { SHOP } from './harness.js';

export type Harness = Awaited<ReturnType<typeof buildWebhookHarness>>;

/** An Admin API response fixture (admin/*.json) as the queued fetch's body. */
export const adminResponse = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./admin/${name}.json`, import.meta.url), 'utf8'));

/** POSTs a raw body to the app with Shopify's headers and a real HMAC. */
export function send(
  h: Harness,
  topic: string,
  body: string,
  options: {
    shop?: string;
    webhookId?: string;
    eventId?: string;
    secret?: string;
    triggeredAt?: string;
    headers?: Record<string, string>;
  } = {},
) {
  const headers = {
    ...signedWebhookHeaders(body, { topic, shop: options.shop ?? SHOP, ...options }),
    ...options.headers,
  };
  return request(h.server).post('/webhooks').set(headers).send(body);
}
