import type { DemoShopOptions } from './types.js';

/** Options with every default filled in and checked. */
export interface ResolvedOptions {
  readonly seed: number;
  readonly products: number;
  readonly orders: number;
  readonly months: number;
  readonly customers: number;
  readonly endDate: string;
  readonly zipfExponent: number;
  readonly domain: string;
}

export const DEMO_DEFAULTS = {
  seed: 1,
  products: 400,
  orders: 25_000,
  months: 6,
  endDate: '2026-11-01T00:00:00Z',
  zipfExponent: 0.9,
  domain: 'tandem-demo.myshopify.com',
  /** Customer accounts per order when `customers` is not given. */
  customersPerOrder: 0.62,
} as const;

function integer(name: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`demo shop: ${name} must be an integer ≥ ${min}, got ${String(value)}`);
  }
  return value;
}

export function resolveOptions(options: DemoShopOptions = {}): ResolvedOptions {
  const orders = integer('orders', options.orders ?? DEMO_DEFAULTS.orders, 0);
  const zipfExponent = options.zipfExponent ?? DEMO_DEFAULTS.zipfExponent;
  if (!Number.isFinite(zipfExponent) || zipfExponent < 0 || zipfExponent > 4) {
    throw new RangeError(`demo shop: zipfExponent must be between 0 and 4, got ${String(zipfExponent)}`);
  }
  const endDate = options.endDate ?? DEMO_DEFAULTS.endDate;
  if (Number.isNaN(Date.parse(endDate))) {
    throw new RangeError(`demo shop: endDate must be an ISO-8601 date, got ${JSON.stringify(endDate)}`);
  }
  return {
    seed: integer('seed', options.seed ?? DEMO_DEFAULTS.seed, -2_147_483_648),
    products: integer('products', options.products ?? DEMO_DEFAULTS.products, 1),
    orders,
    months: integer('months', options.months ?? DEMO_DEFAULTS.months, 1),
    customers: integer(
      'customers',
      options.customers ?? Math.max(1, Math.round(orders * DEMO_DEFAULTS.customersPerOrder)),
      1,
    ),
    endDate,
    zipfExponent,
    domain: options.domain ?? DEMO_DEFAULTS.domain,
  };
}
