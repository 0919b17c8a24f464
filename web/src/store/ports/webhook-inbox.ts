import type { ShopDomain } from '../../domain/shop.js';
import type { NewWebhookDelivery, WebhookDelivery } from '../../domain/webhook.js';

export type RecordResult =
  | { readonly kind: 'new'; readonly delivery: WebhookDelivery }
  | { readonly kind: 'duplicate'; readonly delivery: WebhookDelivery };

/** After a failed try: how many tries failed so far, and whether that made the delivery a dead letter. */
export interface FailureResult {
  readonly failures: number;
  readonly dead: boolean;
}

/** The durable webhook inbox: persist, then acknowledge, then process from the queue. */
export interface WebhookInbox {
  /** Stores a delivery once per (shop, webhookId), atomically even under concurrent redeliveries. */
  record(shop: ShopDomain, delivery: NewWebhookDelivery): Promise<RecordResult>;
  get(shop: ShopDomain, webhookId: string): Promise<WebhookDelivery | undefined>;
  /** Stamps processedAt; false when the delivery is unknown (e.g. erased by shop/redact meanwhile). */
  markProcessed(shop: ShopDomain, webhookId: string): Promise<boolean>;
  /**
   * Counts a failed try and keeps its error (no payload in it); at `maxFailures` the delivery is dead: no longer
   * listed as unprocessed (so the outbox stops re-enqueueing it) but listed by `listDead`. Undefined when unknown.
   */
  recordFailure(
    shop: ShopDomain,
    webhookId: string,
    error: string,
    maxFailures: number,
  ): Promise<FailureResult | undefined>;
  /** Dead deliveries of the shop, newest received first. */
  listDead(shop: ShopDomain, options?: { readonly limit?: number }): Promise<readonly WebhookDelivery[]>;
  /** Makes a dead delivery pending again with its failures reset; false when it is not dead. */
  revive(shop: ShopDomain, webhookId: string): Promise<boolean>;
  /** Unprocessed live deliveries of the shop, oldest received first: what the outbox re-enqueues. */
  listUnprocessed(
    shop: ShopDomain,
    options?: { readonly limit?: number },
  ): Promise<readonly WebhookDelivery[]>;
  /** Shops that have unprocessed live deliveries (the only cross-shop read, for recovery at start-up). */
  shopsWithUnprocessed(): Promise<readonly ShopDomain[]>;
  /** Deletes processed deliveries received before `before` (their payloads may hold buyer data). */
  purgeProcessed(shop: ShopDomain, before: string): Promise<number>;
}
