import type { Attribution } from '../../domain/attribution.js';
import { ARMS, PIXEL_EVENT_TYPES, type NewPixelEvent } from '../../domain/event.js';
import { OFFER_KINDS } from '../../domain/rule.js';
import { validate } from './validate.js';

export function validateEvents(events: readonly NewPixelEvent[]): NewPixelEvent[] {
  return validate('events', (check) =>
    check.array(
      'events',
      events,
      (item, path) => {
        const value = (item ?? {}) as NewPixelEvent;
        return {
          checkoutToken: check.string(`${path}.checkoutToken`, value.checkoutToken, { max: 255 }),
          offerId: check.nullableString(`${path}.offerId`, value.offerId, { max: 255 }),
          arm: check.oneOf(`${path}.arm`, value.arm, ARMS),
          type: check.oneOf(`${path}.type`, value.type, PIXEL_EVENT_TYPES),
          occurredAt: check.timestamp(`${path}.occurredAt`, value.occurredAt),
          placement: check.nullableString(`${path}.placement`, value.placement ?? null, { max: 32 }),
        };
      },
      100_000,
    ),
  );
}

/** Checks attributions; each must belong to one of `orderIds` and name each (order, line) once. */
export function validateAttributions(orderIds: readonly string[], attributions: readonly Attribution[]) {
  return validate('attributions', (check) => {
    const ids = check.array('orderIds', orderIds, (id, path) => check.gid(path, id, 'Order'), 100_000);
    const allowed = new Set(ids);
    const seen = new Set<string>();
    const rows = check.array(
      'attributions',
      attributions,
      (item, path) => {
        const value = (item ?? {}) as Attribution;
        const orderId = check.gid(`${path}.orderId`, value.orderId, 'Order');
        const lineId = check.string(`${path}.lineId`, value.lineId, { max: 255 });
        if (!allowed.has(orderId)) check.fail(`${path}.orderId`, 'must be one of the orders being replaced');
        if (seen.has(`${orderId} ${lineId}`))
          check.fail(`${path}.lineId`, `repeats line ${lineId} of ${orderId}`);
        seen.add(`${orderId} ${lineId}`);
        return {
          orderId,
          lineId,
          offerId: check.string(`${path}.offerId`, value.offerId, { max: 255 }),
          kind: check.oneOf(`${path}.kind`, value.kind, OFFER_KINDS),
          arm: check.oneOf(`${path}.arm`, value.arm, ARMS),
          revenueMinor: check.int(`${path}.revenueMinor`, value.revenueMinor),
          quantity: check.int(`${path}.quantity`, value.quantity, { min: 0 }),
        };
      },
      1_000_000,
    );
    return { orderIds: [...allowed], attributions: rows };
  });
}

export interface TimeRange {
  /** Inclusive ISO-8601 start. */
  readonly from: string;
  /** Exclusive ISO-8601 end. */
  readonly to: string;
}

export function validateRange(range: TimeRange): TimeRange {
  return validate('time range', (check) => {
    const from = check.timestamp('from', range.from);
    const to = check.timestamp('to', range.to);
    if (from > to) check.fail('to', 'must not be before from');
    return { from, to };
  });
}
