import type { NewPixelEvent, PixelEvent } from '../../domain/event.js';
import type { ShopDomain } from '../../domain/shop.js';
import type { Page, PageRequest } from './page.js';
import type { TimeRange } from '../validation/measurement.js';

export interface EventStore {
  /** Appends a batch in chunked multi-row inserts, all or nothing; returns how many were stored. */
  appendMany(shop: ShopDomain, events: readonly NewPixelEvent[]): Promise<number>;
  /** Events in [from, to) by (occurredAt, id). */
  list(shop: ShopDomain, range: TimeRange, request?: PageRequest): Promise<Page<PixelEvent>>;
  count(shop: ShopDomain): Promise<number>;
}
