/** Argument parsing for `demo csv`: argv in, a discriminated result out (never throws, never exits). */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_DEFAULTS, resolveOptions } from './options.js';
import type { DemoOrderOptions } from './types.js';

export const DEMO_CLI_USAGE = `Usage: demo csv --out <dir | orders.csv> [options]

Writes orders.csv (order_id,customer_id,created_at,product_id,variant_id,quantity,unit_price; one row per
line item; Shopify legacy numeric ids) and products.csv (product_id,title,product_type,category,vendor,price).
--out <dir> writes <dir>/orders.csv and <dir>/products.csv; --out <name>.csv writes the orders there and the
products to <name>.products.csv.

Options:
  --seed N              PRNG seed (default ${DEMO_DEFAULTS.seed})
  --products N          catalog size (default ${DEMO_DEFAULTS.products}; 50,000 with --scale)
  --orders N            order count (default ${DEMO_DEFAULTS.orders}; 1,000,000 with --scale)
  --months N            history length in months (default ${DEMO_DEFAULTS.months})
  --end-date ISO        end of the history (default ${DEMO_DEFAULTS.endDate})
  --zipf S              Zipf exponent of product popularity (default ${DEMO_DEFAULTS.zipfExponent})
  --scale               benchmark sizes: 50,000 products, 1,000,000 orders
  --include-cancelled   also write cancelled orders (left out by default, as mining should)
  --quiet               no progress line`;

export interface CsvJob {
  readonly options: DemoOrderOptions;
  readonly ordersPath: string;
  readonly productsPath: string;
  readonly includeCancelled: boolean;
  readonly quiet: boolean;
}

export type ParsedDemoArgs =
  | { readonly kind: 'csv'; readonly job: CsvJob }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

const SCALE = { products: 50_000, orders: 1_000_000 } as const;

function numberArg(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(/[_,]/g, ''));
  if (text.trim() === '' || !Number.isFinite(value))
    throw new RangeError(`--${name} must be a number, got ${JSON.stringify(text)}`);
  return value;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      seed: { type: 'string' },
      products: { type: 'string' },
      orders: { type: 'string' },
      months: { type: 'string' },
      'end-date': { type: 'string' },
      zipf: { type: 'string' },
      scale: { type: 'boolean', default: false },
      'include-cancelled': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
}

export function parseDemoArgs(argv: readonly string[]): ParsedDemoArgs {
  try {
    const { values, positionals } = parse(argv);
    if (values.help) return { kind: 'help' };
    if (positionals[0] !== 'csv' || positionals.length !== 1)
      return { kind: 'error', message: 'expected the command "csv"' };
    if (values.out === undefined || values.out === '')
      return { kind: 'error', message: 'missing --out <dir | orders.csv>' };
    const options: { -readonly [K in keyof DemoOrderOptions]: DemoOrderOptions[K] } = {};
    const seed = numberArg('seed', values.seed);
    const products = numberArg('products', values.products) ?? (values.scale ? SCALE.products : undefined);
    const orders = numberArg('orders', values.orders) ?? (values.scale ? SCALE.orders : undefined);
    const months = numberArg('months', values.months);
    const zipfExponent = numberArg('zipf', values.zipf);
    if (seed !== undefined) options.seed = seed;
    if (products !== undefined) options.products = products;
    if (orders !== undefined) options.orders = orders;
    if (months !== undefined) options.months = months;
    if (zipfExponent !== undefined) options.zipfExponent = zipfExponent;
    if (values['end-date'] !== undefined) options.endDate = values['end-date'];
    resolveOptions(options);
    const csv = values.out.toLowerCase().endsWith('.csv');
    return {
      kind: 'csv',
      job: {
        options,
        ordersPath: csv ? values.out : join(values.out, 'orders.csv'),
        productsPath: csv ? `${values.out.slice(0, -4)}.products.csv` : join(values.out, 'products.csv'),
        includeCancelled: values['include-cancelled'],
        quiet: values.quiet,
      },
    };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
