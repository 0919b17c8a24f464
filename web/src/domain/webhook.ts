import type { JsonValue } from './json.js';
import type { ShopDomain } from './shop.js';

/**
 * A webhook as persisted before it is acknowledged (the durable inbox), deduplicated by X-Shopify-Webhook-Id:
 * one delivery, the same on Shopify's retries of it. X-Shopify-Event-Id is kept for correlation only, as one
 * merchant action (an order placed) shares it across topics (orders/create, products/update…).
 */
export interface WebhookDelivery {
  readonly shop: ShopDomain;
  /** X-Shopify-Webhook-Id. */
  readonly webhookId: string;
  /** X-Shopify-Event-Id, when sent. */
  readonly eventId: string | null;
  readonly topic: string;
  /** X-Shopify-Triggered-At. */
  readonly triggeredAt: string;
  readonly payload: JsonValue;
  readonly receivedAt: string;
  /** Hash of the payload's customer id (orders, privacy topics), so customers/redact finds the raw payloads. */
  readonly customerHash: string | null;
  readonly processedAt: string | null;
  /** Failed processing tries so far. */
  readonly failures: number;
  /** Set when the tries ran out (dead letter): no longer swept, shown on the admin Sync page to retry. */
  readonly deadAt: string | null;
  /** The last failure's error (name and message, never the payload). */
  readonly lastError: string | null;
}

export type NewWebhookDelivery = Omit<
  WebhookDelivery,
  'shop' | 'processedAt' | 'failures' | 'deadAt' | 'lastError' | 'eventId' | 'customerHash'
> & { readonly eventId?: string | null; readonly customerHash?: string | null };
