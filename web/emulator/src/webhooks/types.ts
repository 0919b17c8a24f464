/** Webhook delivery model: events (what happened) fan out into deliveries (one per app target). */

/** Topics the emulator delivers. Compliance topics go only to the app's configured URI, as on Shopify. */
export const WEBHOOK_TOPICS = [
  'checkouts/create',
  'checkouts/update',
  'orders/create',
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

export const COMPLIANCE_TOPICS = ['customers/data_request', 'customers/redact', 'shop/redact'] as const;
export type ComplianceTopic = (typeof COMPLIANCE_TOPICS)[number];

export const isComplianceTopic = (topic: string): topic is ComplianceTopic =>
  (COMPLIANCE_TOPICS as readonly string[]).includes(topic);

/** Something happened in a shop; `clientId` limits it to one app (app/uninstalled, compliance topics). */
export interface WebhookEvent {
  readonly eventId: string;
  readonly shop: string;
  readonly topic: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly triggeredAt: string;
  readonly clientId: string | null;
}

/** Where one app wants one topic delivered. */
export interface WebhookTarget {
  readonly uri: string;
  /** Non-empty = send only these top-level payload fields (WebhookSubscriptionInput.includeFields). */
  readonly includeFields: readonly string[];
}

export const DELIVERY_STATES = ['pending', 'delivered', 'failed', 'dropped', 'held'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export interface DeliveryAttempt {
  /** 1-based; attempt 1 is the first try, 2..9 the retries. */
  readonly attempt: number;
  readonly at: string;
  /** HTTP status, or null when the request failed without one (timeout, refused connection). */
  readonly status: number | null;
  readonly error: string | null;
  readonly durationMs: number;
}

/** One POST target for one event: what the delivery log shows. */
export interface DeliveryRecord {
  /** X-Shopify-Webhook-Id: stable across retries (and across an injected duplicate). */
  readonly webhookId: string;
  /** X-Shopify-Event-Id: shared by every delivery of the same event. */
  readonly eventId: string;
  readonly topic: string;
  readonly shop: string;
  readonly clientId: string;
  readonly uri: string;
  readonly apiVersion: string;
  readonly triggeredAt: string;
  /** The exact body sent (and signed). */
  readonly body: string;
  /** 1 for the original, 2 for an injected duplicate send. */
  readonly copy: number;
  state: DeliveryState;
  attempts: DeliveryAttempt[];
}

/** Read-only view returned by the control API. */
export type DeliveryView = Omit<DeliveryRecord, 'body'> & { readonly payload: unknown };
