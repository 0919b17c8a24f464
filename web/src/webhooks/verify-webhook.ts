import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers every Shopify webhook carries (X-Shopify-Event-Id and -Triggered-At are read when present). */
export const REQUIRED_WEBHOOK_HEADERS = [
  'x-shopify-hmac-sha256',
  'x-shopify-topic',
  'x-shopify-shop-domain',
  'x-shopify-api-version',
  'x-shopify-webhook-id',
] as const;

export type WebhookCheck =
  | {
      readonly valid: true;
      readonly topic: string;
      readonly domain: string;
      readonly apiVersion: string;
      readonly webhookId: string;
      readonly eventId: string | undefined;
      readonly triggeredAt: string | undefined;
    }
  | { readonly valid: false; readonly reason: 'missing_headers'; readonly missing: readonly string[] }
  | { readonly valid: false; readonly reason: 'invalid_hmac' };

/**
 * Shopify's webhook check: base64 HMAC-SHA256 of the exact body bytes under the app's secret, compared in
 * constant time, then the headers every delivery has. The same rule as @shopify/shopify-api's
 * `webhooks.validate`, without its request adaptation, which cost more than the rest of the route under load
 * (`npm run bench:load`).
 */
export function verifyWebhook(
  rawBody: Buffer,
  header: (name: string) => string | undefined,
  secret: string,
): WebhookCheck {
  const missing = REQUIRED_WEBHOOK_HEADERS.filter((name) => !header(name));
  if (missing.length > 0) return { valid: false, reason: 'missing_headers', missing };
  const given = Buffer.from(header('x-shopify-hmac-sha256') ?? '', 'base64');
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { valid: false, reason: 'invalid_hmac' };
  return {
    valid: true,
    topic: (header('x-shopify-topic') ?? '').toLowerCase(),
    domain: header('x-shopify-shop-domain') ?? '',
    apiVersion: header('x-shopify-api-version') ?? '',
    webhookId: header('x-shopify-webhook-id') ?? '',
    eventId: header('x-shopify-event-id') || undefined,
    triggeredAt: header('x-shopify-triggered-at') || undefined,
  };
}
