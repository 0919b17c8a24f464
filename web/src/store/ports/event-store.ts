import type { Arm, NewPixelEvent, PixelEvent, PixelEventType } from '../../domain/event.js';
import type { ShopDomain } from '../../domain/shop.js';
import type { Page, PageRequest } from './page.js';
import type { TimeRange } from '../validation/measurement.js';

/** Events of one UTC day, arm and type; `checkouts` counts distinct checkout tokens. */
export interface EventDayCount {
  readonly day: string;
  readonly arm: Arm;
  readonly type: PixelEventType;
  readonly events: number;
  readonly checkouts: number;
}

export interface EventStore {
  /** Appends a batch in chunked multi-row inserts, all or nothing; returns how many were stored. */
  appendMany(shop: ShopDomain, events: readonly NewPixelEvent[]): Promise<number>;
  /** Per UTC day (YYYY-MM-DD), arm and type, over [from, to); ordered by day, arm, type. */
  countByDay(shop: ShopDomain, range: TimeRange): Promise<readonly EventDayCount[]>;
  /** Events in [from, to) by (occurredAt, id). */
  list(shop: ShopDomain, range: TimeRange, request?: PageRequest): Promise<Page<PixelEvent>>;
  count(shop: ShopDomain): Promise<number>;
}
