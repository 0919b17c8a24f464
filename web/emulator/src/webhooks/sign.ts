import { createHmac } from 'node:crypto';

/**
 * X-Shopify-Hmac-Sha256: base64 HMAC-SHA256 of the raw body with the app's client secret
 * (https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook).
 */
export function signWebhookBody(rawBody: string, clientSecret: string): string {
  return createHmac('sha256', clientSecret).update(rawBody, 'utf8').digest('base64');
}
