import { parseTandemAttribute } from '@tandem/offer-core';
import type { Attribution } from '../../domain/attribution.js';
import type { OrderLine, OrderWithLines } from '../../domain/order.js';
import type { OrderFact } from '../../store/ports/measurement-store.js';
import type { OrderArm } from './order-arm.js';

export interface AttributeOrderInput extends OrderArm {
  readonly order: OrderWithLines;
  /** Catalog prices by variant GID of the variants upgraded from (see `upgradeSources`). */
  readonly variantPrices: ReadonlyMap<string, number>;
  /** Refunded quantity per line id when the refunds itemise lines; otherwise refunds are shared pro rata. */
  readonly refundedQuantities?: ReadonlyMap<string, number> | undefined;
}

export interface LineProblem {
  readonly lineId: string;
  readonly reason: string;
}

export interface OrderAttribution {
  readonly attributions: readonly Attribution[];
  readonly fact: OrderFact;
  /** Why lines carrying a `_tandem` attribute were not (fully) credited; for the log. */
  readonly problems: readonly LineProblem[];
}

const VARIANT = 'gid://shopify/ProductVariant/';

/** An upgrade offer id is `<from variant>-<to variant>` (offer core `offerIdFor`); the from variant's GID. */
export function upgradeSource(offerId: string): string {
  return `${VARIANT}${offerId.split('-')[0] ?? ''}`;
}

/** GIDs of the variants the order's upgrade lines were upgraded from (their prices are needed). */
export function upgradeSources(order: OrderWithLines): string[] {
  const sources = new Set<string>();
  for (const line of order.lines) {
    const parsed = parseTandemAttribute(line.tandemAttribute);
    if (parsed.kind === 'offer' && parsed.offerKind === 'upgrade') sources.add(upgradeSource(parsed.offerId));
  }
  return [...sources];
}

/** Share of a line's credit that survives refunds and cancellation, and the quantity kept. */
function kept(order: OrderWithLines, line: OrderLine, refunded: ReadonlyMap<string, number> | undefined) {
  if (order.cancelledAt !== null || line.quantity === 0) return { share: 0, quantity: 0 };
  if (refunded !== undefined) {
    const returned = Math.min(line.quantity, refunded.get(line.lineId) ?? 0);
    return { share: (line.quantity - returned) / line.quantity, quantity: line.quantity - returned };
  }
  // Refunds that name no line: share them across the order pro rata (the best the order total tells us).
  if (order.refundedMinor <= 0) return { share: 1, quantity: line.quantity };
  const share =
    order.totalMinor > 0 ? Math.max(0, order.totalMinor - order.refundedMinor) / order.totalMinor : 0;
  return { share, quantity: share === 0 ? 0 : line.quantity };
}

/**
 * Credits an order's offer lines. A cross-sell line is credited its revenue after discounts. An upgrade line
 * only the price difference: its revenue after discounts minus what the variant it replaced would have cost
 * with the same discount share (catalog price of the offer id's from-variant; 0 and a data-quality count when
 * that variant is gone). Refunds and cancellation reduce the credit (a cancelled order credits nothing). A
 * malformed `_tandem` value leaves the line unattributed and is counted. Pure: the caller loads prices and arm.
 */
export function attributeOrder(input: AttributeOrderInput): OrderAttribution {
  const { order, arm } = input;
  const attributions: Attribution[] = [];
  const problems: LineProblem[] = [];
  let malformedLines = 0;
  let armMismatches = 0;
  let unpricedUpgrades = 0;
  for (const line of order.lines) {
    if (line.tandemAttribute === null) continue;
    const parsed = parseTandemAttribute(line.tandemAttribute);
    if (parsed.kind === 'invalid') {
      malformedLines += 1;
      problems.push({ lineId: line.lineId, reason: `malformed _tandem attribute: ${parsed.reason}` });
      continue;
    }
    if (arm !== null && parsed.arm !== arm) armMismatches += 1;
    let base = line.discountedTotalMinor;
    if (parsed.offerKind === 'upgrade') {
      const fromPrice = input.variantPrices.get(upgradeSource(parsed.offerId));
      if (fromPrice === undefined) {
        unpricedUpgrades += 1;
        problems.push({
          lineId: line.lineId,
          reason: `upgrade from ${upgradeSource(parsed.offerId)}: variant not in the catalog, credited 0`,
        });
        base = 0;
      } else {
        base =
          line.unitPriceMinor > 0
            ? (line.discountedTotalMinor * (line.unitPriceMinor - fromPrice)) / line.unitPriceMinor
            : 0;
      }
    }
    if (order.cancelledAt !== null) continue;
    const { share, quantity } = kept(order, line, input.refundedQuantities);
    attributions.push({
      orderId: order.id,
      lineId: line.lineId,
      offerId: parsed.offerId,
      kind: parsed.offerKind,
      arm: arm ?? parsed.arm,
      revenueMinor: Math.round(base * share),
      quantity,
    });
  }
  const cancelled = order.cancelledAt !== null;
  const fact: OrderFact = {
    orderId: order.id,
    createdAt: order.createdAt,
    sourceUpdatedAt: order.updatedAt,
    checkoutHash: input.checkoutHash,
    arm,
    currency: order.currency,
    cancelled,
    revenueMinor: cancelled ? 0 : Math.max(0, order.totalMinor - order.refundedMinor),
    attributedMinor: attributions.reduce((sum, a) => sum + a.revenueMinor, 0),
    offerLines: attributions.filter((a) => a.quantity > 0).length,
    malformedLines,
    armMismatches,
    unpricedUpgrades,
  };
  return { attributions, fact, problems };
}
