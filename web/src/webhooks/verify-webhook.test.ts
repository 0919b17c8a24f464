import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { verifyWebhook } from './verify-webhook.js';

const SECRET = 'app-secret';
const body = Buffer.from(JSON.stringify({ id: 1, title: 'Café crème ☕' }), 'utf8');
const sign = (bytes: Buffer, secret = SECRET) => createHmac('sha256', secret).update(bytes).digest('base64');

function headers(overrides: Record<string, string | undefined> = {}) {
  const all: Record<string, string | undefined> = {
    'x-shopify-hmac-sha256': sign(body),
    'x-shopify-topic': 'ORDERS/create',
    'x-shopify-shop-domain': 'a.myshopify.com',
    'x-shopify-api-version': '2026-10',
    'x-shopify-webhook-id': 'w-1',
    'x-shopify-event-id': 'e-1',
    'x-shopify-triggered-at': '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
  return (name: string) => all[name];
}

describe('verifyWebhook', () => {
  it('accepts a delivery signed over its exact bytes and reads its headers', () => {
    expect(verifyWebhook(body, headers(), SECRET)).toEqual({
      valid: true,
      topic: 'orders/create',
      domain: 'a.myshopify.com',
      apiVersion: '2026-10',
      webhookId: 'w-1',
      eventId: 'e-1',
      triggeredAt: '2026-11-01T00:00:00.000Z',
    });
  });

  it('rejects another secret, a changed body and a malformed signature', () => {
    expect(verifyWebhook(body, headers({ 'x-shopify-hmac-sha256': sign(body, 'other') }), SECRET)).toEqual({
      valid: false,
      reason: 'invalid_hmac',
    });
    const changed = Buffer.from(body.toString('utf8').replace('crème', 'creme'), 'utf8');
    expect(verifyWebhook(changed, headers(), SECRET).valid).toBe(false);
    expect(verifyWebhook(body, headers({ 'x-shopify-hmac-sha256': 'not base64 at all' }), SECRET).valid).toBe(
      false,
    );
  });

  it('names every missing required header, and treats event id and time as optional', () => {
    expect(
      verifyWebhook(body, headers({ 'x-shopify-topic': undefined, 'x-shopify-webhook-id': '' }), SECRET),
    ).toEqual({
      valid: false,
      reason: 'missing_headers',
      missing: ['x-shopify-topic', 'x-shopify-webhook-id'],
    });
    expect(
      verifyWebhook(body, headers({ 'x-shopify-event-id': undefined, 'x-shopify-triggered-at': '' }), SECRET),
    ).toMatchObject({ valid: true, eventId: undefined, triggeredAt: undefined });
  });
});
