import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { runEvaluation } from '../eval/run-evaluation.js';
import { formatEvalTable } from '../eval/report-table.js';
import { formatPersonalTable } from '../eval/personal-table.js';
import { CatalogIndex } from '../lists/catalog-index.js';
import { OrderLog } from '../orders/order-log.js';
import type { CliIo } from './io.js';
import { progressBar } from './progress.js';
import { readCatalogRows } from './read-catalog.js';
import { readOrderLines, readWarnings } from './read-orders.js';

export interface EvalOptions {
  readonly orders: string;
  readonly products: string | undefined;
  readonly train: number;
  readonly json: string | undefined;
  readonly ease: boolean;
  readonly skipInvalid: boolean;
  /** Adds the personalised evaluation (needs customer ids and dates). */
  readonly personal: boolean;
}

/** `eval`: reads the whole history, evaluates engine and baselines on one split, prints the table. */
export async function evalCommand(options: EvalOptions, io: CliIo): Promise<number> {
  const started = Date.now();
  // The catalog first: a bad row stops the run before the (longer) read of the orders.
  const rows = options.products === undefined ? undefined : await readCatalogRows(options.products);
  const log = new OrderLog();
  const bar = progressBar('reading orders', { write: io.stderr, interactive: io.interactive });
  const customerOf = new Map<string, string>();
  const read = await readOrderLines(
    options.orders,
    (line) => {
      log.add(line);
      if (options.personal && line.customerId !== '') customerOf.set(line.orderId, line.customerId);
    },
    bar.update,
    { skipInvalid: options.skipInvalid },
  );
  bar.finish();
  io.stderr(readWarnings(read));
  // Variants do not matter offline (every product is offerable); the catalog brings groups and types.
  const catalog = rows && new CatalogIndex(rows.catalog(() => undefined));
  const baskets = log.baskets();
  if (options.personal && (baskets.ordering !== 'created_at' || customerOf.size === 0)) {
    io.stderr(
      `--personal needs customer ids and created_at on every order; ${options.orders} has ${customerOf.size === 0 ? 'no customer ids' : 'orders without created_at'}\n`,
    );
    return 1;
  }
  const report = runEvaluation(baskets, log.products, {
    trainFraction: options.train,
    catalog,
    ease: options.ease,
    ...(options.personal
      ? {
          customers: baskets.orderIds.map((orderId) => customerOf.get(orderId) ?? ''),
          progress: io.stderr,
        }
      : {}),
  });
  const withSource = {
    ...report,
    info: {
      ...report.info,
      source: options.orders,
      catalog: catalog
        ? `${basename(options.products ?? '')}: ${catalog.products.length} products (groups and types for the engine)`
        : 'none (no --products): the engine sees no product types, collections or vendors',
      wallMs: Date.now() - started,
    },
  };
  io.stdout(`${formatEvalTable(withSource)}\n`);
  if (report.personal) io.stdout(`${formatPersonalTable(report.personal)}\n`);
  if (options.json !== undefined) {
    await writeFile(options.json, `${JSON.stringify(withSource, null, 2)}\n`);
    io.stderr(`wrote ${options.json}\n`);
  }
  return 0;
}
