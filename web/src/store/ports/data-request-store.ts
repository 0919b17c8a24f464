import type { JsonValue } from '../../domain/json.js';
import type { ShopDomain } from '../../domain/shop.js';

/** One customers/data_request as the admin lists it. */
export interface DataRequest {
  /** Shopify's data_request id. */
  readonly id: string;
  /** The customer's Shopify id, as the merchant knows them. */
  readonly customerId: string;
  readonly receivedAt: string;
  /** After this (received + 30 days) the export is gone. */
  readonly expiresAt: string;
  readonly orders: number;
}

export interface DataRequestStore {
  /** Keeps the request and its export; the same id again (a redelivered webhook) replaces it. */
  save(shop: ShopDomain, request: DataRequest, exported: JsonValue): Promise<void>;
  /** The shop's requests not yet expired at `now`, newest first. */
  list(shop: ShopDomain, now: string): Promise<readonly DataRequest[]>;
  /** The export of one request, or undefined when unknown or expired at `now`. */
  exportOf(shop: ShopDomain, id: string, now: string): Promise<JsonValue | undefined>;
  /** Deletes every request expired at `now` (all shops); returns how many. */
  purgeExpired(now: string): Promise<number>;
}
