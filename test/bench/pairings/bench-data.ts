// The benchmark's input: the demo shop at scale (50,000 products, 1,000,000 Zipf-popular orders), streamed
// from the emulator's deterministic generator to a CSV once and reused while its parameters are unchanged.
import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streamDemoOrders, writeOrdersCsv } from '@tandem/emulator/demo/index';

export interface BenchDataOptions {
  readonly orders: number;
  readonly products: number;
  readonly seed: number;
  readonly log: (line: string) => void;
}

export function benchOrdersCsv(options: BenchDataOptions): string {
  const directory = join(tmpdir(), 'tandem-pairings-bench');
  const path = join(directory, `orders-${options.seed}-${options.products}-${options.orders}.csv`);
  if (existsSync(path) && statSync(path).size > 0) {
    options.log(`using ${path}`);
    return path;
  }
  mkdirSync(directory, { recursive: true });
  options.log(
    `generating ${options.orders.toLocaleString('en-US')} orders over ${options.products.toLocaleString('en-US')} products (streamed) to ${path}`,
  );
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  try {
    const orders = streamDemoOrders({
      orders: options.orders,
      products: options.products,
      seed: options.seed,
    });
    writeOrdersCsv(orders, (chunk) => {
      writeSync(fd, chunk);
    });
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
  return path;
}
