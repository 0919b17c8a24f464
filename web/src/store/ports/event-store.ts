import type { NewPixelEvent, PixelEvent, PixelEventType } from '../../domain/event.js';
import type { ShopDomain } from '../../domain/shop.js';
import type { Page, PageRequest } from './page.js';
import type { TimeRange } from '../validation/measurement.js';

export interface EventStore {
  /** Appends a batch in chunked multi-row inserts, all or nothing; returns how many were stored. */
  appendMany(shop: ShopDomain, events: readonly NewPixelEvent[]): Promise<number>;
  /**
   * When the earliest event of `type` in [from, to) occurred, or null: an index walk in time order that stops at
   * the first match, never a scan of the range (a busy shop stores a million events a day).
   */
  firstOfType(shop: ShopDomain, type: PixelEventType, range: TimeRange): Promise<string | null>;
  /** Events in [from, to) by (occurredAt, id). */
  list(shop: ShopDomain, range: TimeRange, request?: PageRequest): Promise<Page<PixelEvent>>;
  count(shop: ShopDomain): Promise<number>;
}
