/** One purchase of a product by a known customer, on a day (see `dayNumber` in the offer core). */
export interface CustomerPurchase {
  readonly customer: string;
  readonly product: string;
  readonly day: number;
}

export interface RepurchaseRules {
  /** Customers who bought the product on two or more days, at least. */
  readonly minRebuyers: number;
  /** Share of its customers who bought it again, at least. */
  readonly minShare: number;
}

/**
 * Few re-buyers make a median gap noise; a product a tenth of its buyers come back for is one people run out of
 * (coffee, filters, paper), not a one-off (a grinder).
 */
export const DEFAULT_REPURCHASE_RULES: RepurchaseRules = { minRebuyers: 3, minShare: 0.1 };

/**
 * The shop's repeat purchases: product → typical days between two purchases of it by one customer (the median gap
 * between consecutive purchase days), for products enough customers buy again. Products missing from the map are
 * not repeat purchases.
 */
export function learnRepurchaseIntervals(
  purchases: Iterable<CustomerPurchase>,
  rules: RepurchaseRules = DEFAULT_REPURCHASE_RULES,
): Map<string, number> {
  const days = new Map<string, Map<string, Set<number>>>();
  for (const { customer, product, day } of purchases) {
    if (customer === '') continue;
    let byCustomer = days.get(product);
    if (!byCustomer) days.set(product, (byCustomer = new Map()));
    let seen = byCustomer.get(customer);
    if (!seen) byCustomer.set(customer, (seen = new Set()));
    seen.add(day);
  }
  const intervals = new Map<string, number>();
  for (const [product, byCustomer] of days) {
    const gaps: number[] = [];
    let rebuyers = 0;
    for (const seen of byCustomer.values()) {
      if (seen.size < 2) continue;
      rebuyers += 1;
      const sorted = [...seen].sort((a, b) => a - b);
      sorted.forEach((day, at) => {
        if (at > 0) gaps.push(day - (sorted[at - 1] ?? day));
      });
    }
    if (rebuyers < rules.minRebuyers || rebuyers < rules.minShare * byCustomer.size) continue;
    gaps.sort((a, b) => a - b);
    const middle = gaps.length >> 1;
    const upper = gaps[middle] ?? 0;
    const median = gaps.length % 2 === 1 ? upper : ((gaps[middle - 1] ?? upper) + upper) / 2;
    intervals.set(product, Math.max(1, Math.round(median)));
  }
  return intervals;
}
