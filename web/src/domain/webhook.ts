import type { JsonValue } from './json.js';
import type { ShopDomain } from './shop.js';

/** A webhook as persisted before it is acknowledged (the durable inbox), deduplicated by event id. */
export interface WebhookDelivery {
  readonly shop: ShopDomain;
  /** X-Shopify-Event-Id. */
  readonly eventId: string;
  readonly topic: string;
  /** X-Shopify-Triggered-At. */
  readonly triggeredAt: string;
  readonly payload: JsonValue;
  readonly receivedAt: string;
  readonly processedAt: string | null;
}

export type NewWebhookDelivery = Omit<WebhookDelivery, 'shop' | 'processedAt'>;
