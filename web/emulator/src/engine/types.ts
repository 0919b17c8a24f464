import type { ImplementedApiVersion } from './api-versions.js';
/**
 * The emulator engine's public contract (emu-http codes against it). Everything here is data in / data
 * out: no HTTP. Additions beyond the original brief are marked "Extension".
 */
import type { AppSubscriptionRecord } from '../state/app-billing-records.js';
import type { EmulatedCheckout, EmulatedOrder, EmulatedProduct, ShopSeed } from '../state/types.js';

export interface EngineOptions {
  /** ms since epoch; default Date.now. Every time-dependent behaviour reads this clock. */
  clock?: () => number;
  /** > 1 speeds up bucket restore and bulk operations (tests). */
  timeScale?: number;
  /** Numeric app id used for the `$app` namespace: `$app:tandem` → `app--<appId>--tandem`. */
  appId?: string;
  /**
   * Extension: origin under which emu-http serves bulk JSONL (`/bulk/<fileId>.jsonl`) and accepts staged
   * uploads (`/staged-uploads`). Default `https://<shop domain>` (routed to the emulator by the fetch adapter).
   */
  publicBaseUrl?: string;
  /**
   * Extension: the settings fields the app's web pixel extension declares (its shopify.extension.toml
   * `[settings.fields.*]`); webPixelCreate/Update validate against them. Absent: the app has no pixel extension
   * (NO_EXTENSION).
   */
  webPixelFields?: Readonly<Record<string, WebPixelField>>;
}

/** One declared pixel setting: Shopify's pixel settings are text fields, optionally with a minimum length. */
export interface WebPixelField {
  readonly type: 'single_line_text_field';
  readonly minLength?: number;
}

export interface GraphqlBody {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export interface EngineResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface ShopOptions {
  restoreRate?: 100 | 200 | 1000 | 2000;
  bucketSize?: number;
  concurrentBulkQueries?: number;
}

export interface ChangeEvent {
  domain: string;
  topic: string;
  payload: Record<string, unknown>;
  /**
   * One merchant or buyer action that caused several events (an order placed: orders/create and the inventory
   * changes it made). Shopify gives all its deliveries one X-Shopify-Event-Id; without it each event gets its own.
   */
  action?: string;
}

/** Extension: a stored webhook subscription, for emu-http's delivery. `topic` is REST style (`orders/create`). */
export interface WebhookSubscriptionView {
  readonly id: string;
  readonly topic: string;
  readonly uri: string;
  readonly format: 'JSON' | 'XML';
  readonly includeFields: readonly string[];
}

export interface OrderInput {
  lines: { variantId: string; quantity: number; customAttributes?: { key: string; value: string }[] }[];
  customerId?: string | null;
  checkoutToken?: string | null;
  createdAt?: string;
}

export interface CheckoutInput {
  /** The checkout token; a token seen before updates that checkout. */
  token: string;
  lines: { variantId: string; quantity: number; customAttributes?: { key: string; value: string }[] }[];
  at?: string;
}

export interface EmulatorEngine {
  addShop(seed: ShopSeed, options?: ShopOptions): void;
  hasShop(domain: string): boolean;
  executeAdmin(
    domain: string,
    body: GraphqlBody,
    request: { apiVersion: ImplementedApiVersion; scopes: readonly string[] },
  ): Promise<EngineResponse>;
  executeStorefront(
    domain: string,
    body: GraphqlBody,
    apiVersion?: ImplementedApiVersion,
  ): Promise<EngineResponse>;
  /** JSONL of a finished bulk operation (served by emu-http at /bulk/<fileId>.jsonl); truncated when a fault asked for it. */
  readBulkFile(fileId: string): string | undefined;
  /** Staged upload targets for bulkOperationRunMutation: emu-http accepts the POSTed JSONL and calls this. */
  putStagedUpload(key: string, content: string): void;
  /** Mutations outside GraphQL for the control API / demo: they emit change events. */
  createOrder(domain: string, input: OrderInput): EmulatedOrder;
  /** A buyer at checkout: creates the checkout (checkouts/create) or changes its cart (checkouts/update). */
  upsertCheckout(domain: string, input: CheckoutInput): EmulatedCheckout;
  updateProduct(
    domain: string,
    productId: string,
    patch: Partial<Pick<EmulatedProduct, 'title' | 'status' | 'tags'>>,
  ): EmulatedProduct;
  setInventory(domain: string, variantId: string, quantity: number): void;
  deleteProduct(domain: string, productId: string): void;
  /** Change events that become webhooks; payload shaped like Shopify's REST webhook JSON. */
  onChange(listener: (event: ChangeEvent) => void): () => void;
  /** Fault hooks: next N admin calls THROTTLED regardless of bucket; truncate the next bulk file. */
  faults(domain: string): { throttleNext(n: number): void; truncateNextBulkFile(fraction: number): void };
  snapshot(domain: string): {
    products: number;
    variants: number;
    orders: number;
    metafields: number;
    discounts: number;
  };
  /** Metafield lookup for the checkout preview: product/shop metafield by namespace/key (`$app` resolved). */
  metafield(
    domain: string,
    ownerId: string,
    namespace: string,
    key: string,
  ): { type: string; value: string } | undefined;
  /** The admin stand-in's charge confirmation page: the app subscription behind a confirmationUrl. */
  appSubscription(domain: string, id: string): AppSubscriptionRecord | undefined;
  /** The merchant approves or declines it there (a charge no longer pending is returned unchanged). */
  decideAppSubscription(domain: string, id: string, decision: 'approve' | 'decline'): AppSubscriptionRecord;
  /** Extension: the shop's webhook subscriptions (created through webhookSubscriptionCreate). */
  webhookSubscriptions(domain: string): readonly WebhookSubscriptionView[];
}
