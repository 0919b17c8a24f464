import { serializeOfferList } from '@tandem/offer-core';
import { mkdir, open, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CatalogIndex } from '../lists/catalog-index.js';
import { buildOfferLists } from '../lists/offer-lists.js';
import { OrderLog } from '../orders/order-log.js';
import { selectModel } from '../selection/select-model.js';
import type { IdInterner } from '../interner.js';
import type { BasketLog } from '../orders/types.js';
import { decayOptions } from '../mining/decay.js';
import { HistoryMiner } from '../mining/history-miner.js';
import type { CliIo } from './io.js';
import { progressBar } from './progress.js';
import { readCatalogRows } from './read-catalog.js';
import { readOrderLines, readWarnings } from './read-orders.js';
import { DEFAULT_PAIRING_SETTINGS } from '../types.js';

export interface MineOptions {
  readonly orders: string;
  readonly out: string;
  readonly products: string | undefined;
  readonly maxOffers: number | undefined;
  readonly halfLifeDays: number | undefined;
  readonly skipInvalid: boolean;
}

/**
 * `mine`: one streaming pass over the orders, then per-product lists written to <out>/offers.jsonl as
 * {"product": GID, "coldStart": bool, "offers": n, "value": metafield value}. Everything is computed before the
 * first byte is written, so bad input leaves no partial output.
 */
export async function mineCommand(options: MineOptions, io: CliIo): Promise<number> {
  const started = Date.now();
  const settings = {
    ...(options.maxOffers === undefined ? {} : { maxOffers: options.maxOffers }),
    ...(options.halfLifeDays === undefined ? {} : { halfLifeDays: options.halfLifeDays }),
  };
  const history = new HistoryMiner(basename(options.orders), {
    ...decayOptions({ ...DEFAULT_PAIRING_SETTINGS, ...settings }),
    keepBaskets: true,
  });
  const ordered = await readHistory(options, io, history);
  const catalogRows = options.products === undefined ? undefined : await readCatalogRows(options.products);
  const catalog = catalogRows?.catalog((id) => {
    const index = history.products.indexOf(id);
    return index === undefined ? undefined : history.observer.get(index);
  });
  const counts = history.finish(catalog?.map((product) => product.id) ?? []);
  const selection = selectModel(ordered.log, ordered.log.count, ordered.products, {
    settings,
    catalog: catalog && new CatalogIndex(catalog),
  });
  const lists = buildOfferLists({
    counts,
    products: history.products,
    catalog,
    observed: (index) => history.observer.get(index),
    settings: { ...settings, ...selection.chosen.settings },
    baskets: history.contextBaskets(),
  });
  await mkdir(options.out, { recursive: true });
  const target = join(options.out, 'offers.jsonl');
  await writeLines(
    `${target}.tmp`,
    (function* () {
      for (const list of lists)
        yield JSON.stringify({
          product: list.productGid,
          coldStart: list.coldStart,
          offers: list.offers.length,
          value: serializeOfferList(list.offers, list.votes),
        });
    })(),
  );
  await rename(`${target}.tmp`, target);
  const cold = lists.filter((list) => list.coldStart).length;
  const noVariant = catalog
    ? 0
    : Array.from({ length: history.products.size }, (_, index) => history.observer.get(index)).filter(
        (seen) => seen.variantId === undefined,
      ).length;
  const withOffers = lists.filter((list) => list.offers.length > 0).length;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  io.stdout(
    [
      `orders ${history.orders} (${history.lines} lines), products ${counts.productCount}, pairs kept ${counts.pairsKept} of ${counts.pairsSeen} seen` +
        (counts.prunePasses > 0
          ? ` (memory budget pruned ${counts.prunedPairs} rare pairs in ${counts.prunePasses} passes)`
          : ''),
      `lists ${lists.length} (${withOffers} with offers, ${cold} cold start${counts.basketCount === 0 ? ': no order history, cold-start offers only' : ''})` +
        (catalog ? '' : '; no --products: stock and status not checked, offers use the most-bought variant') +
        (noVariant > 0
          ? `\n${noVariant} products have no known variant (no variant_id in the orders, no --products with variant_id): they cannot be offered`
          : ''),
      `model ${selection.chosen.label} (${selection.kind.replaceAll('_', ' ')}): ${selection.reason}`,
      `wrote ${target}; wall ${((Date.now() - started) / 1000).toFixed(2)} s, peak RSS ${peakRssMb.toFixed(0)} MB`,
    ].join('\n') + '\n',
  );
  return 0;
}

/**
 * Streams the orders into `history` and, in time order, into an order log for model selection on the newest
 * orders. Only the log's baskets are kept: the order ids it collected (a million strings and a map on a large
 * shop) would otherwise live through selection and list building, walked by every garbage collection.
 */
async function readHistory(
  options: MineOptions,
  io: CliIo,
  history: HistoryMiner,
): Promise<{ readonly log: BasketLog; readonly products: IdInterner }> {
  const ordered = new OrderLog();
  const bar = progressBar('mining orders', { write: io.stderr, interactive: io.interactive });
  const read = await readOrderLines(
    options.orders,
    (line) => {
      history.add(line);
      ordered.add(line);
    },
    bar.update,
    { skipInvalid: options.skipInvalid },
  );
  bar.finish();
  io.stderr(readWarnings(read));
  return { log: ordered.baskets().log, products: ordered.products };
}

/** Writes one line per item, a megabyte at a time: a 50,000-product shop's lists never sit in one string. */
async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const file = await open(path, 'w');
  try {
    let chunk: string[] = [];
    let size = 0;
    for (const line of lines) {
      chunk.push(line);
      size += line.length + 1;
      if (size < 1 << 20) continue;
      await file.write(`${chunk.join('\n')}\n`);
      chunk = [];
      size = 0;
    }
    if (chunk.length > 0) await file.write(`${chunk.join('\n')}\n`);
  } finally {
    await file.close();
  }
}
