/** Webhook topics the app subscribes to (shopify.app.toml) and processes. */
export const WEBHOOK_TOPICS = [
  'orders/create',
  'orders/updated',
  'products/create',
  'products/update',
  'products/delete',
  'inventory_levels/update',
  'app/uninstalled',
  'customers/data_request',
  'customers/redact',
  'shop/redact',
] as const;
export type WebhookTopic = (typeof WEBHOOK_TOPICS)[number];

export function isWebhookTopic(value: unknown): value is WebhookTopic {
  return (WEBHOOK_TOPICS as readonly unknown[]).includes(value);
}
