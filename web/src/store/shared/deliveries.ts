import type { ShopDomain } from '../../domain/shop.js';
import type { NewWebhookDelivery, WebhookDelivery } from '../../domain/webhook.js';

/** A delivery as first recorded: unprocessed, never failed. */
export const freshDelivery = (shop: ShopDomain, delivery: NewWebhookDelivery): WebhookDelivery => ({
  shop,
  ...delivery,
  eventId: delivery.eventId ?? null,
  customerHash: delivery.customerHash ?? null,
  processedAt: null,
  failures: 0,
  deadAt: null,
  lastError: null,
});
