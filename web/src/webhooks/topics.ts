/** Webhook topics the app subscribes to (shopify.app.toml) and processes. */
export const WEBHOOK_TOPICS = [
  'checkouts/create',
  'checkouts/update',
  'orders/create',
  'orders/updated',
  'products/create',
  'products/update',
  'products/delete',
  'inventory_levels/update',
  'app/uninstalled',
  'app_subscriptions/update',
  'app_subscriptions/approaching_capped_amount',
  'customers/data_request',
  'customers/redact',
  'shop/redact',
] as const;
export type WebhookTopic = (typeof WEBHOOK_TOPICS)[number];

/**
 * Topics about the app's relation to a shop or about privacy: Shopify sends them after uninstall too (shop/redact
 * 48 hours after it), so they are taken for a shop we know that is no longer installed. Every other topic carries
 * shop data, which is stored only while the shop is installed.
 */
export const LIFECYCLE_TOPICS: ReadonlySet<WebhookTopic> = new Set([
  'app/uninstalled',
  'customers/data_request',
  'customers/redact',
  'shop/redact',
]);

export function isWebhookTopic(value: unknown): value is WebhookTopic {
  return (WEBHOOK_TOPICS as readonly unknown[]).includes(value);
}

/** Tries a webhook gets (with the queue's backoff between them) before it becomes a dead letter. */
export const WEBHOOK_MAX_TRIES = 8;
