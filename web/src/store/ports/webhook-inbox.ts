import type { ShopDomain } from '../../domain/shop.js';
import type { NewWebhookDelivery, WebhookDelivery } from '../../domain/webhook.js';

export type RecordResult =
  | { readonly kind: 'new'; readonly delivery: WebhookDelivery }
  | { readonly kind: 'duplicate'; readonly delivery: WebhookDelivery };

/** The durable webhook inbox: persist, then acknowledge, then process from the queue. */
export interface WebhookInbox {
  /** Stores a delivery once per (shop, eventId), atomically even under concurrent redeliveries. */
  record(shop: ShopDomain, delivery: NewWebhookDelivery): Promise<RecordResult>;
  get(shop: ShopDomain, eventId: string): Promise<WebhookDelivery | undefined>;
  /** Stamps processedAt; false when the delivery is unknown (e.g. erased by shop/redact meanwhile). */
  markProcessed(shop: ShopDomain, eventId: string): Promise<boolean>;
  /** Unprocessed deliveries of the shop, oldest received first: what the outbox re-enqueues. */
  listUnprocessed(
    shop: ShopDomain,
    options?: { readonly limit?: number },
  ): Promise<readonly WebhookDelivery[]>;
  /** Shops that have unprocessed deliveries (the only cross-shop read, for recovery at start-up). */
  shopsWithUnprocessed(): Promise<readonly ShopDomain[]>;
  /** Deletes processed deliveries received before `before` (their payloads may hold buyer data). */
  purgeProcessed(shop: ShopDomain, before: string): Promise<number>;
}
