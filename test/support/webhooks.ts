import { createHmac, randomUUID } from 'node:crypto';
import { ADMIN_API_VERSION } from '@tandem/web/config';

export const TEST_APP = { apiKey: 'test-client-id', apiSecret: 'test-client-secret' } as const;

/** Headers Shopify sends with a webhook, with a real HMAC-SHA256 of the exact body under the app secret. */
export function signedWebhookHeaders(
  body: string,
  options: {
    topic: string;
    shop: string;
    /** X-Shopify-Webhook-Id: one delivery, kept on Shopify's retries of it (the idempotency key). */
    webhookId?: string;
    /** X-Shopify-Event-Id: shared by every delivery of one merchant action. */
    eventId?: string;
    secret?: string;
    triggeredAt?: string;
  },
): Record<string, string> {
  return {
    'Content-Type': 'application/json',
    'X-Shopify-Topic': options.topic,
    'X-Shopify-Hmac-Sha256': createHmac('sha256', options.secret ?? TEST_APP.apiSecret)
      .update(body, 'utf8')
      .digest('base64'),
    'X-Shopify-Shop-Domain': options.shop,
    'X-Shopify-API-Version': ADMIN_API_VERSION,
    'X-Shopify-Webhook-Id': options.webhookId ?? randomUUID(),
    'X-Shopify-Event-Id': options.eventId ?? randomUUID(),
    'X-Shopify-Triggered-At': options.triggeredAt ?? new Date().toISOString(),
  };
}
