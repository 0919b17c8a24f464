import type { Arm } from '../../../domain/event.js';
import type { OrderFactsTable } from '../../database/schema.js';
import type { OrderFact } from '../../ports/measurement-store.js';

export const FACT_COLUMNS = [
  'shop',
  'order_id',
  'created_at',
  'source_updated_at',
  'checkout_hash',
  'arm',
  'currency',
  'cancelled',
  'revenue_minor',
  'attributed_minor',
  'offer_lines',
  'malformed_lines',
  'arm_mismatches',
  'unpriced_upgrades',
] as const satisfies readonly (keyof OrderFactsTable)[];

export function factRow(shop: string, fact: OrderFact): OrderFactsTable {
  return {
    shop,
    order_id: fact.orderId,
    created_at: fact.createdAt,
    source_updated_at: fact.sourceUpdatedAt,
    checkout_hash: fact.checkoutHash,
    arm: fact.arm,
    currency: fact.currency,
    cancelled: fact.cancelled ? 1 : 0,
    revenue_minor: fact.revenueMinor,
    attributed_minor: fact.attributedMinor,
    offer_lines: fact.offerLines,
    malformed_lines: fact.malformedLines,
    arm_mismatches: fact.armMismatches,
    unpriced_upgrades: fact.unpricedUpgrades,
  };
}

export function factFromRow(row: OrderFactsTable): OrderFact {
  return {
    orderId: row.order_id,
    createdAt: row.created_at,
    sourceUpdatedAt: row.source_updated_at,
    checkoutHash: row.checkout_hash,
    arm: row.arm as Arm | null,
    currency: row.currency,
    cancelled: Number(row.cancelled) === 1,
    revenueMinor: Number(row.revenue_minor),
    attributedMinor: Number(row.attributed_minor),
    offerLines: Number(row.offer_lines),
    malformedLines: Number(row.malformed_lines),
    armMismatches: Number(row.arm_mismatches),
    unpricedUpgrades: Number(row.unpriced_upgrades),
  };
}
