import type { OrderWithLines } from '../../domain/order.js';
import type { MinerLine, StreamLinesOptions } from '../ports/order-store.js';
import { validate } from '../validation/validate.js';

export interface StreamWindow {
  readonly since: string | null;
  readonly ordersPerBatch: number;
}

export function streamWindow(options: StreamLinesOptions | undefined): StreamWindow {
  return validate('stream options', (check) => ({
    since: options?.since === undefined ? null : check.timestamp('since', options.since),
    ordersPerBatch: check.int('ordersPerBatch', options?.ordersPerBatch ?? 1_000, { min: 1, max: 10_000 }),
  }));
}

/** The miner's view of an order's lines, in line id order. */
export function minerLines(
  order: Omit<OrderWithLines, 'lines'>,
  lines: OrderWithLines['lines'],
): MinerLine[] {
  return [...lines]
    .sort((a, b) => (a.lineId < b.lineId ? -1 : a.lineId > b.lineId ? 1 : 0))
    .map((line) => ({
      orderId: order.id,
      createdAt: order.createdAt,
      customerHash: order.customerHash,
      cancelled: order.cancelledAt !== null,
      lineId: line.lineId,
      productId: line.productId,
      variantId: line.variantId,
      quantity: line.quantity,
      unitPriceMinor: line.unitPriceMinor,
      discountedTotalMinor: line.discountedTotalMinor,
    }));
}
